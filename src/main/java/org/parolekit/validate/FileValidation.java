package org.parolekit.validate;

import java.nio.file.Path;
import java.util.List;
import org.parolekit.load.Problem;

/**
 * The result of validating one case file: problems that stop it from loading, or findings about
 * what it still lacks.
 */
public record FileValidation(Path file, List<Problem> problems, List<CaseFinding> findings) {
  public FileValidation {
    problems = List.copyOf(problems);
    findings = List.copyOf(findings);
  }

  /** What the validation of this file amounts to. */
  public Outcome outcome(boolean strict) {
    if (!problems.isEmpty()) {
      return Outcome.INVALID;
    }
    boolean fails =
        findings.stream().anyMatch(f -> f.severity() == Severity.ERROR || strict);
    return fails ? Outcome.FALLS_SHORT : Outcome.OK;
  }

  /** The three ways a file can come out of validation. */
  public enum Outcome {
    OK,
    FALLS_SHORT,
    INVALID
  }
}
