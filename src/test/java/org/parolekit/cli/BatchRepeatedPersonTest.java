package org.parolekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A person who comes twice in one batch is written once, and the repetition is reported. */
class BatchRepeatedPersonTest {
  @TempDir Path dir;

  private CliRun batch(Path out, String... inputs) {
    List<String> args = new ArrayList<>(List.of("batch", "--org", "examples/organization.yaml"));
    args.addAll(List.of(inputs));
    args.addAll(List.of("-o", out.toString()));
    return CliRun.run(args.toArray(String[]::new));
  }

  private Path roster(String... extraRows) throws IOException {
    List<String> lines =
        new ArrayList<>(Files.readAllLines(Path.of("examples/roster.csv")).subList(0, 3));
    lines.addAll(List.of(extraRows));
    Path roster = dir.resolve("roster.csv");
    Files.write(roster, lines);
    return roster;
  }

  @Test
  void theSameANumberOnTwoRowsWritesThePersonOnce() throws IOException {
    String first = Files.readAllLines(Path.of("examples/roster.csv")).get(1);
    // The same A-number written another way, under a name typed without accents.
    Path roster =
        roster(
            first
                .replace("A012-345-678", "012345678")
                .replace("María José,Hernández López", "Maria Jose,Hernandez"));
    Path out = dir.resolve("out");
    CliRun r = batch(out, roster.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err())
        .contains("roster.csv:4", "not written", "the same A-number as " + roster + ":2")
        .doesNotContain("012345678", "A012-345-678");
    assertThat(r.out()).contains("1 repeated a person already in this batch");
    String report = Files.readString(out.resolve("batch-report.csv"));
    assertThat(report).contains("repeated").doesNotContain("012345678");
    assertThat(Files.readString(out.resolve("batch-report.json"))).contains("\"repeated\" : 1");
    try (var folders = Files.list(out)) {
      assertThat(folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("maria-jose-hernandez-lopez", "blessing-ayuk-tabe");
    }
  }

  @Test
  void aNameThatDiffersOnlyByAccentsCaseOrALookAlikeLetterWithNoWayToTellThemApartIsWrittenOnce()
      throws IOException {
    String first = Files.readAllLines(Path.of("examples/roster.csv")).get(1);
    // Cyrillic "о" in "José", capitals, no accents, and an A-number with two digits swapped.
    Path roster =
        roster(
            first
                .replace("A012-345-678", "A012-345-687")
                .replace("María José,Hernández López", "MARIA J\u043ESE,hernandez lopez"));
    CliRun r = batch(dir.resolve("out"), roster.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err())
        .contains("roster.csv:4", "the same name as")
        .contains("correct the A-number");
  }

  @Test
  void twoPeopleOfOneNameWithDifferentANumbersAreBothWritten() throws IOException {
    String first = Files.readAllLines(Path.of("examples/roster.csv")).get(1);
    Path roster = roster(first.replace("A012-345-678", "A222-999-111"));
    CliRun r = batch(dir.resolve("out"), roster.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).doesNotContain("not written");
  }

  @Test
  void aCaseFileAndARosterRowForOnePersonWriteThePersonOnce() throws IOException {
    Path roster = roster();
    CliRun r = batch(dir.resolve("out"), roster.toString(), "examples/maria-hernandez/case.yaml");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err())
        .contains("examples/maria-hernandez/case.yaml", "the same A-number as " + roster + ":2");
  }
}
