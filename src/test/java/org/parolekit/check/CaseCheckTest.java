package org.parolekit.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parolekit.core.ExitStatus;
import org.parolekit.model.ANumber;
import org.parolekit.model.Criterion;

class CaseCheckTest {
  private static final CaseCheck CASE_CHECK = new CaseCheck();
  private static final CheckContext CONTEXT =
      new CheckContext(
          Optional.of("Kevin Josué Velásquez Amaya"),
          List.of(),
          Optional.of(ANumber.parse("A076-331-482")),
          Optional.of(LocalDate.of(2003, 2, 14)),
          Optional.empty(),
          false);

  private static LetterText letter(String name, String text) {
    return LetterText.of(text, name);
  }

  @Test
  void lettersThatDisagreeOnANumberNameBirthDateAndAddressAreReportedWithoutTheValues() {
    CaseReport report =
        CASE_CHECK.check(
            List.of(
                letter(
                    "uncle.txt",
                    "Re: Kevin Josué Velásquez Amaya, A076-331-482. Kevin was born on February 14,"
                        + " 2003. He will live with me at 2207 West Roosevelt Street, Phoenix."),
                letter(
                    "pastor.txt",
                    "Re: Kevin Josue Velasquez Amaya, A076-313-482. Kevin was born on February 15,"
                        + " 2003. He will live at 1100 North 7th Street, Phoenix.")),
            CONTEXT);

    List<Finding> across =
        report.findings().stream()
            .filter(f -> f.code().equals(FindingCodes.INCONSISTENT_ACROSS_LETTERS))
            .toList();
    assertThat(across).hasSize(4);
    assertThat(across)
        .allSatisfy(
            f -> {
              assertThat(f.message()).contains("uncle.txt", "pastor.txt");
              assertThat(f.message()).doesNotContain("076", "313", "2003", "February");
            });
    assertThat(report.summary().errors()).isPositive();
    assertThat(report.summary().exitStatus()).isEqualTo(ExitStatus.FINDINGS);
  }

  @Test
  void criteriaAreJudgedAcrossTheCase() {
    CaseReport report =
        CASE_CHECK.check(
            List.of(
                letter(
                    "a.txt",
                    "I am Kevin's uncle and have known him since he was born in 2003; I saw him"
                        + " every day."),
                letter(
                    "b.txt",
                    "Kevin is peaceful and honest. He worked at his father's repair shop and has"
                        + " never been arrested.")),
            CheckContext.none());
    assertThat(report.summary().bestStatus().get(Criterion.IDENTITY))
        .isEqualTo(CriterionStatus.MET);
    assertThat(report.summary().bestStatus().get(Criterion.DANGER)).isEqualTo(CriterionStatus.MET);
    assertThat(report.summary().bestStatus().get(Criterion.FLIGHT_RISK))
        .isEqualTo(CriterionStatus.MISSING);
    assertThat(report.findings())
        .extracting(Finding::code)
        .containsExactly(FindingCodes.CRITERION_NOT_MET_IN_CASE);
  }

  @Test
  void jsonTreeHasTheDocumentedShape() {
    CaseReport report =
        CASE_CHECK.check(
            List.of(letter("a.txt", "Su caso de asilo es fuerte.")), CheckContext.none());
    var tree = CheckJson.tree(report);
    assertThat(tree).containsKeys("letters", "findings", "summary");
    @SuppressWarnings("unchecked")
    var first = (java.util.Map<String, Object>) ((List<Object>) tree.get("letters")).get(0);
    assertThat(first).containsKeys("file", "writer", "language", "criteria", "findings");
    assertThat(first.get("language")).isEqualTo("es");
    @SuppressWarnings("unchecked")
    var criteria = (java.util.Map<String, Object>) first.get("criteria");
    assertThat(criteria).containsOnlyKeys("identity", "flightRisk", "danger");
    @SuppressWarnings("unchecked")
    var findings = (List<java.util.Map<String, Object>>) first.get("findings");
    assertThat(findings)
        .anySatisfy(
            f -> {
              assertThat(f.get("code")).isEqualTo("case-merits");
              assertThat(f.get("severity")).isEqualTo("error");
            });
  }
}
