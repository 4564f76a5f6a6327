package org.parolekit.check;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a letter does on one criterion.
 *
 * @param status met, weak or missing
 * @param evidence the sentences that count, quoted as written in the letter, the deciding first
 * @param hint what the writer could add, in the letter's language; empty when met
 * @param detections which detectors fired on which words, the deciding first
 */
public record CriterionResult(
    CriterionStatus status,
    List<String> evidence,
    Optional<String> hint,
    List<Detection> detections) {

  public CriterionResult {
    Objects.requireNonNull(status, "status");
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
    hint = hint == null ? Optional.empty() : hint;
    detections = detections == null ? List.of() : List.copyOf(detections);
  }

  public CriterionResult(CriterionStatus status, List<String> evidence, Optional<String> hint) {
    this(status, evidence, hint, List.of());
  }
}
