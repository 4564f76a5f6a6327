package org.parolekit.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parolekit.model.Criterion;

class LetterCheckerRobustnessTest {
  private static final LetterChecker CHECKER = new LetterChecker();
  private static final String ALPHABET = "abcñáéíóú ABCÑ .,;:!?¿¡'\"()[]{}<>/\\-_\n\t0123456789A§";

  private static final String[] PHRASES = {
    "I have known her since 2010. ",
    "She will live with me at 742 Oleander Avenue. ",
    "A012-345-678 ",
    "He has never been arrested. ",
    "Soy su tía. ",
    "Vivirá conmigo en Chula Vista. ",
    "He will win his case. ",
    "I will drive her to every hearing. ",
    "Nunca ha sido arrestada. ",
    "Dear Officer, "
  };

  /**
   * Random text of every kind, real phrases among the shorter ones, never breaks the check; a
   * second checker that reads the same letters in the opposite order gives the same reports, and
   * every piece of evidence is quoted from the letter.
   */
  @ParameterizedTest
  @ValueSource(longs = {1L, 2L, 3L, 42L, 2026L})
  void randomTextIsCheckedDeterministically(long seed) {
    Random random = new Random(seed);
    List<LetterText> letters = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(i % 10 == 0 ? 5000 : 300);
      for (int j = 0; j < length; j++) {
        if (i % 10 != 0 && random.nextInt(40) == 0) {
          text.append(PHRASES[random.nextInt(PHRASES.length)]);
        } else {
          text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
      }
      letters.add(
          LetterText.of(text.toString(), "random-" + i + ".txt")
              .withWriterKind(WriterKind.SPONSOR));
    }
    List<LetterReport> forward = new ArrayList<>();
    for (LetterText letter : letters) {
      LetterReport report = CHECKER.check(letter);
      assertThat(report.criteria()).containsOnlyKeys(Criterion.values());
      for (CriterionResult result : report.criteria().values()) {
        for (String quote : result.evidence()) {
          // A quote may run across a line the letter's wrap broke, with a space for the break.
          assertThat(lettersAndDigits(letter.text()))
              .as("evidence is quoted from the letter: " + quote)
              .contains(lettersAndDigits(quote));
        }
      }
      forward.add(report);
    }
    LetterChecker other = new LetterChecker();
    List<LetterReport> backward = new ArrayList<>();
    for (int i = letters.size() - 1; i >= 0; i--) {
      backward.add(0, other.check(letters.get(i)));
    }
    assertThat(backward).isEqualTo(forward);
    assertThat(forward)
        .as("the phrases make some criterion met")
        .anyMatch(
            r -> r.criteria().values().stream().anyMatch(c -> c.status() == CriterionStatus.MET));
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

  private static String lettersAndDigits(String text) {
    return text.codePoints()
        .filter(Character::isLetterOrDigit)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }
}
