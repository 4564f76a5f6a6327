package org.parolekit.load;

import java.util.Optional;

/**
 * One answer checked by {@link FieldValidator}: the bound value (null when the answer was blank and
 * the field may be left out), or the problem the loader would report for it.
 */
public record FieldAnswer(Object value, Optional<Problem> problem) {
  public FieldAnswer {
    problem = problem == null ? Optional.empty() : problem;
  }

  public boolean isValid() {
    return problem.isEmpty();
  }

  /**
   * The message and hint as {@code validate} words them, without file or line: "is not a date.
   * write ...".
   */
  public String explanation() {
    return problem
        .map(p -> p.hint().isEmpty() ? p.message() : p.message() + ". " + p.hint())
        .orElse("");
  }

  @Override
  public String toString() {
    return isValid() ? "FieldAnswer(valid)" : "FieldAnswer(" + explanation() + ")";
  }
}
