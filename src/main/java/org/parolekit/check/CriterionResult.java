package org.parolekit.check;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a letter does on one criterion.
 *
 * @param status met, weak or missing
 * @param evidence the sentences that count, quoted as written in the letter
 * @param hint what the writer could add, in the letter's language; empty when met
 */
public record CriterionResult(CriterionStatus status, List<String> evidence, Optional<String> hint) {

  public CriterionResult {
    Objects.requireNonNull(status, "status");
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
    hint = hint == null ? Optional.empty() : hint;
  }
}
