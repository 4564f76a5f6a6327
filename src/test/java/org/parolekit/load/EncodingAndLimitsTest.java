package org.parolekit.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parolekit.load.LoaderFixtures.MINIMAL;
import static org.parolekit.load.LoaderFixtures.load;
import static org.parolekit.load.LoaderFixtures.problems;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EncodingAndLimitsTest {
  @TempDir Path dir;

  @Test
  void refusesAFileThatIsNotUtf8AtItsFirstBadByte() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("person:\n  givenNames: Jos".getBytes(StandardCharsets.UTF_8));
    bytes.write(0xE9); // "é" in Latin-1
    bytes.writeBytes(" María\n  familyNames: Pérez\n".getBytes(StandardCharsets.UTF_8));
    Path file = LoaderFixtures.write(dir, "case.yaml", bytes.toByteArray());
    assertThat(problems(dir, file))
        .containsExactly(
            "case.yaml:2:18: is not UTF-8 text: it looks like Latin-1 / Windows-1252 text, as older"
                + " Windows editors save it (the first byte UTF-8 cannot read is byte 25 of the"
                + " file). open it in a text editor and save it again with the encoding UTF-8 (Save"
                + " As, Encoding: UTF-8).");
  }

  @Test
  void refusesUtf16() {
    Path file =
        LoaderFixtures.write(
            dir,
            "case.yaml",
            MINIMAL.replace("Ana", "Ana\uFFFF").getBytes(StandardCharsets.UTF_16));
    assertThat(problems(dir, file))
        .singleElement()
        .asString()
        .contains("is not UTF-8 text: it looks like UTF-16 text");
  }

  @ParameterizedTest
  @ValueSource(
      chars = {'\u0000', '\u0007', '\u001B', '\u001F', '\u007F', '\u0085', '\u009B', '\u009F'})
  void refusesControlCharactersWithTheirPlace(char control) {
    String yaml = MINIMAL.replace("givenNames: Ana", "givenNames: A" + control + "na");
    assertThat(problems(dir, yaml))
        .containsExactly(
            String.format(
                "case.yaml:2:16: contains a control character (U+%04X). remove it; it is invisible"
                    + " in most editors, so delete and retype the text around it.",
                (int) control));
  }

  @Test
  void refusesControlCharactersWrittenAsEscapes() {
    assertThat(problems(dir, MINIMAL.replace("givenNames: Ana", "givenNames: \"A\\0na\"")))
        .containsExactly(
            "case.yaml:2:15: person.givenNames: contains a control character (U+0000). remove the"
                + " escape sequence that produces it.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u202E", "\u202A", "\u2066", "\u2069", "\u200E", "\u200F"})
  void refusesCharactersThatChangeTheDirectionOfText(String bidi) {
    String yaml = MINIMAL.replace("familyNames: López", "familyNames: Ló" + bidi + "pez");
    assertThat(problems(dir, yaml))
        .containsExactly(
            String.format(
                "case.yaml:3:16: person.familyNames: contains an invisible character that changes"
                    + " the direction of text (U+%04X). delete and retype the text; such characters"
                    + " can make a text display differently from what it says.",
                bidi.codePointAt(0)));
  }

  @Test
  void refusesDirectionCharactersWrittenAsEscapesAndInKeys() {
    String yaml =
        MINIMAL.replace("familyNames: López", "familyNames: \"L\\u202Eópez\"") + "note\u2067: x\n";
    assertThat(problems(dir, yaml))
        .hasSize(2)
        .allSatisfy(p -> assertThat(p).contains("changes the direction of text"))
        .first()
        .asString()
        .startsWith("case.yaml:3:16: person.familyNames:");
  }

  @Test
  void acceptsTabsAndWindowsLineEndings() {
    String yaml =
        MINIMAL.replace("givenNames: Ana", "givenNames: \"Ana\tMaría\"").replace("\n", "\r\n");
    assertThat(load(dir, yaml).caseFile().person().givenNames()).isEqualTo("Ana\tMaría");
  }

  @Test
  void refusesAFileLargerThanOneMebibyteBeforeParsing() {
    String yaml = MINIMAL + "# " + "x".repeat(Limits.MAX_FILE_BYTES) + "\n";
    assertThat(problems(dir, yaml))
        .containsExactly(
            "case.yaml: is larger than 1 MiB. a case file is a few kilobytes; check that this is"
                + " the right file.");
  }

  @Test
  void refusesDeepNestingAtTheLevelThatIsTooDeep() {
    StringBuilder yaml = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      yaml.append("  ".repeat(i)).append("x").append(i).append(":\n");
    }
    assertThat(problems(dir, yaml.toString()))
        .singleElement()
        .asString()
        .startsWith("case.yaml:17:33: x0.x1.x2.")
        .endsWith(
            ": is nested too deeply (more than 16 levels). a case file needs only a few levels;"
                + " check the indentation.");
  }

  @Test
  void failsFastOnAHugeFlowNesting() {
    String yaml = "person: " + "[".repeat(200_000) + "]".repeat(200_000) + "\n";
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () ->
            assertThat(problems(dir, yaml))
                .singleElement()
                .asString()
                .startsWith("case.yaml:1:24: person[0][0]")
                .contains("is nested too deeply"));
  }

  @Test
  void refusesAHugeValue() {
    String yaml =
        MINIMAL.replace(
            "nationality: Guatemalan", "nationality: " + "a".repeat(Limits.MAX_SCALAR_CHARS + 1));
    assertThat(problems(dir, yaml))
        .containsExactly(
            "case.yaml:7:16: person.nationality: is longer than 20000 characters. shorten it; for a"
                + " long letter use letterFile.");
  }

  @Test
  void readsAFileOfExactlyOneMebibyteAndRefusesOneByteMore() {
    int padding =
        Limits.MAX_FILE_BYTES - MINIMAL.getBytes(StandardCharsets.UTF_8).length - "# \n".length();
    String yaml = MINIMAL + "# " + "x".repeat(padding) + "\n";
    assertThat(yaml.getBytes(StandardCharsets.UTF_8)).hasSize(Limits.MAX_FILE_BYTES);
    assertThat(load(dir, yaml).caseFile().person().givenNames()).isEqualTo("Ana");
    assertThat(problems(dir, yaml + " "))
        .singleElement()
        .asString()
        .startsWith("case.yaml: is larger than 1 MiB.");
  }

  @Test
  void takesAValueOfTheLongestLengthAllowed() {
    String longest = "a".repeat(Limits.MAX_SCALAR_CHARS);
    String yaml = MINIMAL.replace("nationality: Guatemalan", "nationality: " + longest);
    assertThat(load(dir, yaml).caseFile().person().nationality()).isEqualTo(longest);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\r", "\r\n"})
  void countsLinesEndedTheOldMacAndTheWindowsWay(String newline) {
    String yaml = MINIMAL.replace("\n", newline);
    assertThat(load(dir, yaml).caseFile().person().familyNames()).isEqualTo("López");
    assertThat(problems(dir, yaml.replace("familyNames: López", "familyNames: Ló\u0007pez")))
        .singleElement()
        .asString()
        .startsWith("case.yaml:3:18: contains a control character (U+0007).");
  }
}
