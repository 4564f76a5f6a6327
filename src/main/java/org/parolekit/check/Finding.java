package org.parolekit.check;

import java.util.List;
import java.util.Objects;

/**
 * Something in a letter (or across a case's letters) that a volunteer should fix or look at.
 *
 * @param severity error or warning
 * @param code a stable code from {@link FindingCodes}
 * @param message what is wrong, for the volunteer (in English unless the check was asked for
 *     another language), never quoting an A-number or date of birth
 * @param hint how to fix it, for the writer: in the letter's language, or in the language asked for
 * @param evidence the sentences that triggered the finding, quoted from the letter (may be empty)
 */
public record Finding(
    Severity severity, String code, String message, String hint, List<String> evidence) {

  public Finding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    hint = hint == null ? "" : hint;
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }
}
