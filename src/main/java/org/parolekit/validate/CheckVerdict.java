package org.parolekit.validate;

import org.parolekit.check.CaseReport;
import org.parolekit.check.CriterionStatus;
import org.parolekit.check.LetterReport;
import org.parolekit.check.Severity;
import org.parolekit.model.Criterion;

/**
 * Whether checked letters pass: each letter makes the criteria its writer should make, and nothing
 * is an error; with {@code strict}, no warning either.
 */
public final class CheckVerdict {
  private CheckVerdict() {}

  public static boolean passes(CaseReport report, boolean strict) {
    return report.letters().stream().allMatch(letter -> passes(letter, strict))
        && report.findings().stream().noneMatch(f -> f.severity() == Severity.ERROR || strict);
  }

  /**
   * One letter: no error (nor warning, with {@code strict}), and the criteria its writer should
   * make. A sponsor answers for all three. A supporter speaks from what they know of the person:
   * who the person is to them (identity) and at least one of the other two. An organization's
   * letter is held to no criterion: it says who the organization is, how it knows the person and
   * what support it can connect them to, while the three points are for the people who know the
   * person; its criteria are still reported, and its errors still count.
   */
  public static boolean passes(LetterReport letter, boolean strict) {
    return criteriaMet(letter)
        && letter.findings().stream().noneMatch(f -> f.severity() == Severity.ERROR || strict);
  }

  /** Whether the letter makes the criteria its writer should make (see {@link #passes}). */
  public static boolean criteriaMet(LetterReport letter) {
    return switch (letter.writerKind()) {
      case ORGANIZATION -> true;
      case SUPPORTER ->
          met(letter, Criterion.IDENTITY)
              && (met(letter, Criterion.FLIGHT_RISK) || met(letter, Criterion.DANGER));
      default ->
          letter.criteria().values().stream().allMatch(r -> r.status() == CriterionStatus.MET);
    };
  }

  private static boolean met(LetterReport letter, Criterion criterion) {
    return letter.status(criterion) == CriterionStatus.MET;
  }
}
