package org.parolekit.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.parolekit.model.Criterion;

class CorpusEvaluationTest {

  static Path folder(String name) throws URISyntaxException {
    return Path.of(CorpusEvaluationTest.class.getResource(name + "/labels.csv").toURI()).getParent();
  }

  @Test
  void tunedCorpusFiguresAreAtLeastNinetyPercent() throws Exception {
    CorpusEvaluation.Evaluation evaluation = CorpusEvaluation.evaluate(folder("corpus"));

    assertThat(evaluation.outcomes()).hasSizeGreaterThanOrEqualTo(60);
    for (Criterion c : Criterion.values()) {
      assertThat(evaluation.met(c).precision()).as("%s precision", c).isGreaterThanOrEqualTo(0.9);
      assertThat(evaluation.met(c).recall()).as("%s recall", c).isGreaterThanOrEqualTo(0.9);
    }
    assertThat(evaluation.caseMerits().precision()).as("case-merits precision").isGreaterThanOrEqualTo(0.9);
    assertThat(evaluation.caseMerits().recall()).as("case-merits recall").isGreaterThanOrEqualTo(0.9);
    assertThat(evaluation.caseMeritsFlagged().precision()).as("merits flagged either way").isGreaterThanOrEqualTo(0.9);
    assertThat(evaluation.languageAccuracy()).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void noLetterMissingACriterionIsReportedAsFullyMet() throws Exception {
    assertThat(CorpusEvaluation.evaluate(folder("corpus")).missingReportedMet()).isEmpty();
  }

  /**
   * The held-out letters were written after the last round of tuning and never tuned on, so their
   * bar is lower. Measured when they were written (12 letters): precision 1.00 for every
   * criterion and for the case-merits error; recall identity 0.90, flight risk 1.00, danger 1.00;
   * the case-merits error found 1 of 4 letters arguing the merits, and the error or the
   * case-merits-review warning together flagged 4 of 4 (one by an unrelated sentence) with one
   * false alarm. Merits language the lexicon does not know is the known gap; the review warning
   * is the net under it.
   */
  @Test
  void heldOutLettersKeepPrecisionAndMostRecall() throws Exception {
    CorpusEvaluation.Evaluation evaluation = CorpusEvaluation.evaluate(folder("heldout"));

    // The held-out letters were written after the rules were last tuned and measured once; these
    // bars are what that measurement showed (see bench/README.md), kept so a change cannot make
    // them worse unnoticed. The 0.9 goal is asserted on the corpus above.
    assertThat(evaluation.outcomes()).hasSizeGreaterThanOrEqualTo(8);
    for (Criterion c : Criterion.values()) {
      assertThat(evaluation.met(c).precision()).as("%s precision", c).isGreaterThanOrEqualTo(0.8);
      assertThat(evaluation.met(c).recall()).as("%s recall", c).isGreaterThanOrEqualTo(0.9);
    }
    assertThat(evaluation.caseMerits().precision()).as("case-merits precision").isGreaterThanOrEqualTo(0.9);
    assertThat(evaluation.caseMeritsFlagged().recall()).as("merits flagged either way").isGreaterThanOrEqualTo(0.5);
    assertThat(evaluation.missingReportedMet()).isEmpty();
  }

  @Test
  void everyCorpusLetterQuotesEvidenceFromItsOwnText() throws Exception {
    for (CorpusEvaluation.Outcome o : CorpusEvaluation.evaluate(folder("corpus")).outcomes()) {
      String text = java.nio.file.Files.readString(folder("corpus").resolve(o.label().file()));
      o.report().criteria().values().forEach(r -> r.evidence().forEach(e -> assertThat(text).contains(e)));
      for (CriterionResult r : o.report().criteria().values()) {
        assertThat(r.hint().isPresent()).isEqualTo(r.status() != CriterionStatus.MET);
        assertThat(r.evidence().isEmpty()).isEqualTo(r.status() == CriterionStatus.MISSING);
      }
    }
  }
}
