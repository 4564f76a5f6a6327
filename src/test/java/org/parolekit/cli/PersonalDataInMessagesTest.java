package org.parolekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A message quotes what was typed only when it is a near miss of a word from a closed set (a key, a
 * listed value, a column); anything else, which may be a name, an address or an A-number, is named
 * by its place and never shown.
 */
class PersonalDataInMessagesTest {
  @TempDir Path dir;

  private Path caseWith(String from, String to) throws IOException {
    return ExampleCopy.of("maria-hernandez", dir).replace(from, to).caseFile();
  }

  @Test
  void aFreeTextValueWhereAListedValueIsExpectedIsNotEchoed() throws IOException {
    Path file = caseWith("fieldOffice: san-diego", "fieldOffice: 742 Oleander Avenue");
    CliRun r = CliRun.run("validate", file.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(r.out() + r.err())
        .contains(
            "person.detention.fieldOffice",
            "the value is not one of those allowed here",
            "san-diego")
        .containsPattern("case.yaml:\\d+:\\d+:")
        .doesNotContain("742 Oleander", "Oleander Avenue");
  }

  @Test
  void aNearMissOfAListedValueIsQuotedWithTheSuggestion() throws IOException {
    Path file = caseWith("fieldOffice: san-diego", "fieldOffice: san-deigo");
    CliRun r = CliRun.run("validate", file.toString());
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.out() + r.err())
        .contains("unknown value \"san-deigo\"", "did you mean \"san-diego\"");
  }

  @Test
  void anUnknownKeyThatIsNotANearMissIsNotEchoed() throws IOException {
    Path file = caseWith("  pronouns: she\n", "  pronouns: she\n  742 Oleander Avenue: x\n");
    CliRun r = CliRun.run("validate", file.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(r.out() + r.err())
        .contains("unknown key (not shown, as it may be personal data)")
        .doesNotContain("Oleander");
    Path typo = caseWith("  pronouns: she\n", "  pronouns: she\n  nationalty: Honduran\n");
    CliRun near = CliRun.run("validate", typo.toString());
    assertThat(near.out() + near.err()).as(near.toString()).contains("unknown key \"nationalty\"");
  }

  @Test
  void aRosterWithoutItsHeaderRowEchoesNoneOfTheFirstPersonsData() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("examples/roster.csv"));
    Path roster = dir.resolve("roster.csv");
    Files.write(roster, lines.subList(1, lines.size()));
    CliRun r = CliRun.batch(roster.toString(), "-o", dir.resolve("out").toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(r.out() + r.err())
        .contains("not a header", "add a header row")
        .doesNotContain("A012-345-678", "María José", "Hernández", "Ana Lucía");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  /** Found by fuzzing: the CSV parser's message quoted the cell past the last column. */
  @Test
  void aRosterRowWithMoreCellsThanColumnsEchoesNoneOfThem() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("examples/roster.csv"));
    Path roster = dir.resolve("roster.csv");
    Files.write(roster, List.of(lines.get(0), lines.get(1) + ",A076-543-210", lines.get(2)));
    Path out = dir.resolve("out");
    CliRun r = CliRun.batch(roster.toString(), "-o", out.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(r.out() + r.err())
        .contains("roster.csv:2:", "more cells than the header has columns")
        .doesNotContain("A076-543-210", "076-543-210", "Ana Lucía");
    assertThat(out).doesNotExist();
  }

  @Test
  void aShiftedRosterColumnKeepsTheValueOutOfTheMessagesAndTheReport() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("examples/roster.csv"));
    Path roster = dir.resolve("shifted.csv");
    // The first person's facility is also typed into the field office column.
    Files.write(
        roster,
        List.of(lines.get(0), lines.get(1).replace(",san-diego,", ",Otay Mesa Detention Center,")));
    Path out = dir.resolve("out");
    CliRun r = CliRun.batch(roster.toString(), "-o", out.toString());
    assertThat(r.exitCode()).as(r.toString()).isNotZero();
    assertThat(r.out() + r.err())
        .contains("fieldOffice")
        .doesNotContain("unknown value \"Otay Mesa", "\"Otay Mesa Detention Center\"");
    Path report = out.resolve("batch-report.csv");
    if (Files.exists(report)) {
      assertThat(Files.readString(report))
          .contains("fieldOffice")
          .doesNotContain("unknown value \"Otay Mesa");
    }
  }

  @Test
  void aTemplateThatStopsWithTheANumberDoesNotPrintIt() throws IOException {
    Path templates = dir.resolve("templates");
    Files.createDirectories(templates.resolve("en"));
    Files.writeString(templates.resolve("en/sponsor-letter.ftl"), "<#stop person.aNumber>\n");
    CliRun r =
        CliRun.run(
            "letters",
            "examples/emmanuel-tabi/case.yaml",
            "-o",
            dir.resolve("out").toString(),
            "--templates",
            templates.toString());
    assertThat(r.exitCode()).as(r.toString()).isNotZero();
    assertThat(r.out() + r.err())
        .contains("sponsor-letter.ftl", "#stop")
        .doesNotContain("A214-870-355", "214870355", "A214870355");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void aLetterFileOutsideTheCaseFolderIsRefusedLikeAnAttachment() throws IOException {
    Path outside = dir.resolve("someone-elses-letter.txt");
    Files.writeString(outside, "Words nobody in this case wrote.");
    Path file =
        caseWith(
            "letterFile: letters/jennifer-morales.txt", "letterFile: ../someone-elses-letter.txt");
    Files.move(outside, file.getParent().getParent().resolve("someone-elses-letter.txt"));
    CliRun r = CliRun.run("letters", file.toString(), "-o", dir.resolve("out").toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(r.out() + r.err())
        .contains("letterFile", "is outside the case folder", "move the letter into the folder");
    assertThat(dir.resolve("out")).doesNotExist();
  }
}
