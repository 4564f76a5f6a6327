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
