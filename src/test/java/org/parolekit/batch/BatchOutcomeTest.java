package org.parolekit.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The exit code of a batch, from what happened to its items. */
class BatchOutcomeTest {
  private static final BatchItemResult GENERATED =
      new BatchItemResult(
          "roster.csv:2", "Ana Soto", BatchItemResult.Status.GENERATED, List.of(), "");

  private static BatchOutcome outcome(boolean interrupted, Optional<String> halted) {
    return new BatchOutcome(
        List.of(GENERATED), Path.of("r.csv"), Path.of("r.json"), interrupted, halted);
  }

  @Test
  void aTemplateThatCouldNotBeStoppedEndsTheBatchWithExitThree() {
    assertThat(outcome(true, Optional.of("the template ran too long")).status().code())
        .isEqualTo(3);
  }

  @Test
  void aBatchStoppedByTheUserExitsOneAndAWholeBatchExitsZero() {
    assertThat(outcome(true, Optional.empty()).status().code()).isEqualTo(1);
    assertThat(outcome(false, Optional.empty()).status().code()).isZero();
  }
}
