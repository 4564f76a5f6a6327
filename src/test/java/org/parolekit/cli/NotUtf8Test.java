package org.parolekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that is not UTF-8 is named with what it looks like, where, and how to save it again. */
class NotUtf8Test {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  @TempDir Path dir;

  @Test
  void aCaseFileSavedAsLatin1SaysSoWithTheByteOffsetAndHowToSaveItAgain() throws IOException {
    ExampleCopy c = ExampleCopy.of("maria-hernandez", dir);
    String yaml = Files.readString(c.caseFile());
    Files.write(c.caseFile(), yaml.getBytes(WINDOWS_1252));
    int firstAccent =
        new String(yaml.getBytes(WINDOWS_1252), StandardCharsets.ISO_8859_1).indexOf('í');
    CliRun r = CliRun.run("validate", c.caseFile().toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(r.out() + r.err())
        .contains(
            "it looks like Latin-1 / Windows-1252 text",
            "is byte " + firstAccent + " of the file",
            "save it again with the encoding UTF-8");
  }

  @Test
  void aCaseFileSavedAsUtf16SaysUtf16() throws IOException {
    ExampleCopy c = ExampleCopy.of("maria-hernandez", dir);
    Files.write(c.caseFile(), Files.readString(c.caseFile()).getBytes(StandardCharsets.UTF_16LE));
    CliRun r = CliRun.run("validate", c.caseFile().toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(r.out() + r.err())
        .contains("it looks like UTF-16 text", "save it again with the encoding UTF-8");
  }

  @Test
  void theSpanishMessageSaysTheSame() throws IOException {
    ExampleCopy c = ExampleCopy.of("maria-hernandez", dir);
    Files.write(c.caseFile(), Files.readString(c.caseFile()).getBytes(StandardCharsets.UTF_16BE));
    var loader =
        new org.parolekit.load.CaseLoader(
            java.time.LocalDate.of(2026, 12, 1), java.util.Locale.forLanguageTag("es"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> loader.load(c.caseFile()))
        .hasMessageContaining("no es texto UTF-8: parece texto UTF-16")
        .hasMessageContaining("guárdelo de nuevo con la codificación UTF-8");
  }

  @Test
  void aRosterExportedAsWindows1252SaysSoAndNamesTheLine() throws IOException {
    Path roster = dir.resolve("roster.csv");
    Files.write(roster, Files.readString(Path.of("examples/roster.csv")).getBytes(WINDOWS_1252));
    CliRun r = CliRun.batch(roster.toString(), "-o", dir.resolve("out").toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(r.out() + r.err())
        .contains(
            "roster.csv:2:",
            "it looks like Latin-1 / Windows-1252",
            "export it again as \"CSV UTF-8\"")
        .doesNotContain("A012-345-678");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void aLetterFileInLatin1IsRefusedWithWhatItLooksLike() throws IOException {
    ExampleCopy c = ExampleCopy.of("maria-hernandez", dir);
    Path letter;
    try (var files = Files.list(c.folder().resolve("letters"))) {
      letter =
          files
              .filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md"))
              .findFirst()
              .orElseThrow();
    }
    Files.write(letter, (Files.readString(letter) + "\nGracias, José.\n").getBytes(WINDOWS_1252));
    CliRun r = CliRun.run("letters", c.caseFile().toString(), "-o", dir.resolve("out").toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(r.out() + r.err())
        .contains(letter.getFileName().toString(), "it looks like Latin-1 / Windows-1252");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void lintReadsALetterSavedAsUtf16ByNotepad() throws IOException {
    Path letter = dir.resolve("carta.txt");
    byte[] body =
        Files.readString(
                Path.of(
                    "src/test/resources/org/parolekit/check/corpus/en-acquaintance-weak-identity.txt"))
            .getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[body.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(body, 0, withBom, 2, body.length);
    Files.write(letter, withBom);
    CliRun r = CliRun.run("lint", "--format", "json", letter.toString());
    assertThat(r.out()).as(r.toString()).contains("\"identity\"").doesNotContain("\\u0000");
  }
}
