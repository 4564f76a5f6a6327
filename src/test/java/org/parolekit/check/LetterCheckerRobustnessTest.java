package org.parolekit.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parolekit.model.Criterion;

class LetterCheckerRobustnessTest {
  private static final LetterChecker CHECKER = new LetterChecker();
  private static final String ALPHABET = "abcñáéíóú ABCÑ .,;:!?¿¡'\"()[]{}<>/\\-_\n\t0123456789A§";

  /** Random text of every kind never breaks the check, and the same text gives the same report. */
  @ParameterizedTest
  @ValueSource(longs = {1L, 2L, 3L, 42L, 2026L})
  void randomTextIsCheckedDeterministically(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 200; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(i % 10 == 0 ? 5000 : 300);
      for (int j = 0; j < length; j++) {
        text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      LetterText letter = LetterText.of(text.toString(), "random.txt").withWriterKind(WriterKind.SPONSOR);
      LetterReport first = CHECKER.check(letter);
      assertThat(first.criteria()).containsOnlyKeys(Criterion.values());
      assertThat(CHECKER.check(letter)).isEqualTo(first);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n\n\n", ".", "A", "A-number", "[NAME]"})
  void degenerateLettersAreMissingEverything(String text) {
    LetterReport r = CHECKER.check(LetterText.of(text, "empty.txt"));
    for (Criterion c : Criterion.values()) {
      assertThat(r.status(c)).isEqualTo(CriterionStatus.MISSING);
    }
    assertThat(r.hasFinding(FindingCodes.TOO_SHORT)).isTrue();
  }
}
