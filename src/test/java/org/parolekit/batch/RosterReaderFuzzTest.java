package org.parolekit.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.parolekit.fuzz.PersonalValues;
import org.parolekit.load.CaseFileException;
import org.parolekit.load.Problem;

/**
 * Any bytes given as a roster are read or refused with {@link CaseFileException}, quickly, and a
 * refusal never repeats a value of the roster (an A-number, a birth date) in its message.
 */
class RosterReaderFuzzTest {
  private static final RosterReader READER =
      new RosterReader(
          Set.copyOf(RosterEntry.columns()), Set.copyOf(RosterEntry.requiredColumns()));
  private static Path dir;

  @BeforeAll
  static void folder() throws IOException {
    dir = Files.createTempDirectory("roster-fuzz");
    Path warmUp = dir.resolve("roster.csv");
    Files.writeString(warmUp, "givenNames,familyNames\nAna,Soto\n");
    try {
      READER.read(warmUp);
    } catch (CaseFileException expected) {
      // only loads the classes, so the first input is timed like the others
    }
  }

  @AfterAll
  static void clean() throws IOException {
    Files.deleteIfExists(dir.resolve("roster.csv"));
    Files.deleteIfExists(dir);
  }

  @FuzzTest(maxDuration = "10m")
  void readsOrRefusesAnyRoster(byte[] bytes) throws IOException {
    Path file = dir.resolve("roster.csv");
    Files.write(file, bytes);
    String input = new String(bytes, StandardCharsets.UTF_8);
    long start = System.nanoTime();
    try {
      Roster roster = READER.read(file);
      assertThat(roster.columns()).isNotEmpty();
      assertThat(roster.delimiter()).isIn(',', ';');
      for (RosterRow row : roster.rows()) {
        assertThat(row.line()).isPositive();
      }
    } catch (CaseFileException e) {
      for (Problem p : e.problems()) {
        String text = p.format().replace(file.toString(), "roster.csv");
        assertThat(PersonalValues.echoed(input, text)).as(text).isEmpty();
      }
    }
    assertThat((System.nanoTime() - start) / 1_000_000)
        .as("milliseconds to read %d bytes", bytes.length)
        .isLessThan(30_000);
  }
}
