package org.parolekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  @TempDir Path dir;

  @Test
  void theCompleteExamplesPass() {
    CliRun r =
        CliRun.run(
            "validate",
            "--no-letters",
            "examples/maria-hernandez/case.yaml",
            "examples/emmanuel-tabi/case.yaml");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("maria-hernandez/case.yaml: ok", "emmanuel-tabi/case.yaml: ok");
  }

  @Test
  void theIncompleteExampleFallsShortWithFindingsAndHints() {
    CliRun r = CliRun.run("validate", "--no-letters", "examples/incomplete/case.yaml");
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
    assertThat(r.out())
        .contains(f + ":3:1: sponser: unknown key \"sponser\". did you mean \"sponsor\"?");
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
    CliRun r =
        CliRun.run(
            "validate",
            "examples/incomplete/case.yaml",
            bad.toString(),
            "examples/maria-hernandez/case.yaml");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
  }

  @Test
  void strictAlsoFailsOnWarnings() throws Exception {
    Path caseFile = meritsCase("attorney");
    CliRun lenient = CliRun.run(Map.of("NO_COLOR", "1"), "validate", caseFile.toString());
    assertThat(lenient.exitCode()).as(lenient.toString()).isZero();
    assertThat(lenient.out()).contains(": ok (0 errors, 1 warning; 0 of 2 letters fall short)");
    CliRun strict =
        CliRun.run(Map.of("NO_COLOR", "1"), "validate", "--strict", caseFile.toString());
    assertThat(strict.exitCode()).as(strict.toString()).isEqualTo(1);
    assertThat(strict.out())
        .contains(": falls short (0 errors, 1 warning; 1 of 2 letters fall short)");
  }

  @Test
  void jsonIsParseableAndStable() throws Exception {
    CliRun r =
        CliRun.run(
            "validate",
            "--no-letters",
            "--format",
            "json",
            "examples/incomplete/case.yaml",
            "examples/maria-hernandez/case.yaml");
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
  void aCaseWhoseLettersAllMakeTheThreePointsPasses() {
    CliRun r = CliRun.run(Map.of("NO_COLOR", "1"), "validate", "examples/emmanuel-tabi/case.yaml");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out())
        .contains("emmanuel-tabi/case.yaml: ok (0 errors, 0 warnings; 0 of 2 letters fall short)");
  }

  @Test
  void anOrganizationsLetterIsCheckedButHeldToNoCriterion() throws Exception {
    Path caseDir = dir.resolve("emmanuel");
    Files.createDirectories(caseDir);
    Files.copy(Path.of("examples/organization.yaml"), dir.resolve("organization.yaml"));
    Files.copy(Path.of("examples/organization-logo.png"), dir.resolve("organization-logo.png"));
    String yaml =
        Files.readString(Path.of("examples/emmanuel-tabi/case.yaml"))
            .replace(
                "preparedBy:",
                "organization:\n"
                    + "  profile: ../organization.yaml\n"
                    + "  contact: visits\n"
                    + "  since: 2026-06\n\n"
                    + "preparedBy:");
    Files.writeString(caseDir.resolve("case.yaml"), yaml);
    copyAttachments(caseDir);
    CliRun r = CliRun.run("validate", "--format", "json", caseDir.resolve("case.yaml").toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    JsonNode letters = new ObjectMapper().readTree(r.out()).at("/files/0/letters");
    assertThat(letters.findValuesAsText("writerKind"))
        .contains("sponsor", "supporter", "organization");
  }

  @Test
  void everyLetterIsRenderedAndCheckedForTheThreeCriteria() throws Exception {
    CliRun r = CliRun.run("validate", "--format", "json", "examples/maria-hernandez/case.yaml");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    JsonNode letters = new ObjectMapper().readTree(r.out()).at("/files/0/letters");
    assertThat(letters.size()).as(r.toString()).isGreaterThanOrEqualTo(8);
    for (JsonNode letter : letters) {
      assertThat(letter.at("/criteria").fieldNames())
          .toIterable()
          .containsExactly("identity", "flightRisk", "danger");
      assertThat(letter.at("/language").asText()).isIn("en", "es");
    }
    JsonNode sponsor = letters.get(0);
    assertThat(sponsor.at("/file").asText()).isEqualTo("01-sponsor-letter-rosa-hernandez-diaz-es");
    assertThat(sponsor.at("/criteria/identity/status").asText()).isEqualTo("met");
    assertThat(sponsor.at("/criteria/identity/evidence").toString())
        .contains("Soy la tía de María José");
    assertThat(sponsor.at("/criteria/identity/detections").findValuesAsText("detector"))
        .contains("identity.identifiers", "identity.relationship", "identity.acquaintance");
    List<JsonNode> jennifer = new ArrayList<>();
    letters.forEach(
        l -> {
          if (l.at("/writer").asText().equals("Jennifer Morales")) {
            jennifer.add(l);
          }
        });
    assertThat(jennifer).as(r.toString()).hasSize(1);
    assertThat(jennifer.get(0).at("/criteria/flightRisk/status").asText()).isEqualTo("met");
    assertThat(jennifer.get(0).at("/criteria/flightRisk/evidence").toString())
        .as("the writer's own address in the heading is not where the person will live")
        .doesNotContain("1187 Third Avenue");
  }

  @Test
  void aLetterArguingTheMeritsIsAnErrorUnlessAnAttorneyPreparedIt() throws Exception {
    CliRun volunteer =
        CliRun.run("validate", "--format", "json", meritsCase("volunteer").toString());
    assertThat(volunteer.exitCode()).as(volunteer.toString()).isEqualTo(1);
    assertThat(meritsSeverities(volunteer)).containsExactly("error");
    CliRun attorney = CliRun.run("validate", "--format", "json", meritsCase("attorney").toString());
    assertThat(attorney.exitCode()).as(attorney.toString()).isZero();
    assertThat(meritsSeverities(attorney)).as(attorney.toString()).containsExactly("warning");
  }

  /** The severity of every case-merits finding in a JSON report, letter by letter. */
  private static List<String> meritsSeverities(CliRun run) throws Exception {
    List<String> severities = new ArrayList<>();
    for (JsonNode letter : new ObjectMapper().readTree(run.out()).at("/files/0/letters")) {
      for (JsonNode f : letter.at("/findings")) {
        if (f.at("/code").asText().equals("case-merits")) {
          severities.add(f.at("/severity").asText());
        }
      }
    }
    return severities;
  }

  /**
   * The Emmanuel example with a sentence on the merits in the sponsor's letter, prepared by {@code
   * role}.
   */
  private Path meritsCase(String role) throws Exception {
    Path caseDir = dir.resolve(role);
    Files.createDirectories(caseDir);
    String merits =
        Files.readString(Path.of("examples/emmanuel-tabi/case.yaml"))
            .replace(
                "He has never been arrested or accused of any crime.",
                "He has never been arrested. He has a strong asylum case and will surely win his"
                    + " case in court.")
            .replace("role: volunteer", "role: " + role);
    Files.writeString(caseDir.resolve("case.yaml"), merits);
    copyAttachments(caseDir);
    return caseDir.resolve("case.yaml");
  }

  @Test
  void theHumanReportQuotesEvidenceAndGivesHintsInTheWritersLanguage() {
    CliRun r =
        CliRun.run(Map.of("NO_COLOR", "1"), "validate", "examples/maria-hernandez/case.yaml");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("0 of 9 letters fall short");
    assertThat(r.out())
        .contains("letters:", "07-support-letter-ana-lucia-barrios-es (es, Ana Lucía Barrios)");
    assertThat(r.out())
        .containsPattern("missing not a flight risk\\R\\s+-> Diga dónde vivirá la persona");
  }

  @Test
  void noColorMeansNoEscapeCodes() {
    CliRun r = CliRun.run(Map.of("NO_COLOR", "1"), "validate", "examples/incomplete/case.yaml");
    assertThat(r.out()).doesNotContain("\u001b[");
  }

  /** The attachments the Emmanuel example names, beside a modified copy of its case file. */
  private static void copyAttachments(Path caseDir) throws java.io.IOException {
    Path source = Path.of("examples/emmanuel-tabi/attachments");
    Files.createDirectories(caseDir.resolve("attachments"));
    try (var files = Files.list(source)) {
      for (Path f : files.toList()) {
        Files.copy(f, caseDir.resolve("attachments").resolve(f.getFileName().toString()));
      }
    }
  }
}
