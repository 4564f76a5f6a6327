package org.parolekit.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parolekit.core.ExitStatus;
import org.parolekit.model.Criterion;
import org.parolekit.model.Language;

/**
 * The totals a volunteer reads after a check: errors and warnings per letter, whether some letter
 * shows every criterion, and the exit status a script sees (warnings alone do not fail a check).
 */
class ReportTotalsTest {
  private static Finding finding(Severity severity, String code) {
    return new Finding(severity, code, code, "", List.of());
  }

  private static Map<Criterion, CriterionStatus> best(
      CriterionStatus identity, CriterionStatus flight, CriterionStatus danger) {
    Map<Criterion, CriterionStatus> best = new EnumMap<>(Criterion.class);
    best.put(Criterion.IDENTITY, identity);
    best.put(Criterion.FLIGHT_RISK, flight);
    best.put(Criterion.DANGER, danger);
    return best;
  }

  private static final CriterionStatus MET = CriterionStatus.MET;

  private static Map<Criterion, CriterionResult> allMet() {
    Map<Criterion, CriterionResult> criteria = new EnumMap<>(Criterion.class);
    for (Criterion c : Criterion.values()) {
      criteria.put(c, new CriterionResult(MET, List.of(), Optional.empty()));
    }
    return criteria;
  }

  @Test
  void aLetterCountsItsErrorsAndWarningsApart() {
    LetterReport report =
        new LetterReport(
            "aunt.txt",
            Optional.of("Rosa Ibáñez"),
            WriterKind.SPONSOR,
            Language.EN,
            allMet(),
            List.of(
                finding(Severity.ERROR, FindingCodes.A_NUMBER_MISMATCH),
                finding(Severity.ERROR, FindingCodes.CASE_MERITS),
                finding(Severity.WARNING, FindingCodes.NO_DATE)),
            null);
    assertThat(report.errorCount()).isEqualTo(2);
    assertThat(report.warningCount()).isEqualTo(1);
    assertThat(report.meritsDetections()).as("no merits talk given, none reported").isEmpty();

    LetterReport clean =
        new LetterReport(
            "b.txt", Optional.empty(), WriterKind.UNKNOWN, Language.ES, allMet(), List.of());
    assertThat(clean.errorCount()).isZero();
    assertThat(clean.warningCount()).isZero();
  }

  @Test
  void aLetterArguingTheCaseKeepsWhereItDoesSo() {
    LetterReport report =
        new LetterChecker()
            .check(
                LetterText.of(
                    "I am his cousin. His asylum claim is strong and the judge will grant it.",
                    "cousin.txt"));
    assertThat(report.hasFinding(FindingCodes.CASE_MERITS)).isTrue();
    assertThat(report.meritsDetections())
        .anySatisfy(d -> assertThat(d.sentenceText()).contains("asylum claim is strong"));
  }

  @Test
  void everyCriterionMetAndOnlyWarningsPasses() {
    CheckSummary summary = new CheckSummary(2, 0, 3, best(MET, MET, MET));
    assertThat(summary.allCriteriaMet()).isTrue();
    assertThat(summary.exitStatus()).isEqualTo(ExitStatus.OK);
  }

  @Test
  void aCriterionNoLetterMeetsFailsTheCheckEvenWithoutErrors() {
    CheckSummary summary =
        new CheckSummary(2, 0, 0, best(MET, CriterionStatus.WEAK, CriterionStatus.MET));
    assertThat(summary.allCriteriaMet()).isFalse();
    assertThat(summary.exitStatus()).isEqualTo(ExitStatus.FINDINGS);
    assertThat(new CheckSummary(1, 0, 0, best(MET, MET, CriterionStatus.MISSING)).allCriteriaMet())
        .isFalse();
  }

  @Test
  void oneErrorFailsTheCheckWhenEveryCriterionIsMet() {
    CheckSummary summary = new CheckSummary(1, 1, 0, best(MET, MET, MET));
    assertThat(summary.exitStatus()).isEqualTo(ExitStatus.FINDINGS);
  }

  @Test
  void aBlankWriterNameIsNoName() {
    LetterText blank =
        new LetterText("Dear Officer,", "a.txt", null, Optional.of("   "), WriterKind.PERSON, null);
    assertThat(blank.writerName()).isEmpty();
    LetterText named =
        new LetterText(
            "Dear Officer,", "a.txt", null, Optional.of("Rosa Ibáñez"), null, Optional.of(true));
    assertThat(named.writerName()).contains("Rosa Ibáñez");
    assertThat(named.writerKind()).isEqualTo(WriterKind.UNKNOWN);
    assertThat(named.declaredLanguage()).isEmpty();
  }

  @Test
  void aLetterShownInALogNamesItsFileAndNotItsWords() {
    LetterText letter =
        LetterText.of("Re: Ana Ruiz, A123-456-789, born March 3, 1990.", "ana-ruiz-aunt.txt");
    assertThat(letter.toString()).contains("ana-ruiz-aunt.txt").doesNotContain("123", "1990");
  }
}
