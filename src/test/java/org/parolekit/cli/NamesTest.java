package org.parolekit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names as real names are: of a real length, with letters one can see, and no look-alike or
 * invisible characters passed over in silence.
 */
class NamesTest {
  @TempDir Path dir;

  @Test
  void aNameLongerThanAnyRealNameIsRefusedQuicklyAndNothingIsWritten() throws IOException {
    String huge = "Ana ".repeat(2_500).strip();
    ExampleCopy c =
        ExampleCopy.of("maria-hernandez", dir)
            .replace("givenNames: María José\n", "givenNames: " + huge + "\n");
    Path out = dir.resolve("out");
    CliRun r =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10),
            () ->
                CliRun.run(
                    "packet", c.caseFile().toString(), "-o", out.resolve("p.pdf").toString()));
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(r.out() + r.err())
        .contains("person.givenNames", "is longer than a name can be (more than 100 characters)")
        .doesNotContain("Ana Ana");
    assertThat(out).doesNotExist();
  }

  @Test
  void aNameMadeOnlyOfMarksOrInvisibleCharactersIsRefused() throws IOException {
    ExampleCopy c =
        ExampleCopy.of("maria-hernandez", dir)
            .replace("familyNames: Hernández López\n", "familyNames: \"\\u0301\\u0301\\u200B\"\n");
    CliRun r = CliRun.run("validate", c.caseFile().toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(r.out() + r.err()).contains("person.familyNames", "has no letter one can see");
  }

  @Test
  void aCyrillicLetterInsideALatinNameIsWarnedAboutWithItsCodePoint() throws IOException {
    // "Аna": the first letter is CYRILLIC CAPITAL LETTER A, drawn like the Latin one.
    ExampleCopy c =
        ExampleCopy.of("maria-hernandez", dir)
            .replace("givenNames: María José\n", "givenNames: María J\u043Ese\n");
    CliRun r = CliRun.run("validate", c.caseFile().toString());
    assertThat(r.out() + r.err())
        .as(r.toString())
        .contains(
            "person.givenNames",
            "name-characters",
            "U+043E CYRILLIC SMALL LETTER O",
            "a letter of another alphabet among Latin letters");
  }

  @Test
  void aZeroWidthCharacterInANameIsWarnedAbout() throws IOException {
    ExampleCopy c =
        ExampleCopy.of("maria-hernandez", dir)
            .replace("name: Rosa Hernández Díaz\n", "name: \"Rosa Hern\\u200Dández Díaz\"\n");
    CliRun r = CliRun.run("validate", c.caseFile().toString());
    assertThat(r.out() + r.err())
        .as(r.toString())
        .contains("sponsor.name", "U+200D ZERO WIDTH JOINER, an invisible character");
  }

  @Test
  void anOrdinaryNameWithAccentsRaisesNoWarning() throws IOException {
    ExampleCopy c =
        ExampleCopy.of("maria-hernandez", dir)
            .replace("givenNames: María José\n", "givenNames: Zoë Ñuñez-O'Brien\n");
    CliRun r = CliRun.run("validate", c.caseFile().toString());
    assertThat(r.out() + r.err()).as(r.toString()).doesNotContain("name-characters");
  }
}
