package org.parolekit.validate;

import org.parolekit.check.CaseReport;
import org.parolekit.check.CriterionStatus;
import org.parolekit.check.LetterReport;
import org.parolekit.check.Severity;

/**
 * Whether checked letters pass: every criterion of every letter met and no error; with
 * {@code strict}, no warning either.
 */
public final class CheckVerdict {
  private CheckVerdict() {}

  public static boolean passes(CaseReport report, boolean strict) {
    for (LetterReport letter : report.letters()) {
      if (letter.criteria().values().stream().anyMatch(r -> r.status() != CriterionStatus.MET)) {
        return false;
      }
      if (letter.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR || strict)) {
        return false;
      }
    }
    return report.findings().stream().noneMatch(f -> f.severity() == Severity.ERROR || strict);
  }
}
