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
    return report.letters().stream().allMatch(letter -> passes(letter, strict))
        && report.findings().stream().noneMatch(f -> f.severity() == Severity.ERROR || strict);
  }

  /** One letter: every criterion met and no error (nor warning, with {@code strict}). */
  public static boolean passes(LetterReport letter, boolean strict) {
    return letter.criteria().values().stream().allMatch(r -> r.status() == CriterionStatus.MET)
        && letter.findings().stream().noneMatch(f -> f.severity() == Severity.ERROR || strict);
  }
}
