package org.parolekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code batch} makes of its inputs: a missing input or an empty folder stops it before
 * anything is written; a damaged row or case file fails alone; every column of a roster row reaches
 * the letter.
 */
class BatchInputsTest {
  private static final String HEADER =
      "givenNames,familyNames,iceGivenNames,iceFamilyNames,aNumber,dateOfBirth,pronouns,languages,"
          + "facility,fieldOffice,contact,since,volunteer,observation\n";

  @TempDir Path dir;

  @Test
  void anInputThatDoesNotExistStopsTheBatchWithExitThreeAndWritesNothing() {
    Path missing = dir.resolve("rostr.csv");
    Path out = dir.resolve("out");
    CliRun r = CliRun.batch(missing.toString(), "-o", out.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(r.err()).contains(missing + " does not exist. Check the path");
    assertThat(out).doesNotExist();
  }

  @Test
  void aFolderWithNoCaseFileStopsTheBatchWithExitThreeAndWritesNothing() throws IOException {
    Path folder = dir.resolve("cases");
    Files.createDirectories(folder.resolve("notes.case.yaml"));
    Files.writeString(folder.resolve("notes.yaml"), "not: a case\n");
    Path out = dir.resolve("out");
    CliRun r = CliRun.batch(folder.toString(), "-o", out.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(r.err())
        .contains(
            folder
                + " has no case files. A folder is searched for files named case.yaml or"
                + " *.case.yaml");
    assertThat(out).doesNotExist();
  }

  @Test
  void aRowCutOffByAQuoteNeverClosedFailsAloneAndTheRowsBeforeItAreWritten() throws IOException {
    Path roster =
        write(
            HEADER
                + row("Ana", "Pérez Soto", "", "", "A012345678", "", "Ana Lucía Méndez", "")
                + row("Eva", "Luna", "", "", "A012345679", "", "", "")
                + "Luz,\"Díaz,,,A012345670,,she,en,Otay Mesa,san-diego,visits,2026-03,,\n");
    Path out = dir.resolve("out");
    CliRun r = CliRun.batch(roster.toString(), "-o", out.toString(), "--file-format", "txt");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    JsonNode items = json(out.resolve("batch-report.json")).get("items");
    assertThat(items).hasSize(3);
    assertThat(items.get(0).get("status").asText()).isEqualTo("generated");
    assertThat(items.get(1).get("status").asText()).isEqualTo("generated");
    assertThat(items.get(2).get("input").asText()).isEqualTo(roster + ":4");
    assertThat(items.get(2).get("status").asText()).isEqualTo("failed");
    assertThat(items.get(2).get("error").asText())
        .startsWith(roster + ":4: this row cannot be read: a quote (\") opened on line 4");
    assertThat(r.err()).contains(roster + ":4: : failed: ").doesNotContain("Díaz", "012345670");
    assertThat(out.resolve("ana-perez-soto")).isDirectory();
    assertThat(out.resolve("eva-luna")).isDirectory();
  }

  @Test
  void aCaseFileThatCannotBeReadFailsAloneWithItsPlace() throws IOException {
    Path cases = dir.resolve("cases");
    Path broken = cases.resolve("luz-diaz/case.yaml");
    Files.createDirectories(broken.getParent());
    Files.writeString(broken, "person:\n  givenNames: [unclosed\n");
    Path maria = ExampleCopy.of("maria-hernandez", cases).caseFile();
    Path out = dir.resolve("out");
    CliRun r = CliRun.batch(broken.toString(), maria.toString(), "-o", out.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    JsonNode items = json(out.resolve("batch-report.json")).get("items");
    assertThat(items.get(0).get("input").asText()).isEqualTo(broken.toString());
    assertThat(items.get(0).get("status").asText()).isEqualTo("failed");
    assertThat(items.get(0).get("person").asText()).isEmpty();
    assertThat(items.get(0).get("error").asText()).startsWith(broken + ":");
    assertThat(items.get(1).get("status").asText()).isEqualTo("generated");
    assertThat(r.err()).contains(broken + ": : failed: " + broken + ":");
  }

  @Test
  void threePeopleOfOneNameGetFoldersOneTwoAndThreeInRosterOrder() throws IOException {
    Path roster =
        write(
            HEADER
                + row("Ana", "Soto", "", "", "A012345678", "1990-01-01", "", "")
                + row("Ana", "Soto", "", "", "A087654321", "1991-02-02", "", "")
                + row("Ana", "Soto", "", "", "A055555555", "1992-03-03", "", ""));
    Path out = dir.resolve("out");
    CliRun r = CliRun.batch(roster.toString(), "-o", out.toString(), "--file-format", "txt");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains("[1/3] ana-soto generated", "[2/3] ana-soto-2 generated", "[3/3] ana-soto-3");
    assertThat(folders(out)).containsExactly("ana-soto", "ana-soto-2", "ana-soto-3");
  }

  @Test
  void oneNameWithTheSameBirthDateAndAnANumberOneDigitOffIsWrittenOnce() throws IOException {
    Path roster =
        write(
            HEADER
                + row("Ana", "Soto", "", "", "A012345678", "1990-01-01", "", "")
                + row("Ana", "Soto", "", "", "A012345679", "1990-01-01", "", "")
                + row("Ana", "Soto", "", "", "A01234", "", "", "")
                + row("Ana", "Soto", "", "", "A099999999", "", "", ""));
    Path out = dir.resolve("out");
    CliRun r = CliRun.batch(roster.toString(), "-o", out.toString(), "--file-format", "txt");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            roster + ":3: Ana Soto: not written: the same name as " + roster + ":2",
            roster + ":4: Ana Soto: not written: the same name as " + roster + ":2")
        .doesNotContain(roster + ":5: Ana Soto: not written", "failed");
    assertThat(folders(out)).hasSize(2).contains("ana-soto");
  }

  @Test
  void oneNameWithDifferentBirthDatesIsTwoPeopleEvenWithANumbersOneDigitApart() throws IOException {
    Path roster =
        write(
            HEADER
                + row("Ana", "Soto", "", "", "A012345678", "1990-01-01", "", "")
                + row("Ana", "Soto", "", "", "A012345679", "1990-01-02", "", ""));
    Path out = dir.resolve("out");
    CliRun r = CliRun.batch(roster.toString(), "-o", out.toString(), "--file-format", "txt");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).doesNotContain("not written");
    assertThat(folders(out)).containsExactly("ana-soto", "ana-soto-2");
  }

  @Test
  void theVolunteerTheObservationAndTheNameOnIceRecordsReachTheLetter() throws IOException {
    Path roster =
        write(
            HEADER
                + row(
                    "José Ángel",
                    "Ramírez Coj",
                    "",
                    "Ramirez",
                    "A012345678",
                    "",
                    "Ana Lucía Méndez",
                    "He helps the men in his unit write letters home.")
                + row("Luz", "Díaz", "Luz Maria", "", "A012345679", "", "   ", "  ")
                + row("Eva", "Luna", "", "", "A012345670", "", "", ""));
    Path out = dir.resolve("out");
    CliRun r = CliRun.batch(roster.toString(), "-o", out.toString(), "--file-format", "txt");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(letter(out.resolve("jose-angel-ramirez-coj")))
        .contains(
            "(ICE records: José Ángel Ramirez)",
            "Our volunteer Ana Lucía Méndez has been visiting José Ángel",
            "He helps the men in his unit write letters home.",
            "This letter speaks only to what our volunteers know of José Ángel as a person.");
    assertThat(letter(out.resolve("luz-diaz")))
        .contains("(ICE records: Luz Maria Díaz)", "Our volunteers have been visiting Luz")
        .doesNotContain("Our volunteer ", "This letter speaks only");
    assertThat(letter(out.resolve("eva-luna")))
        .doesNotContain("ICE records")
        .contains("Our volunteers have been visiting Eva");
  }

  @Test
  void anUnreadableRecordOfEarlierRunsMeansEveryLetterIsMadeAgain() throws IOException {
    Path roster = write(HEADER + row("Eva", "Luna", "", "", "A012345670", "", "", ""));
    Path out = dir.resolve("out");
    String[] args = {roster.toString(), "-o", out.toString(), "--file-format", "txt"};
    assertThat(CliRun.batch(args).exitCode()).isZero();
    Files.writeString(out.resolve(".parolekit-batch.json"), "{ not json");
    CliRun again = CliRun.batch(args);
    assertThat(again.exitCode()).as(again.toString()).isZero();
    assertThat(again.out()).contains("1 people: 1 generated, 0 unchanged, 0 failed");
    assertThat(letter(out.resolve("eva-luna"))).contains("Eva Luna");
  }

  /** A row of {@link #HEADER}: she, English, Otay Mesa, visits since 2026-03. */
  private static String row(
      String given,
      String family,
      String iceGiven,
      String iceFamily,
      String aNumber,
      String birth,
      String volunteer,
      String observation) {
    return String.join(
            ",",
            given,
            family,
            iceGiven,
            iceFamily,
            aNumber,
            birth,
            "she",
            "en",
            "Otay Mesa Detention Center",
            "san-diego",
            "visits",
            "2026-03",
            quoted(volunteer),
            quoted(observation))
        + "\n";
  }

  private static String quoted(String cell) {
    return cell.isEmpty() ? "" : "\"" + cell + "\"";
  }

  private Path write(String text) throws IOException {
    Path f = dir.resolve("roster.csv");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  private static String letter(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      Path en = s.filter(p -> p.toString().endsWith("-en.txt")).findFirst().orElseThrow();
      return Files.readString(en).replaceAll("\\s+", " ");
    }
  }

  private static List<String> folders(Path out) throws IOException {
    List<String> names = new ArrayList<>();
    try (Stream<Path> s = Files.list(out)) {
      s.filter(Files::isDirectory).forEach(p -> names.add(p.getFileName().toString()));
    }
    return names.stream().sorted().toList();
  }

  private static JsonNode json(Path file) throws IOException {
    return new ObjectMapper().readTree(file.toFile());
  }
}
