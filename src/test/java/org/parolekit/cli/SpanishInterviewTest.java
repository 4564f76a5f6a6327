package org.parolekit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parolekit.cli.ScriptedRun.lines;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parolekit.load.CaseLoader;
import org.parolekit.model.CaseFile;
import org.parolekit.model.DocumentLocation;
import org.parolekit.model.IdentityDocumentType;
import org.parolekit.model.ImmigrationStatus;
import org.parolekit.model.Pronouns;

/** The interview in Spanish, driven through the command line with answers typed by a script. */
class SpanishInterviewTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
  static final String PREPARED_BY = lines("voluntaria", "Sam Rivera", "");
  static final String NO_DOCUMENTS = lines("no");

  /** Supporters, organization, attachments: none. */
  static final String NOTHING_MORE = lines("", "", "");

  static final String NO_SPONSOR = lines("no") + NOTHING_MORE;

  @TempDir Path dir;

  /** The person section up to and including the question whether to add an identity document. */
  static String person(String pronouns, String dateOfBirth, String documents) {
    return lines(
            "Ana",
            "López",
            "",
            "A123-456-789",
            dateOfBirth,
            "Guatemala",
            "guatemalteca",
            pronouns,
            "español",
            "",
            "Otay Mesa Detention Center",
            "san-diego",
            "")
        + documents;
  }

  /** A sponsor with this status and, when asked, detail; then this street line or lines. */
  static String sponsor(String status, String detail, String street) {
    return lines("sí", "Rosa Hernández", "tía", "2010", status)
        + detail
        + street
        + lines(
            "",
            "Chula Vista",
            "CA",
            "91910",
            "",
            "(619) 555-0143",
            "",
            "",
            "",
            "",
            "",
            "sí",
            "sí",
            "sí",
            "sí",
            "no",
            "no",
            "");
  }

  private ScriptedRun interview(String input, String... more) {
    String[] args = new String[3 + more.length];
    args[0] = "interview";
    args[1] = dir.resolve("caso.yaml").toString();
    args[2] = "--lang=es";
    System.arraycopy(more, 0, args, 3, more.length);
    return ScriptedRun.run(input, args);
  }

  private CaseFile saved() {
    return new CaseLoader(TODAY).load(dir.resolve("caso.yaml")).caseFile();
  }

  @Test
  void spanishAnswersToEveryChoiceAreSavedAsTheCodes() throws IOException {
    String documents =
        lines(
            "sí",
            "Cédula",
            "",
            "con el patrocinador",
            "",
            "sí",
            "licencia de conducir",
            "",
            "en manos de ICE",
            "",
            "sí",
            "matricula consular",
            "",
            "con la persona",
            "",
            "sí",
            "otro",
            "",
            "Copia adjunta",
            "",
            "sí",
            "pasaporte",
            "",
            "en tramite",
            "",
            "no");
    ScriptedRun run = interview(PREPARED_BY + person("Ella", "1990-01-02", documents) + NO_SPONSOR);

    assertThat(run.terminal())
        .as(run.toString())
        .doesNotContain("valor desconocido", "Valor desconocido");
    CaseFile c = saved();
    assertThat(c.preparedBy().role().yamlName()).isEqualTo("volunteer");
    assertThat(c.person().pronouns()).isEqualTo(Pronouns.SHE);
    assertThat(c.person().identityDocuments())
        .extracting(d -> d.type())
        .containsExactly(
            IdentityDocumentType.NATIONAL_ID,
            IdentityDocumentType.DRIVERS_LICENSE,
            IdentityDocumentType.CONSULAR_ID,
            IdentityDocumentType.OTHER,
            IdentityDocumentType.PASSPORT);
    assertThat(c.person().identityDocuments())
        .extracting(d -> d.location())
        .containsExactly(
            DocumentLocation.WITH_SPONSOR,
            DocumentLocation.WITH_ICE,
            DocumentLocation.WITH_PERSON,
            DocumentLocation.COPY_ATTACHED,
            DocumentLocation.BEING_OBTAINED);
    assertThat(Files.readString(dir.resolve("caso.yaml")))
        .contains(
            "role: volunteer", "pronouns: she", "type: national-id", "location: with-sponsor");
  }

  @Test
  void theCodesAreStillAccepted() {
    ScriptedRun run =
        interview(
            lines("volunteer", "Sam Rivera", "")
                + person(
                    "she", "1990-01-02", lines("sí", "consular-id", "", "with-person", "", "no"))
                + NO_SPONSOR);

    assertThat(run.terminal()).as(run.toString()).doesNotContain("No es una de las opciones");
    assertThat(saved().person().identityDocuments().get(0).type())
        .isEqualTo(IdentityDocumentType.CONSULAR_ID);
    assertThat(saved().person().identityDocuments().get(0).location())
        .isEqualTo(DocumentLocation.WITH_PERSON);
  }

  @Test
  void choicesAreShownInSpanish() {
    ScriptedRun run =
        interview(
            PREPARED_BY
                + person(
                    "ella", "1990-01-02", lines("sí", "pasaporte", "", "con la persona", "", "no"))
                + NO_SPONSOR);

    assertThat(run.terminal())
        .contains(
            "Su función (persona voluntaria, abogado o abogada, representante acreditado, la propia"
                + " persona) [persona voluntaria]:",
            "Pronombres (ella, él, neutro):",
            "Tipo de documento (pasaporte, cédula de identidad, acta de nacimiento, matrícula"
                + " consular, licencia de conducir, otro):",
            "¿Dónde está ahora? (en manos de ICE, con el patrocinador, con la persona, copia"
                + " adjunta, en trámite):",
            "Idiomas de los documentos para la persona (inglés, español) [español]:");
    assertThat(run.terminal()).doesNotContain("(volunteer", "consular-id,", "with-sponsor,");
  }

  @Test
  void anAnswerThatIsNoChoiceListsTheChoicesInSpanishWithCapitals() {
    ScriptedRun run =
        interview(PREPARED_BY + person("xyz\nella", "1990-01-02", NO_DOCUMENTS) + NO_SPONSOR);

    assertThat(run.terminal())
        .contains("! No es una de las opciones. Escriba una de estas: ella, él, neutro.");
    assertThat(saved().person().pronouns()).isEqualTo(Pronouns.SHE);
  }

  @Test
  void theLoadersMessagesStartEverySentenceWithACapital() {
    String person =
        person("ella", "1990-01-02", NO_DOCUMENTS).replace("san-diego\n", "san diago\nsan-diego\n");
    ScriptedRun run = interview(PREPARED_BY + person + NO_SPONSOR);

    assertThat(run.terminal())
        .contains(
            "! Valor desconocido \"san diago\". ¿Quiso decir \"san-diego\"? Escriba uno de estos:");
  }

  @Test
  void questionMarkAtAYesNoQuestionGivesHelpAndAsksAgain() {
    String person = person("ella", "1990-01-02", lines("?", "no"));
    ScriptedRun run =
        interview(PREPARED_BY + person.replaceFirst("López\n\n", "López\n?\n\n") + NO_SPONSOR);

    assertThat(run.terminal())
        .as(run.toString())
        .doesNotContain("debe ser sí o no", "Debe ser sí o no");
    assertThat(run.terminal())
        .containsSubsequence(
            "¿Los registros de ICE escriben el nombre de otra forma? [no]: ", "Responda sí o no",
            "¿Los registros de ICE escriben el nombre de otra forma? [no]: ", "Número A");
    assertThat(run.terminal())
        .containsSubsequence(
            "¿Agregar un documento de identidad",
            "Responda sí o no",
            "¿Agregar un documento de identidad");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
  }

  @Test
  void questionMarkAtFreeTextAndAtAChoiceGivesHelpInSpanish() {
    String person =
        person("?\nella", "1990-01-02", NO_DOCUMENTS)
            .replace("guatemalteca\n", "?\nguatemalteca\n");
    ScriptedRun run = interview(PREPARED_BY + person + NO_SPONSOR);

    assertThat(run.terminal())
        .containsSubsequence(
            "Nacionalidad: ", "La nacionalidad (por ejemplo, hondureña).", "Nacionalidad: ");
    assertThat(run.terminal())
        .contains(
            "Opciones (entre paréntesis, cómo queda en el expediente): ella (she), él (he), neutro"
                + " (they).");
    assertThat(saved().person().nationality()).isEqualTo("guatemalteca");
  }

  @Test
  void anUnambiguousDayFirstDateIsTaken() {
    ScriptedRun run =
        interview(PREPARED_BY + person("ella", "14/08/1996", NO_DOCUMENTS) + NO_SPONSOR);

    assertThat(run.terminal()).as(run.toString()).doesNotContain("AAAA-MM-DD. ");
    assertThat(saved().person().dateOfBirth()).isEqualTo(LocalDate.of(1996, 8, 14));
  }

  @Test
  void anAmbiguousDateAsksWhichNumberIsTheDayWithoutShowingTheDate() {
    ScriptedRun run =
        interview(PREPARED_BY + person("ella", "03/04/1996\n?\n", NO_DOCUMENTS) + NO_SPONSOR);

    assertThat(run.terminal()).contains("¿El primer número es el día o el mes? (día/mes) [día]: ");
    assertThat(run.terminal()).doesNotContain("1996");
    assertThat(saved().person().dateOfBirth()).isEqualTo(LocalDate.of(1996, 4, 3));
  }

  @Test
  void inEnglishAnAmbiguousDateIsMonthFirstByDefault() {
    ScriptedRun run =
        ScriptedRun.run(
            InterviewCommandTest.PREPARED_BY
                + InterviewCommandTest.PERSON.replace("1990-01-02", "03/04/1996\n")
                + InterviewCommandTest.NOTHING_MORE,
            "interview",
            dir.resolve("caso.yaml").toString());

    assertThat(run.terminal())
        .contains("Is the first number the day or the month? (day/month) [month]: ");
    assertThat(saved().person().dateOfBirth()).isEqualTo(LocalDate.of(1996, 3, 4));
  }

  @Test
  void aCitizenSponsorIsNotAskedForStatusDetails() {
    ScriptedRun run =
        interview(
            PREPARED_BY
                + person("ella", "1990-01-02", NO_DOCUMENTS)
                + sponsor("ciudadana", "", lines("1420 Calle Ocho"))
                + NOTHING_MORE);

    assertThat(run.terminal()).as(run.toString()).doesNotContain("Detalle del estatus");
    assertThat(saved().sponsor().immigrationStatus()).isEqualTo(ImmigrationStatus.CITIZEN);
    assertThat(saved().sponsor().address().street()).isEqualTo("1420 Calle Ocho");
  }

  @Test
  void anOtherStatusIsAskedForItsDetails() {
    interview(
        PREPARED_BY
            + person("ella", "1990-01-02", NO_DOCUMENTS)
            + sponsor("otro", lines("TPS"), lines("1420 Calle Ocho"))
            + NOTHING_MORE);

    assertThat(saved().sponsor().statusDetail()).isEqualTo("TPS");
  }

  @Test
  void aPostOfficeBoxAsTheSponsorsStreetIsQuestioned() {
    ScriptedRun run =
        interview(
            PREPARED_BY
                + person("ella", "1990-01-02", NO_DOCUMENTS)
                + sponsor("ciudadana", "", lines("Apartado postal 12", "no", "1420 Calle Ocho"))
                + NOTHING_MORE);

    assertThat(run.terminal())
        .containsSubsequence(
            "Calle y número: ",
            "! Un apartado postal (PO Box) no sirve: ICE necesita la dirección física donde vivirá"
                + " la persona.",
            "¿Guardar esta dirección de todos modos? [no]: ",
            "Calle y número: ");
    assertThat(saved().sponsor().address().street()).isEqualTo("1420 Calle Ocho");
  }

  @Test
  void aPostOfficeBoxIsKeptWhenConfirmed() {
    ScriptedRun run =
        ScriptedRun.run(
            InterviewCommandTest.PREPARED_BY
                + InterviewCommandTest.PERSON
                + lines(
                    "yes",
                    "Rosa Hernández",
                    "aunt",
                    "2010",
                    "citizen",
                    "PO Box 12",
                    "yes",
                    "",
                    "Chula Vista",
                    "CA",
                    "91910",
                    "",
                    "(619) 555-0143",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "yes",
                    "yes",
                    "yes",
                    "yes",
                    "no",
                    "no",
                    "")
                + lines("", "", ""),
            "interview",
            dir.resolve("caso.yaml").toString());

    assertThat(run.terminal())
        .contains(
            "! A PO box will not do: ICE needs the physical address where the person will live.");
    assertThat(saved().sponsor()).as(run.toString()).isNotNull();
    assertThat(saved().sponsor().address().street()).isEqualTo("PO Box 12");
  }

  @Test
  void enterOnTheBeginningOfSeveralChoicesListsThemAndAsksAgain() {
    String person =
        person("ella", "1990-01-02", NO_DOCUMENTS).replace("san-diego\n", "san-\nsan diego\n");
    ScriptedRun run = interview(PREPARED_BY + person + NO_SPONSOR);

    assertThat(run.terminal())
        .contains(
            "! Escriba la respuesta completa; empiezan así: san-antonio, san-diego,"
                + " san-francisco.");
    assertThat(run.terminal()).doesNotContain("Valor desconocido \"san-\"");
    assertThat(saved().person().detention().fieldOffice().yamlName()).isEqualTo("san-diego");
  }

  @Test
  void theWordingReadsAsSpanish() {
    ScriptedRun run =
        interview(PREPARED_BY + person("ella", "1990-01-02", NO_DOCUMENTS) + NO_SPONSOR);

    assertThat(run.terminal())
        .contains(
            "Su organización (si pertenece a una):",
            "se hace responsable de que la persona asista");
    assertThat(run.terminal())
        .doesNotContain("si tiene:", "responde de que", "Entrevista detenida");
  }
}
