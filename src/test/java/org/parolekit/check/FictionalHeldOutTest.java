package org.parolekit.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parolekit.model.Criterion;

/**
 * The fictional held-out sets, each 24 letters in our own words (12 English, 12 Spanish) by a
 * writer who had not seen the lexicons, labelled blind by two readers against {@code
 * letter-criteria.md}, measured once before any rule was written for them, and kept apart from the
 * corpus so that the corpus's bars keep meaning what they measured. Each set has its own bars; a
 * bar may be raised, never lowered.
 *
 * <ul>
 *   <li>{@code fictional-2026-12}, written after the tuning of 2026-12-01 (the readers agreed on
 *       every call). Measured once at 0119d08: agreement 0.75 / 0.71 / 0.67, merits flagged recall
 *       1.00, no false "all met"; then tuned on, and held to the figures after tuning.
 *   <li>{@code fictional-2026-12-third}, asked for indirect wording (97.9% of the 96 calls agreed;
 *       a third reading settled the two flight-risk calls that differed). Measured once at 2f5a015:
 *       agreement 0.63 / 0.75 / 0.92, met recall 0.60 / 0.73 / 1.00, merits flagged precision 0.86
 *       and recall 1.00, no false "all met". Then tuned on (2026-12-03): 1.00 on every figure, and
 *       held to 0.95.
 *   <li>{@code fictional-2026-12-fourth}, written 2026-12-03 after that tuning, with hard cases
 *       (the writer's own record, knowing only a relative, a negation before past misconduct; 93.8%
 *       of the 96 calls agreed, a third reading settled 6). Measured once at the commit that added
 *       it: agreement 0.79 / 0.54 / 0.83, met recall 0.93 / 0.64 / 0.78, merits flagged precision
 *       and recall 1.00, no false "all met" (one letter missing identity reported met). Then tuned
 *       on: 0.79 / 0.71 / 0.92, met recall 0.93 / 0.91 / 1.00; after the fifth set's tuning 0.88 /
 *       0.83 / 0.92, and held to that.
 *   <li>{@code fictional-2026-12-fifth}, written 2026-12-03 as volunteers paste letters in (typed
 *       on a phone, through an interpreter, signed by a group, in a second language; 97.9% of the
 *       96 calls agreed, a third reading settled 2). Measured once at aa8ea65: agreement 0.67 /
 *       0.79 / 0.75, met recall 0.67 / 1.00 / 0.80, merits flagged precision 1.00 and recall 0.89,
 *       no false "all met". Then tuned on: 0.79 / 0.92 / 0.88, met recall 0.83 / 1.00 / 1.00,
 *       merits 1.00 / 1.00, and held to that.
 *   <li>{@code fictional-2026-12-sixth}, written 2026-12-03 by writers whose standing is the hard
 *       part (a council member, a rabbi and a guardian ad litem who never met the person, a nun who
 *       knows only his mother, a tenants' association speaking of a whole family, a doctor, a union
 *       steward, letters in four Spanish registers; 97.9% of the 96 calls agreed, the two that
 *       differed settled by the definition). Measured once at 4ebf5ad: agreement 0.67 / 0.46 /
 *       0.58, met recall 0.64 / 1.00 / 0.67, merits flagged precision 1.00 and recall 0.86, one
 *       false "all met" (a visitor's letter whose only danger evidence was "did not give proper
 *       weight to the death threats"). Then tuned on: 0.79 / 0.88 / 0.75, met recall 0.79 / 1.00 /
 *       0.92, merits 1.00 / 1.00, no false "all met", and held to that.
 * </ul>
 */
class FictionalHeldOutTest {
  /** One set's bars: the least each figure may be, per criterion where it is one. */
  record Bars(
      String folder,
      Map<Criterion, Double> agreement,
      Map<Criterion, Double> metPrecision,
      Map<Criterion, Double> metRecall,
      double meritsPrecision) {
    @Override
    public String toString() {
      return folder;
    }
  }

  static Stream<Bars> sets() {
    return Stream.of(
        new Bars(
            "fictional-2026-12",
            each(0.83, 0.87, 0.83),
            each(0.9, 0.9, 0.9),
            each(0.9, 0.9, 0.9),
            1.0),
        new Bars(
            "fictional-2026-12-third",
            each(0.95, 0.95, 0.95),
            each(0.95, 0.95, 0.95),
            each(0.95, 0.95, 0.95),
            0.95),
        new Bars(
            "fictional-2026-12-fourth",
            each(0.87, 0.83, 0.91),
            each(1.0, 0.90, 1.0),
            each(0.93, 0.90, 1.0),
            1.0),
        new Bars(
            "fictional-2026-12-fifth",
            each(0.79, 0.91, 0.87),
            each(1.0, 1.0, 1.0),
            each(0.83, 1.0, 1.0),
            1.0),
        new Bars(
            "fictional-2026-12-sixth",
            each(0.79, 0.87, 0.75),
            each(1.0, 1.0, 0.91),
            each(0.78, 1.0, 0.91),
            1.0));
  }

  private static Map<Criterion, Double> each(double identity, double flightRisk, double danger) {
    return Map.of(
        Criterion.IDENTITY, identity, Criterion.FLIGHT_RISK, flightRisk, Criterion.DANGER, danger);
  }

  private static LetterEvaluation.Evaluation evaluate(Bars bars) throws URISyntaxException {
    Path folder = Path.of(FictionalHeldOutTest.class.getResource(bars.folder()).toURI());
    return LetterEvaluation.evaluate(LabelledLetter.readFolder(folder));
  }

  @ParameterizedTest
  @MethodSource("sets")
  void readsTheWholeSet(Bars bars) throws URISyntaxException {
    assertThat(evaluate(bars).outcomes()).hasSize(24);
  }

  @ParameterizedTest
  @MethodSource("sets")
  void criteriaAgreeWithTheLabelsAtLeastAsMeasured(Bars bars) throws URISyntaxException {
    LetterEvaluation.Evaluation set = evaluate(bars);
    for (Criterion c : Criterion.values()) {
      assertThat(set.agreement(c))
          .as("%s agreement", c)
          .isGreaterThanOrEqualTo(bars.agreement().get(c));
      assertThat(set.met(c).precision())
          .as("%s met precision", c)
          .isGreaterThanOrEqualTo(bars.metPrecision().get(c));
      assertThat(set.met(c).recall())
          .as("%s met recall", c)
          .isGreaterThanOrEqualTo(bars.metRecall().get(c));
    }
  }

  @ParameterizedTest
  @MethodSource("sets")
  void meritsAreFlagged(Bars bars) throws URISyntaxException {
    LetterEvaluation.Evaluation set = evaluate(bars);
    assertThat(set.meritsFlagged().recall()).isEqualTo(1.0);
    assertThat(set.meritsFlagged().precision()).isGreaterThanOrEqualTo(bars.meritsPrecision());
  }

  @ParameterizedTest
  @MethodSource("sets")
  void noLetterThatMissesACriterionIsReportedAsMeetingAllThree(Bars bars)
      throws URISyntaxException {
    LetterEvaluation.Evaluation set = evaluate(bars);
    assertThat(set.falseAllMet()).isEmpty();
    assertThat(set.missingReportedMet()).isEmpty();
  }
}
