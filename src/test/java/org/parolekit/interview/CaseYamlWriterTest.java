package org.parolekit.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parolekit.cli.ExampleCopy;
import org.parolekit.load.CaseLoader;
import org.parolekit.model.CaseFile;
import org.parolekit.model.PreparedBy;
import org.parolekit.model.PreparerRole;
import org.parolekit.output.AtomicFile;

class CaseYamlWriterTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"maria-hernandez", "emmanuel-tabi", "incomplete"})
  void everyExampleReadsBackToEqualRecords(String example) throws IOException {
    Path folder = ExampleCopy.of(example, dir).folder();
    Path original = folder.resolve("case.yaml");
    CaseFile loaded = new CaseLoader(TODAY).load(original).caseFile();

    String yaml = new CaseYamlWriter().write(loaded, CaseYamlWriter.defaultHeader());
    Path written = folder.resolve("written.yaml");
    Files.writeString(written, yaml, StandardCharsets.UTF_8);

    assertThat(yaml).startsWith("# yaml-language-server: $schema=");
    assertThat(new CaseLoader(TODAY).load(written).caseFile()).isEqualTo(loaded);
  }

  @Test
  void foldsLongStatementsAndCommentsEachSection() throws IOException {
    CaseFile loaded =
        new CaseLoader(TODAY).load(ExampleCopy.of("maria-hernandez", dir).caseFile()).caseFile();

    String yaml = new CaseYamlWriter().write(loaded, CaseYamlWriter.defaultHeader());

    assertThat(yaml)
        .contains(
            "# The person in detention.\nperson:\n",
            "# The sponsor who offers housing and support.\nsponsor:\n");
    assertThat(yaml).contains("    relationship: >-\n");
    assertThat(yaml).contains("  givenNames: María José\n");
    assertThat(yaml.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(110));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "012345678",
        "yes",
        "No",
        "on",
        "OFF",
        "null",
        "~",
        "true",
        "y",
        "@handle",
        "*star",
        "&anchor",
        "!tag",
        "key: value",
        "text #comment",
        "#hash",
        "- dash",
        "[list]",
        "{map}",
        "'single'",
        "\"double\"",
        "%percent",
        "`tick`",
        "ends:",
        "|pipe",
        ">fold",
        "?question",
        "1.5",
        "0x1F",
        "+1",
        "-7",
        ".inf",
        "12:30",
        "<<",
        "back\\slash",
        "Ñandú Pérez Güemes",
        "a, b",
        "line one\nline two",
      })
  void quotesWhatYamlWouldMisread(String value) throws IOException {
    CaseFile written = roundTrip(withPreparerOrganization(value));
    assertThat(written.preparedBy().organization()).isEqualTo(value);
  }

  @Test
  void leadingAndTrailingSpacesAreQuoted() {
    assertThat(CaseYamlWriter.needsQuotes(" lead")).isTrue();
    assertThat(CaseYamlWriter.needsQuotes("trail ")).isTrue();
    assertThat(CaseYamlWriter.needsQuotes("Hernández López")).isFalse();
    assertThat(CaseYamlWriter.needsQuotes("(619) 555-0143")).isFalse();
  }

  @Test
  void randomTextsReadBackUnchanged() throws IOException {
    Random random = new Random(20261127L);
    String alphabet = "abcXYZ áéíóúñü¿¡ 0123456789 :#-@*&!,[]{}'\"%|>?~\\/.";
    for (int i = 0; i < 200; i++) {
      StringBuilder b = new StringBuilder();
      int length = 1 + random.nextInt(i % 10 == 0 ? 200 : 20);
      for (int j = 0; j < length; j++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String value = b.toString().strip();
      if (value.isEmpty()) {
        continue;
      }
      assertThat(roundTrip(withPreparerOrganization(value)).preparedBy().organization())
          .as("case %d", i)
          .isEqualTo(value);
    }
  }

  private CaseFile base;

  /** The case with {@code text} as a free-text value (names are held to real names' rules). */
  private CaseFile withPreparerOrganization(String text) throws IOException {
    if (base == null) {
      base = new CaseLoader(TODAY).load(ExampleCopy.of("emmanuel-tabi", dir).caseFile()).caseFile();
    }
    return new CaseFile(
        base.person(),
        base.sponsor(),
        base.supporters(),
        base.organization(),
        new PreparedBy(PreparerRole.VOLUNTEER, "Ana Test", text),
        base.attachments(),
        base.letterDate());
  }

  private CaseFile roundTrip(CaseFile caseFile) throws IOException {
    Path file = ExampleCopy.of("emmanuel-tabi", dir).folder().resolve("round-trip.yaml");
    AtomicFile.write(
        file,
        new CaseYamlWriter().write(caseFile, List.of()).getBytes(StandardCharsets.UTF_8),
        true);
    return new CaseLoader(TODAY).load(file).caseFile();
  }
}
