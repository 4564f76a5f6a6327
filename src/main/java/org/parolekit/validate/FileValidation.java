package org.parolekit.validate;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.parolekit.check.CaseReport;
import org.parolekit.check.Severity;
import org.parolekit.load.Problem;

/**
 * The result of validating one case file: problems that stop it from loading, or findings about
 * what it still lacks and the check of every letter it produces.
 */
public record FileValidation(
    Path file, List<Problem> problems, List<CaseFinding> findings, Optional<CaseReport> letters) {
  public FileValidation {
    problems = List.copyOf(problems);
    findings = List.copyOf(findings);
    letters = letters == null ? Optional.empty() : letters;
  }

  public static FileValidation invalid(Path file, List<Problem> problems) {
    return new FileValidation(file, problems, List.of(), Optional.empty());
  }

  /** What the validation of this file amounts to. */
  public Outcome outcome(boolean strict) {
    if (!problems.isEmpty()) {
      return Outcome.INVALID;
    }
    boolean fails =
        findings.stream().anyMatch(f -> f.severity() == Severity.ERROR || strict)
            || letters.map(r -> !CheckVerdict.passes(r, strict)).orElse(false);
    return fails ? Outcome.FALLS_SHORT : Outcome.OK;
  }

  /** The three ways a file can come out of validation. */
  public enum Outcome {
    OK,
    FALLS_SHORT,
    INVALID
  }
}
