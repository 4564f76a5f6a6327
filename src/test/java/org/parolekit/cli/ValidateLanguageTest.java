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

/** {@code validate --lang}: the whole report, headlines and hints, in the volunteer's language. */
class ValidateLanguageTest {
  private static final String INCOMPLETE = "examples/incomplete/case.yaml";
  private static final Map<String, String> NO_COLOR = Map.of("NO_COLOR", "1");

  @TempDir Path dir;

  @Test
  void inSpanishTheCaseFindingsTheLetterFindingsAndTheSummaryAreSpanish() {
    CliRun r = CliRun.run(NO_COLOR, "validate", "--lang", "es", INCOMPLETE);
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.out())
        .as(r.toString())
        .contains(
            "case.yaml: incompleto (7 errores, 12 avisos; cartas incompletas: 3 de 3)",
            "  cartas:",
            "error [sponsor-po-box] sponsor.address: la dirección del patrocinador es un apartado"
                + " postal.",
            "-> dé la dirección de la casa donde vive el patrocinador; ICE necesita un domicilio"
                + " fijo",
            "error [no-words] supporters[1].statements: Kevin Park (carta de apoyo) no tiene"
                + " declaraciones (statements) ni archivo de carta (letterFile).",
            "error [missing-translation] supporters[0].translation: Hermano Tomás Ixcoy (carta de"
                + " apoyo) escribe en español y el expediente no tiene la traducción al inglés.",
            "aviso [sponsor-no-transport-to-hearings] sponsor.commitments.transportToHearings: el"
                + " patrocinador no se compromete a llevar a la persona a cada audiencia.",
            "aviso [writer-no-contact] supporters[0]: Hermano Tomás Ixcoy (carta de apoyo) no da"
                + " ningún teléfono, correo electrónico ni dirección.",
            "error [sponsor-po-box] La carta del patrocinador da un apartado postal; ICE necesita"
                + " una dirección física.",
            "falta    sin peligro para la comunidad",
            "aviso [criterion-not-met-in-case] Ninguna carta del caso muestra del todo que la"
                + " persona no es un peligro para la comunidad.");
    // The English letter's hint too: the volunteer asked for Spanish.
    assertThat(r.out())
        .containsPattern(
            "03-support-letter-kevin-park-en \\(en, Kevin Park\\)\\R.*\\R"
                + "\\s+falta    sin riesgo de fuga\\R\\s+-> Diga dónde vivirá la persona");
    assertThat(r.out())
        .doesNotContain(
            "has no statements",
            "the sponsor's address is a PO box",
            "The sponsor letter gives a PO box",
            "writes in Spanish",
            "falls short",
            "warning",
            " errors",
            "not a danger",
            "Say where the person",
            "No letter in the case",
            "supporter ");
  }

  @Test
  void inSpanishACaseWithNoSponsorSaysSo() throws Exception {
    Path caseFile = dir.resolve("case.yaml");
    String yaml = Files.readString(Path.of(INCOMPLETE));
    Files.writeString(
        caseFile,
        yaml.substring(0, yaml.indexOf("sponsor:")) + yaml.substring(yaml.indexOf("supporters:")));
    CliRun es =
        CliRun.run(NO_COLOR, "validate", "--no-letters", "--lang", "es", caseFile.toString());
    assertThat(es.exitCode()).as(es.toString()).isEqualTo(1);
    assertThat(es.out())
        .contains(
            "error [no-sponsor] sponsor: el expediente no nombra a ningún patrocinador.",
            "-> agregue la sección sponsor: quien ofrece vivienda y apoyo, y llevará a la persona a"
                + " cada audiencia");
    assertThat(es.out()).doesNotContain("the case names no sponsor");
    CliRun en = CliRun.run(NO_COLOR, "validate", "--no-letters", caseFile.toString());
    assertThat(en.out())
        .as(en.toString())
        .contains("error [no-sponsor] sponsor: the case names no sponsor.");
  }

  @Test
  void byDefaultTheReportIsEnglishWithEachLettersHintsInItsWritersLanguage() {
    CliRun r = CliRun.run(NO_COLOR, "validate", INCOMPLETE);
    assertThat(r.out())
        .as(r.toString())
        .contains(
            "case.yaml: falls short (7 errors, 12 warnings; 3 of 3 letters fall short)",
            "sponsor.address: the sponsor's address is a PO box.",
            "supporters[1].statements: supporter Kevin Park has no statements and no letter file.",
            "error [sponsor-po-box] The sponsor letter gives a PO box; ICE needs a street address.",
            "-> Dé la dirección de la casa donde vive; no se acepta un apartado postal.");
  }

  @Test
  void inEnglishEvenASpanishLettersHintsAreEnglish() {
    CliRun r = CliRun.run(NO_COLOR, "validate", "--lang", "en", INCOMPLETE);
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.out())
        .contains(
            "error [sponsor-po-box] The sponsor letter gives a PO box; ICE needs a street address.",
            "-> Give the street address where you live; a PO box is not accepted.",
            "sponsor.address: the sponsor's address is a PO box.");
    assertThat(r.out()).doesNotContain("Dé la dirección", "Diga ", "incompleto");
  }

  @Test
  void jsonKeepsEveryCodeAndFieldAndCarriesTheMessagesInTheLanguageAskedFor() throws Exception {
    JsonNode en = json("validate", "--format", "json", INCOMPLETE);
    JsonNode es = json("validate", "--format", "json", "--lang", "es", INCOMPLETE);
    assertThat(codes(es)).isEqualTo(codes(en)).hasSizeGreaterThan(20);
    assertThat(es.at("/summary")).isEqualTo(en.at("/summary"));
    assertThat(es.at("/files/0/findings/0/code").asText()).isEqualTo("sponsor-po-box");
    assertThat(es.at("/files/0/findings/0/field").asText()).isEqualTo("sponsor.address");
    assertThat(es.at("/files/0/findings/0/message").asText())
        .isEqualTo("la dirección del patrocinador es un apartado postal");
    assertThat(en.at("/files/0/findings/0/message").asText())
        .isEqualTo("the sponsor's address is a PO box");
    assertThat(es.at("/files/0/letters/0/findings/0/message").asText())
        .isEqualTo(
            "La carta del patrocinador da un apartado postal; ICE necesita una dirección física.");
    assertThat(es.at("/files/0/letters/2/criteria/flightRisk/hint").asText())
        .startsWith("Diga dónde vivirá la persona");
  }

  @Test
  void inSpanishTheLoadersProblemsAreSpanish() throws Exception {
    Path f = dir.resolve("case.yaml");
    Files.writeString(f, "person:\n  givenNames: Ana\nsponser: {}\n");
    CliRun r =
        CliRun.run(
            NO_COLOR,
            "validate",
            "--lang",
            "es",
            f.toString(),
            dir.resolve("falta.yaml").toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(r.out())
        .contains(
            f + ": no se puede usar (",
            f + ":3:1: sponser: clave desconocida \"sponser\". ¿quiso decir \"sponsor\"?",
            "falta.yaml: no se puede usar (1 problema)",
            "falta.yaml: no se encuentra el archivo. revise la ruta y el nombre del archivo.");
    assertThat(r.out()).doesNotContain("cannot be used", "unknown key", "not found");
  }

  @Test
  void inSpanishAnOddCharacterInANameIsNamedInSpanish() throws Exception {
    ExampleCopy c =
        ExampleCopy.of("maria-hernandez", dir)
            .replace("givenNames: María José\n", "givenNames: María J\u043Ese\n");
    CliRun r =
        CliRun.run(NO_COLOR, "validate", "--no-letters", "--lang", "es", c.caseFile().toString());
    assertThat(r.out())
        .as(r.toString())
        .contains(
            "aviso [name-characters] person.givenNames: el nombre tiene caracteres que parecen otra"
                + " cosa: U+043E CYRILLIC SMALL LETTER O, una letra de otro alfabeto entre letras"
                + " del alfabeto latino.");
  }

  private static JsonNode json(String... args) throws Exception {
    CliRun r = CliRun.run(args);
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    return new ObjectMapper().readTree(r.out());
  }

  /** Every finding's code and field, and every letter finding's code, in report order. */
  private static List<String> codes(JsonNode root) {
    List<String> codes = new ArrayList<>();
    for (JsonNode file : root.at("/files")) {
      file.at("/findings")
          .forEach(f -> codes.add(f.at("/code").asText() + " " + f.at("/field").asText()));
      for (JsonNode letter : file.at("/letters")) {
        letter
            .at("/findings")
            .forEach(f -> codes.add(letter.at("/file").asText() + " " + f.at("/code").asText()));
        letter
            .at("/criteria")
            .fields()
            .forEachRemaining(
                e ->
                    codes.add(
                        letter.at("/file").asText()
                            + " "
                            + e.getKey()
                            + " "
                            + e.getValue().at("/status").asText()));
      }
      file.at("/letterFindings").forEach(f -> codes.add(f.at("/code").asText()));
    }
    return codes;
  }
}
