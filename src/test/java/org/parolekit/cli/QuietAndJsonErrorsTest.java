package org.parolekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --quiet} on the commands that report progress, and failures as JSON for scripts. */
class QuietAndJsonErrorsTest {
  @TempDir Path dir;

  @Test
  void quietLettersListTheFilesWithoutTheSummaryWhenNoneFallsShort() throws Exception {
    Path out = dir.resolve("out");
    CliRun r =
        CliRun.run(
            "letters", "examples/maria-hernandez/case.yaml", "-o", out.toString(), "--quiet");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(
            CliRun.run(
                    "letters",
                    "examples/maria-hernandez/case.yaml",
                    "-o",
                    dir.resolve("loud").toString())
                .err())
        .contains("none falls short");
    assertThat(r.err()).doesNotContain("none falls short");
    try (var files = Files.list(out)) {
      assertThat(r.out().lines().count())
          .isEqualTo(files.filter(f -> !f.getFileName().toString().startsWith(".")).count())
          .isPositive();
    }
  }

  @Test
  void quietPacketSaysNothingWhenAllWentWell() {
    Path pdf = dir.resolve("packet.pdf");
    CliRun r =
        CliRun.run("packet", "examples/maria-hernandez/case.yaml", "-o", pdf.toString(), "-q");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEmpty();
    assertThat(pdf).exists();
  }

  @Test
  void quietStillShowsWhatFallsShort() {
    Path pdf = dir.resolve("packet.pdf");
    CliRun r =
        CliRun.run("packet", "examples/incomplete/case.yaml", "-o", pdf.toString(), "--quiet");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).contains("DRAFT");
    assertThat(r.err()).contains("DRAFT");
  }

  @Test
  void lintAskedForJsonReportsAMissingFileAsAJsonObject() throws Exception {
    Path missing = dir.resolve("missing.txt");
    CliRun r = CliRun.run("lint", "--format", "json", missing.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    JsonNode error = new ObjectMapper().readTree(r.out()).get("error");
    assertThat(error.get("exitCode").asInt()).isEqualTo(3);
    assertThat(error.get("message").asText()).contains("missing.txt");
    assertThat(r.err()).contains("missing.txt");
  }

  @Test
  void lintInTextKeepsStandardOutputForTheReport() {
    CliRun r = CliRun.run("lint", dir.resolve("missing.txt").toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(r.out()).isEmpty();
  }
}
