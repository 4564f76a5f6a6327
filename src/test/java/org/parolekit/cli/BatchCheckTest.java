package org.parolekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A summary for coordinators: with --check, the reports say what each person's letter addresses.
 */
class BatchCheckTest {
  @TempDir Path dir;

  @Test
  void withCheckTheReportsCarryEachLettersThreeStatusesAndErrors() throws IOException {
    Path out = dir.resolve("out");
    CliRun r =
        CliRun.batch(
            "examples/roster.csv", "-o", out.toString(), "--date", "2026-11-27", "--check");
    assertThat(r.exitCode()).as(r.toString()).isZero();

    List<String> csv = Files.readAllLines(out.resolve("batch-report.csv"));
    assertThat(csv.get(0))
        .isEqualTo("input,person,status,outputs,error,identity,flightRisk,danger,letterErrors");
    assertThat(csv.subList(1, csv.size()))
        .hasSize(8)
        .allMatch(
            line ->
                line.matches(".*,(met|weak|missing),(met|weak|missing),(met|weak|missing),[^,]*"),
            "three statuses");
    JsonNode items =
        new ObjectMapper().readTree(out.resolve("batch-report.json").toFile()).path("items");
    assertThat(items).hasSize(8);
    for (JsonNode item : items) {
      assertThat(item.path("letter").path("errors").isArray()).as(item.toString()).isTrue();
    }
    // The organization's letter names the person with the A-number: identity is met for everyone.
    assertThat(items).allMatch(i -> i.path("letter").path("identity").asText().equals("met"));
    String reports =
        Files.readString(out.resolve("batch-report.csv"))
            + Files.readString(out.resolve("batch-report.json"));
    assertThat(reports).doesNotContain("012-345-678", "012345678");

    // A re-run skips the unchanged letters and still reports what they say.
    CliRun again =
        CliRun.batch(
            "examples/roster.csv", "-o", out.toString(), "--date", "2026-11-27", "--check");
    assertThat(again.out()).contains("8 unchanged");
    assertThat(Files.readAllLines(out.resolve("batch-report.csv")))
        .isEqualTo(csv.stream().map(l -> l.replace(",generated,", ",unchanged,")).toList());
  }

  @Test
  void withoutCheckTheReportsKeepTheirColumns() throws IOException {
    Path out = dir.resolve("out");
    CliRun r = CliRun.batch("examples/roster.csv", "-o", out.toString(), "--date", "2026-11-27");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(Files.readAllLines(out.resolve("batch-report.csv")).get(0))
        .isEqualTo("input,person,status,outputs,error");
    assertThat(Files.readString(out.resolve("batch-report.json"))).doesNotContain("\"letter\"");
  }
}
