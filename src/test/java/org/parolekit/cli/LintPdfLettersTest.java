package org.parolekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lint} on the PDFs {@code letters} writes agrees with {@code validate} on the case. */
class LintPdfLettersTest {
  private static final String CASE = "examples/maria-hernandez/case.yaml";
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dir;
  private static Path out;

  @BeforeAll
  static void writeTheLetters() {
    out = dir.resolve("letters");
    CliRun letters = CliRun.run("letters", CASE, "-o", out.toString(), "--file-format", "pdf,txt");
    assertThat(letters.exitCode()).as(letters.toString()).isZero();
  }

  @Test
  void lintOnTheLettersPdfsGivesTheVerdictsOfValidateAndOfTheTextForm() throws IOException {
    CliRun validate = CliRun.run("validate", CASE, "--format", "json");
    Map<String, String> byValidate = new TreeMap<>();
    for (JsonNode letter : JSON.readTree(validate.out()).at("/files/0/letters")) {
      byValidate.put(letter.at("/file").asText(), statuses(letter));
    }
    CliRun pdf = CliRun.run(args(files(".pdf")));
    CliRun txt = CliRun.run(args(files(".txt")));
    Map<String, String> byPdf = byLetter(pdf);
    assertThat(byPdf).as(pdf.toString()).isEqualTo(byValidate);
    assertThat(byLetter(txt)).as(txt.toString()).isEqualTo(byValidate);
    JsonNode skipped = JSON.readTree(pdf.out()).at("/skipped");
    List<String> skippedFiles = new ArrayList<>();
    skipped.forEach(
        s -> skippedFiles.add(s.at("/document").asText() + " " + s.at("/file").asText()));
    assertThat(skippedFiles)
        .hasSize(7)
        .allMatch(
            s ->
                s.startsWith("writing-guide 1") && s.contains("-writing-guide-")
                    || s.startsWith("translation-certificate 0")
                        && s.contains("-translation-certificate-"));
    CliRun lettersOnly =
        CliRun.run(
            args(
                files(".pdf").stream()
                    .filter(
                        f -> !f.contains("writing-guide") && !f.contains("translation-certificate"))
                    .toList()));
    assertThat(pdf.exitCode()).isEqualTo(lettersOnly.exitCode());
  }

  @Test
  void evidenceQuotedFromAPdfIsAWholeSentence() throws IOException {
    Path sponsor = out.resolve("02-sponsor-letter-rosa-hernandez-diaz-en.pdf");
    CliRun r = CliRun.run("lint", "--format", "json", sponsor.toString());
    JsonNode letter = JSON.readTree(r.out()).at("/letters/0");
    List<String> evidence = new ArrayList<>();
    letter.at("/criteria").forEach(c -> c.at("/evidence").forEach(e -> evidence.add(e.asText())));
    assertThat(evidence)
        .as(r.toString())
        .contains(
            "I will drive her to every hearing and every ICE appointment, and I will make sure she"
                + " complies with every condition she is given.");
    assertThat(evidence)
        .noneMatch(
            e ->
                e.equals(
                    "Hernández López (A012-345-678), who is detained at Otay Mesa"
                        + " Detention Center."));
  }

  @Test
  void aWritingGuideIsSaidNotToBeALetterAndIsNotJudged() {
    Path guide = out.resolve("16-writing-guide-jennifer-morales-en.pdf");
    Path guideEs = out.resolve("15-writing-guide-ana-lucia-barrios-es.txt");
    Path certificate =
        out.resolve("03-translation-certificate-sponsor-letter-rosa-hernandez-diaz.pdf");
    CliRun r = CliRun.run("lint", guide.toString(), guideEs.toString(), certificate.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out())
        .contains(
            "16-writing-guide-jennifer-morales-en.pdf: not a letter (a writing guide written by"
                + " parolekit); skipped")
        .contains(
            "15-writing-guide-ana-lucia-barrios-es.txt: not a letter (a writing guide written by"
                + " parolekit); skipped")
        .contains(
            "03-translation-certificate-sponsor-letter-rosa-hernandez-diaz.pdf: not a letter"
                + " (a certificate of translation written by parolekit); skipped")
        .doesNotContain("case-merits", "identity");
  }

  @Test
  void theGuideRecognizedByItsTextNotItsName() throws IOException {
    Path renamed = dir.resolve("letter-from-jennifer.pdf");
    Files.copy(
        out.resolve("16-writing-guide-jennifer-morales-en.pdf"),
        renamed,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    CliRun r = CliRun.run("lint", renamed.toString());
    assertThat(r.out())
        .as(r.toString())
        .contains("letter-from-jennifer.pdf: not a letter (a writing guide");
    Path letterNamedGuide = dir.resolve("writing-guide.pdf");
    Files.copy(
        out.resolve("10-support-letter-jennifer-morales-en.pdf"),
        letterNamedGuide,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertThat(CliRun.run("lint", letterNamedGuide.toString()).out())
        .doesNotContain("not a letter");
  }

  @Test
  void thePacketIsNotALetter() {
    Path packet = dir.resolve("packet.pdf");
    CliRun made = CliRun.run("packet", CASE, "-o", packet.toString());
    assertThat(Files.exists(packet)).as(made.toString()).isTrue();
    CliRun r = CliRun.run("lint", packet.toString());
    assertThat(r.out())
        .as(r.toString())
        .contains("packet.pdf: not a letter (the pro se resource packet written by parolekit)");
    assertThat(r.exitCode()).isZero();
  }

  private static String[] args(List<String> files) {
    List<String> a = new ArrayList<>(List.of("lint", "--format", "json"));
    a.addAll(files);
    return a.toArray(String[]::new);
  }

  private static List<String> files(String suffix) throws IOException {
    try (Stream<Path> s = Files.list(out)) {
      return s.map(Path::toString).filter(p -> p.endsWith(suffix)).sorted().toList();
    }
  }

  private static Map<String, String> byLetter(CliRun r) throws IOException {
    Map<String, String> m = new TreeMap<>();
    for (JsonNode letter : JSON.readTree(r.out()).at("/letters")) {
      String file = letter.at("/file").asText();
      m.put(file.substring(0, file.lastIndexOf('.')), statuses(letter));
    }
    return m;
  }

  private static String statuses(JsonNode letter) {
    return letter.at("/criteria/identity/status").asText()
        + "/"
        + letter.at("/criteria/flightRisk/status").asText()
        + "/"
        + letter.at("/criteria/danger/status").asText();
  }
}
