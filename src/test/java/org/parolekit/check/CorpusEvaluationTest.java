package org.parolekit.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parolekit.model.Criterion;

/**
 * The letter checks measured on the project's own fictional corpus, labelled by two independent
 * readers against {@code letter-criteria.md}. A bar here may be raised when a change improves the
 * figure; it is never lowered to meet a new measurement.
 */
class CorpusEvaluationTest {
  private static LetterEvaluation.Evaluation corpus;

  static Path corpusFolder() throws URISyntaxException {
    return Path.of(CorpusEvaluationTest.class.getResource("corpus").toURI());
  }

  @BeforeAll
  static void evaluate() throws URISyntaxException {
    corpus = LetterEvaluation.evaluate(LabelledLetter.readFolder(corpusFolder()));
  }

  @Test
  void everyCorpusFileIsLabelled() {
    assertThat(corpus.outcomes()).hasSizeGreaterThanOrEqualTo(213);
  }

  @Test
  void criteriaAgreeWithTheLabels() {
    // Before the detectors (the cue-weight checks, on these labels): 0.92 / 0.95 / 0.90.
    assertThat(corpus.agreement(Criterion.IDENTITY)).isGreaterThanOrEqualTo(0.95);
    assertThat(corpus.agreement(Criterion.FLIGHT_RISK)).isGreaterThanOrEqualTo(0.98);
    assertThat(corpus.agreement(Criterion.DANGER)).isGreaterThanOrEqualTo(0.98);
    for (Criterion c : Criterion.values()) {
      assertThat(corpus.met(c).precision()).as("%s met precision", c).isGreaterThanOrEqualTo(0.99);
      assertThat(corpus.met(c).recall()).as("%s met recall", c).isGreaterThanOrEqualTo(0.97);
    }
  }

  @Test
  void meritsAreCaught() {
    assertThat(corpus.meritsError().recall()).isGreaterThanOrEqualTo(0.95);
    assertThat(corpus.meritsError().precision()).isGreaterThanOrEqualTo(0.99);
    assertThat(corpus.meritsFlagged().recall()).isGreaterThanOrEqualTo(0.99);
    assertThat(corpus.meritsFlagged().precision()).isGreaterThanOrEqualTo(0.99);
  }

  @Test
  void noLetterThatMissesACriterionIsReportedAsMeetingAllThree() {
    assertThat(corpus.falseAllMet()).isEmpty();
  }

  @Test
  void noLetterMissingACriterionIsReportedMetOnIt() {
    assertThat(corpus.missingReportedMet()).isEmpty();
  }

  @Test
  void everyVerdictQuotesTheLettersOwnWords() throws Exception {
    for (LetterEvaluation.Outcome o : corpus.outcomes()) {
      String text = o.letter().text();
      for (CriterionResult r : o.report().criteria().values()) {
        r.evidence().forEach(e -> assertThat(text).as(o.letter().file()).contains(e));
        assertThat(r.hint().isPresent()).isEqualTo(r.status() != CriterionStatus.MET);
        assertThat(r.evidence().isEmpty()).isEqualTo(r.status() == CriterionStatus.MISSING);
      }
    }
  }

  @Test
  void aPrecisionWithNothingPredictedIsNoFigure() {
    assertThat(new LetterEvaluation.Score(0, 0, 3).precision()).isNaN();
    assertThat(new LetterEvaluation.Score(0, 0, 0).recall()).isNaN();
    assertThat(new LetterEvaluation.Score(2, 1, 1).precision()).isEqualTo(2.0 / 3);
  }

  @Test
  void aFileWithoutItsHeaderIsRefusedByName(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("x.txt"), "Dear officer,\nno header here\n");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> LabelledLetter.readFolder(dir))
        .hasMessageContaining("x.txt")
        .hasMessageContaining("header");
  }
}
