package org.parolekit.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.parolekit.core.ExitStatus;
import org.parolekit.core.ParolekitException;
import org.parolekit.fuzz.PersonalValues;
import org.parolekit.model.Criterion;

/**
 * Any bytes saved as a {@code .txt} or {@code .md} letter are read, split into sentences that come
 * from the letter, and checked, quickly and the same way twice. The first byte picks the extension
 * and the writer; the rest is the file.
 */
class LetterTextFuzzTest {
  private static final LetterChecker CHECKER = new LetterChecker();
  private static final String[] NAMES = {"letter.txt", "letter.md"};
  private static Path dir;

  @BeforeAll
  static void folder() throws IOException {
    dir = Files.createTempDirectory("letter-fuzz");
    CHECKER.check(LetterText.of("Dear Officer, I will house him.", "warm-up.txt"));
  }

  @AfterAll
  static void clean() throws IOException {
    for (String name : NAMES) {
      Files.deleteIfExists(dir.resolve(name));
    }
    Files.deleteIfExists(dir);
  }

  @FuzzTest(maxDuration = "10m")
  void readsSplitsAndChecksAnyLetter(byte[] input) throws IOException {
    if (input.length == 0) {
      return;
    }
    Path file = dir.resolve(NAMES[input[0] & 1]);
    Files.write(file, Arrays.copyOfRange(input, 1, input.length));
    WriterKind kind = WriterKind.values()[((input[0] & 0xff) >> 1) % WriterKind.values().length];
    long start = System.nanoTime();
    LetterText letter;
    try {
      letter = LetterExtractor.read(file).withWriterKind(kind);
    } catch (ParolekitException e) {
      // Bytes in no encoding a letter is saved in are refused with a message, as documented;
      // it names the file and the byte, never a number from the letter.
      assertThat(e.status()).isEqualTo(ExitStatus.INVALID_INPUT);
      String text = new String(input, StandardCharsets.ISO_8859_1);
      assertThat(PersonalValues.echoed(text, e.getMessage().replace(file.toString(), "")))
          .isEmpty();
      return;
    }
    String flat = collapse(letter.text());
    List<Sentence> sentences = SentenceSplitter.split(letter.text());
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      assertThat(s.index()).isEqualTo(i);
      assertThat(s.text()).isEqualTo(s.text().strip()).isNotEmpty();
      assertThat(flat).as("sentence %d comes from the letter", i).contains(collapse(s.text()));
    }
    LetterReport report = CHECKER.check(letter);
    assertThat(report.criteria()).containsOnlyKeys(Criterion.values());
    assertThat(CHECKER.check(letter)).as("same letter, same report").isEqualTo(report);
    assertThat((System.nanoTime() - start) / 1_000_000)
        .as("milliseconds for %d bytes", input.length)
        .isLessThan(30_000);
  }

  private static String collapse(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}
