package org.parolekit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parolekit.cli.ScriptedRun.lines;
import static org.parolekit.cli.SpanishInterviewTest.NOTHING_MORE;
import static org.parolekit.cli.SpanishInterviewTest.NO_DOCUMENTS;
import static org.parolekit.cli.SpanishInterviewTest.NO_SPONSOR;
import static org.parolekit.cli.SpanishInterviewTest.PREPARED_BY;
import static org.parolekit.cli.SpanishInterviewTest.person;
import static org.parolekit.cli.SpanishInterviewTest.sponsor;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks of validate that close the interview speak the interview's language. */
class SpanishCheckupTest {
  @TempDir Path dir;

  private ScriptedRun interview(String input) {
    return ScriptedRun.run(input, "interview", dir.resolve("caso.yaml").toString(), "--lang=es");
  }

  @Test
  void theClosingChecksOfASpanishInterviewAreInSpanish() {
    ScriptedRun run =
        interview(PREPARED_BY + person("ella", "1990-01-02", NO_DOCUMENTS) + NO_SPONSOR);

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    String end = run.terminal().substring(run.terminal().indexOf("Revisión del caso"));
    assertThat(end)
        .as(run.toString())
        .contains(
            "error [no-sponsor] sponsor: el expediente no nombra a ningún patrocinador.",
            "-> agregue la sección sponsor: quien ofrece vivienda y apoyo, y llevará a la persona a"
                + " cada audiencia",
            "aviso [no-supporters] supporters: el expediente no tiene ninguna carta de apoyo aparte"
                + " de la del patrocinador.",
            "aviso [no-identity-document] person.identityDocuments: el expediente no menciona"
                + " ningún documento de identidad.");
    assertThat(end)
        .doesNotContain("the case names no sponsor", "no identity document is listed", "warning");
  }

  @Test
  void theLetterChecksThatCloseASpanishInterviewAreInSpanish() {
    ScriptedRun run =
        interview(
            PREPARED_BY
                + person("ella", "1990-01-02", NO_DOCUMENTS)
                + sponsor("ciudadana", "", lines("1420 Calle Ocho"))
                + NOTHING_MORE);

    String end = run.terminal().substring(run.terminal().indexOf("Revisión del caso"));
    assertThat(end)
        .as(run.toString())
        .contains(
            "error [no-words] sponsor.statements: el patrocinador no tiene declaraciones"
                + " (statements) ni archivo de carta (letterFile).",
            "identidad: cumplido, sin riesgo de fuga: cumplido, sin peligro para la comunidad:"
                + " falta",
            "error [missing-translation] La carta no está en inglés y no viene con una traducción"
                + " al inglés.",
            "aviso [criterion-not-met-in-case] Ninguna carta del caso muestra del todo que la"
                + " persona no es un peligro para la comunidad.");
    assertThat(end)
        .doesNotContain(
            "has no statements",
            "The letter",
            "The sponsor letter",
            "No letter in the case",
            "Say ",
            "Give ",
            "warning");
  }
}
