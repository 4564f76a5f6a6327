package org.parolekit.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parolekit.model.Criterion;

/**
 * A long letter costs what its sentences cost: one paragraph of 240,000 characters dense with what
 * the checks look for (about 2,000 sentences, each naming a relationship and a time) is checked in
 * seconds. Each detection once looked back over every earlier sentence of its paragraph, which made
 * such a letter take minutes.
 */
class LongLetterTest {
  private static final String SENTENCES =
      "I have known her since 2010. She will live with me at 742 Oleander Avenue. "
          + "She is my best friend and my neighbor. ";

  @Test
  void aLongDenseParagraphIsCheckedInLinearTime() {
    StringBuilder text = new StringBuilder("To the Deportation Officer,\n\n");
    while (text.length() < 240_000) {
      text.append(SENTENCES);
    }
    text.append("\n\nSincerely,\nAna Mendez\n");
    LetterText letter =
        new LetterText(
            text.toString(),
            "long.txt",
            Optional.empty(),
            Optional.empty(),
            WriterKind.SUPPORTER,
            Optional.empty());
    LetterReport report =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60), () -> new LetterChecker().check(letter, CheckContext.none()));
    assertThat(report.status(Criterion.FLIGHT_RISK)).isNotNull();
  }
}
