package org.parolekit.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parolekit.model.Criterion;

/**
 * The third fictional held-out set ({@code fictional-2026-12-third}): 24 letters in our own words
 * (12 English, 12 Spanish) by a writer who had not seen the lexicons, asked for indirect wording,
 * labelled blind by two readers against {@code letter-criteria.md} (97.9% of the 96 calls agreed; a
 * third reading settled the two flight-risk calls that differed). Measured once at 2f5a015, before
 * any rule was written for it: agreement 0.63 / 0.75 / 0.92, met recall 0.60 / 0.73 / 1.00, merits
 * flagged precision 0.86 and recall 1.00, no false "all met". These bars are those figures: a bar
 * may be raised, never lowered.
 */
class FictionalThirdSetTest {
  private static LetterEvaluation.Evaluation set;

  @BeforeAll
  static void evaluate() throws URISyntaxException {
    Path folder =
        Path.of(FictionalThirdSetTest.class.getResource("fictional-2026-12-third").toURI());
    set = LetterEvaluation.evaluate(LabelledLetter.readFolder(folder));
  }

  @Test
  void readsTheWholeSet() {
    assertThat(set.outcomes()).hasSize(24);
  }

  @Test
  void criteriaAgreeWithTheLabelsAtLeastAsWhenFirstMeasured() {
    assertThat(set.agreement(Criterion.IDENTITY)).isGreaterThanOrEqualTo(0.62);
    assertThat(set.agreement(Criterion.FLIGHT_RISK)).isGreaterThanOrEqualTo(0.75);
    assertThat(set.agreement(Criterion.DANGER)).isGreaterThanOrEqualTo(0.91);
    assertThat(set.met(Criterion.IDENTITY).recall()).isGreaterThanOrEqualTo(0.60);
    assertThat(set.met(Criterion.FLIGHT_RISK).recall()).isGreaterThanOrEqualTo(0.72);
    assertThat(set.met(Criterion.DANGER).recall()).isEqualTo(1.0);
  }

  @Test
  void meritsAreFlagged() {
    assertThat(set.meritsFlagged().recall()).isEqualTo(1.0);
    assertThat(set.meritsFlagged().precision()).isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void noLetterThatMissesACriterionIsReportedAsMeetingAllThree() {
    assertThat(set.falseAllMet()).isEmpty();
    assertThat(set.missingReportedMet()).isEmpty();
  }
}
