package org.parolekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  @TempDir Path dir;

  @Test
  void theCompleteExamplesPass() {
    CliRun r = CliRun.run("validate", "examples/maria-hernandez/case.yaml", "examples/emmanuel-tabi/case.yaml");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("maria-hernandez/case.yaml: ok", "emmanuel-tabi/case.yaml: ok");
  }

  @Test
  void theIncompleteExampleFallsShortWithFindingsAndHints() {
    CliRun r = CliRun.run("validate", "examples/incomplete/case.yaml");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.out())
        .contains("falls short")
        .contains("[sponsor-po-box] sponsor.address")
        .contains("[missing-translation] sponsor.translation")
        .contains("[no-words] supporters[1].statements")
        .contains("-> give the street address");
    assertThat(r.out()).doesNotContain("4471");
  }

  @Test
  void anInvalidFileExitsWithTheInputCodeAndLocatesEveryProblem() throws Exception {
    Path f = dir.resolve("case.yaml");
    Files.writeString(f, "person:\n  givenNames: Ana\nsponser: {}\n");
    CliRun r = CliRun.run("validate", f.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(r.out()).contains(f + ":3:1: sponser: unknown key \"sponser\". did you mean \"sponsor\"?");
    assertThat(r.out()).contains(f + ":1:1: preparedBy: is missing");
  }

  @Test
  void aMissingFileIsAnInputError() {
    CliRun r = CliRun.run("validate", dir.resolve("nope.yaml").toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(r.out()).contains("nope.yaml", "not found");
  }

  @Test
  void theWorstOutcomeDecidesTheExitCode() throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "[1, 2]\n");
    CliRun r = CliRun.run("validate", "examples/incomplete/case.yaml", bad.toString(), "examples/maria-hernandez/case.yaml");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
  }

  @Test
  void strictAlsoFailsOnWarnings() {
    CliRun lenient = CliRun.run("validate", "examples/emmanuel-tabi/case.yaml");
    assertThat(lenient.exitCode()).as(lenient.toString()).isZero();
    Path noDocs = Path.of("examples/incomplete/case.yaml");
    assertThat(CliRun.run("validate", "--strict", noDocs.toString()).exitCode()).isEqualTo(1);
  }

  @Test
  void jsonIsParseableAndStable() throws Exception {
    CliRun r = CliRun.run("validate", "--format", "json", "examples/incomplete/case.yaml", "examples/maria-hernandez/case.yaml");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.at("/files/0/status").asText()).isEqualTo("findings");
    assertThat(root.at("/files/0/findings/0/severity").asText()).isEqualTo("error");
    assertThat(root.at("/files/0/findings/0/code").asText()).isEqualTo("sponsor-po-box");
    assertThat(root.at("/files/1/status").asText()).isEqualTo("ok");
    assertThat(root.at("/summary/files").asInt()).isEqualTo(2);
    assertThat(root.at("/summary/fallShort").asInt()).isEqualTo(1);
  }

  @Test
  void noColorMeansNoEscapeCodes() {
    CliRun r = CliRun.run(Map.of("NO_COLOR", "1"), "validate", "examples/incomplete/case.yaml");
    assertThat(r.out()).doesNotContain("\u001b[");
  }
}
