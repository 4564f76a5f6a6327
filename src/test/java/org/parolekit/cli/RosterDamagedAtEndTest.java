package org.parolekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A roster whose end is damaged (a quote never closed) still gives the rows before the damage. */
class RosterDamagedAtEndTest {
  @TempDir Path dir;

  @Test
  void aLastRowWithAnUnclosedQuoteIsReportedAndTheOtherRowsAreWritten() throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("examples/roster.csv")));
    int rows = lines.size() - 1;
    lines.add(
        "Ruth,\"Okonkwo,,,A055-444-333,she,en,Nigeria,Otay Mesa Detention"
            + " Center,san-diego,visits,2026-02,Tom Becker");
    Path roster = dir.resolve("roster.csv");
    Files.write(roster, lines);
    Path out = dir.resolve("out");
    CliRun r = CliRun.batch(roster.toString(), "-o", out.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    int line = lines.size();
    assertThat(r.err())
        .contains(
            "roster.csv:" + line,
            "this row cannot be read: a quote (\") opened on line " + line + " is never closed",
            "the rows before line " + line + " were read")
        .doesNotContain("A055-444-333", "Okonkwo");
    assertThat(r.out()).contains((rows + 1) + " people: " + rows + " generated");
    assertThat(Files.readString(out.resolve("batch-report.csv")))
        .contains("roster.csv:" + line)
        .contains("failed");
  }

  /**
   * Quoted cells that span lines or hold doubled quotes, before and inside the damaged row, do not
   * shift the lines the message gives: the row's first line and the line of the quote left open.
   */
  @Test
  void multiLineAndEscapedQuotesBeforeTheDamageKeepTheLinesRight() throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("examples/roster.csv")));
    int rows = lines.size() - 1;
    String first = lines.get(1);
    lines.set(1, first.replace("Ana Lucía Méndez", "\"Ana \"\"Lucy\"\"\nMéndez\""));
    assertThat(lines.get(1)).as("the first row's volunteer").isNotEqualTo(first);
    // lines.size() + 1 (the line added inside the first row), then the damaged row's own two lines
    int rowLine = lines.size() + 2;
    String damaged =
        "Ruth,\"Oko\nnkwo\",,,A055-444-333,she,en,Nigeria,Otay Mesa Detention Center,san-diego,"
            + "visits,2026-02,\"Tom Becker";
    Path roster = dir.resolve("roster.csv");
    Files.writeString(roster, String.join("\n", lines) + "\n" + damaged);
    Path out = dir.resolve("out");
    CliRun r = CliRun.batch(roster.toString(), "-o", out.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "roster.csv:" + rowLine,
            "a quote (\") opened on line " + (rowLine + 1) + " is never closed",
            "the rows before line " + rowLine + " were read")
        .doesNotContain("A055-444-333", "Okonkwo", "nkwo");
    assertThat(r.out()).contains((rows + 1) + " people: " + rows + " generated");
  }

  @Test
  void anUnclosedQuoteInTheHeaderStillRefusesTheRosterWhole() throws IOException {
    Path roster = dir.resolve("roster.csv");
    Files.writeString(roster, "\"givenNames,familyNames\nAna,Pérez\n");
    Path out = dir.resolve("out");
    CliRun r = CliRun.batch(roster.toString(), "-o", out.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(out).doesNotExist();
  }
}
