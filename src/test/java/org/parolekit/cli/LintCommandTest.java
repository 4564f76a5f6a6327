package org.parolekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {
  private static final String CORPUS = "src/test/resources/org/parolekit/check/corpus/";
  @TempDir Path dir;

  @Test
  void aStrongLetterPasses() {
    CliRun r =
        CliRun.run(
            "lint",
            "--person",
            "María José Hernández López",
            "--a-number",
            "A123456789",
            CORPUS + "en-sponsor-aunt-strong.txt");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out())
        .contains("met     identity", "met     not a flight risk", "met     not a danger");
  }

  @Test
  void aLetterArguingTheMeritsFailsUnlessAnAttorneyPreparedIt() {
    CliRun r = CliRun.run("lint", CORPUS + "en-sponsor-merits.txt");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).contains("error [case-merits]");
    CliRun attorney = CliRun.run("lint", "--attorney", CORPUS + "en-sponsor-merits.txt");
    assertThat(attorney.out()).doesNotContain("error [case-merits]");
  }

  @Test
  void jsonHasTheDocumentedShape() throws IOException {
    CliRun r =
        CliRun.run(
            "lint",
            "--format",
            "json",
            CORPUS + "en-sponsor-merits.txt",
            CORPUS + "en-acquaintance-weak-identity.txt");
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.at("/letters")).hasSize(2);
    JsonNode first = root.at("/letters/0");
    assertThat(first.at("/file").asText()).isEqualTo("en-sponsor-merits.txt");
    assertThat(first.at("/language").asText()).isEqualTo("en");
    assertThat(first.at("/criteria/identity/status").asText()).isEqualTo("met");
    assertThat(first.at("/criteria/identity/evidence").toString()).contains("A301-227-615");
    assertThat(first.at("/criteria/flightRisk/evidence").isArray()).isTrue();
    assertThat(first.at("/findings/0/severity").asText()).isEqualTo("error");
    assertThat(first.at("/findings/0/code").asText()).isEqualTo("case-merits");
    assertThat(root.at("/letters/1/criteria/flightRisk/status").asText()).isEqualTo("missing");
    assertThat(root.at("/letters/1/criteria/flightRisk/hint").asText()).isNotBlank();
    assertThat(root.at("/summary/letters").asInt()).isEqualTo(2);
  }

  @Test
  void aTransposedANumberIsReportedWithoutPrintingIt() {
    CliRun r =
        CliRun.run("lint", "--a-number", "A123-456-798", CORPUS + "en-sponsor-aunt-strong.txt");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.out())
        .containsIgnoringCase("a-number")
        .doesNotContain("456-798")
        .doesNotContain("456798");
  }

  @Test
  void anEightDigitANumberInTheLetterIsTheSameNumberWithItsLeadingZero() throws IOException {
    Path letter = dir.resolve("letter.txt");
    Files.writeString(
        letter,
        Files.readString(Path.of(CORPUS + "en-sponsor-aunt-strong.txt"))
            .replace("identity_because: María José Hernández López, A123-456-789\n", "")
            .replace(
                "Re: María José Hernández López, A123-456-789",
                "Re: María José Hernández López, A# 12345678"));
    CliRun r =
        CliRun.run(
            "lint",
            "--format",
            "json",
            "--person",
            "María José Hernández López",
            "--a-number",
            "A012-345-678",
            letter.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    JsonNode report = new ObjectMapper().readTree(r.out()).at("/letters/0");
    assertThat(report.at("/findings").findValuesAsText("code"))
        .as(r.toString())
        .doesNotContain("a-number-missing", "a-number-mismatch", "a-number-near-miss");
    assertThat(report.at("/criteria/identity/detections").toString()).contains("A# 12345678");
  }

  @Test
  void readsTheTextOfAPdfLetter() throws IOException {
    Path out = dir.resolve("letters");
    CliRun letters =
        CliRun.run("letters", "examples/emmanuel-tabi/case.yaml", "-o", out.toString());
    assertThat(letters.exitCode()).as(letters.toString()).isZero();
    Path sponsor;
    try (Stream<Path> s = Files.list(out)) {
      sponsor =
          s.filter(p -> p.getFileName().toString().startsWith("01-sponsor-letter"))
              .findFirst()
              .orElseThrow();
    }
    CliRun r =
        CliRun.run(
            "lint",
            "--person",
            "Emmanuel Tabi Ndip",
            "--a-number",
            "A214870355",
            "--writer",
            "sponsor",
            sponsor.toString());
    assertThat(r.out())
        .as(r.toString())
        .contains("met     identity")
        .doesNotContain("name-missing", "a-number-missing");
  }

  @Test
  void aScannedPdfWithoutTextIsAnInputError() throws Exception {
    Path scan = dir.resolve("scan.pdf");
    com.lowagie.text.Document doc = new com.lowagie.text.Document();
    com.lowagie.text.pdf.PdfWriter.getInstance(doc, Files.newOutputStream(scan));
    doc.open();
    doc.add(
        com.lowagie.text.Image.getInstance(
            new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB), null));
    doc.close();
    CliRun r = CliRun.run("lint", scan.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(r.err()).contains("scan.pdf");
  }

  @Test
  void aMalformedANumberOptionIsAUsageError() {
    CliRun r = CliRun.run("lint", "--a-number", "12", CORPUS + "en-sponsor-aunt-strong.txt");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("--a-number");
  }
}
