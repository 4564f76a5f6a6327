package org.parolekit.validate;

import org.parolekit.check.CaseReport;
import org.parolekit.check.CriterionStatus;
import org.parolekit.check.LetterReport;
import org.parolekit.check.Severity;
import org.parolekit.check.WriterKind;

/**
 * Whether checked letters pass: every criterion of every sponsor's and supporter's letter met and
 * no error; with {@code strict}, no warning either.
 */
public final class CheckVerdict {
  private CheckVerdict() {}

  public static boolean passes(CaseReport report, boolean strict) {
    return report.letters().stream().allMatch(letter -> passes(letter, strict))
        && report.findings().stream().noneMatch(f -> f.severity() == Severity.ERROR || strict);
  }

  /**
   * One letter: every criterion met and no error (nor warning, with {@code strict}). An
   * organization's letter is held to no criterion: it says who the organization is, how it knows
   * the person and what support it can connect them to, while the three points are for the people
   * who know the person; its criteria are still reported, and its errors still count.
   */
  public static boolean passes(LetterReport letter, boolean strict) {
    boolean criteriaMet =
        letter.writerKind() == WriterKind.ORGANIZATION
            || letter.criteria().values().stream().allMatch(r -> r.status() == CriterionStatus.MET);
    return criteriaMet && letter.findings().stream().noneMatch(f -> f.severity() == Severity.ERROR || strict);
  }
}
