package org.parolekit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parolekit.cli.ScriptedRun.lines;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parolekit.load.CaseFileException;
import org.parolekit.load.CaseLoader;
import org.parolekit.load.Problem;
import org.parolekit.model.CaseFile;

class InterviewCommandTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  /** Role (Enter keeps volunteer), name, organization. */
  static final String PREPARED_BY = lines("", "Sam Rivera", "");

  /** Every question of the person section, in order. */
  static final String PERSON =
      lines(
          "Ana",
          "López",
          "",
          "A123-456-789",
          "1990-01-02",
          "Guatemala",
          "Guatemalan",
          "she",
          "es",
          "",
          "Otay Mesa Detention Center",
          "san-diego",
          "",
          "");

  /** No sponsor, supporter, organization or attachment. */
  static final String NOTHING_MORE = lines("no", "", "", "");

  @TempDir Path dir;

  @Test
  void writesANewCaseFileThatTheStrictLoaderReads() throws IOException {
    Path file = dir.resolve("case.yaml");
    ScriptedRun run =
        ScriptedRun.run(PREPARED_BY + PERSON + NOTHING_MORE, "interview", file.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    CaseFile written = new CaseLoader(TODAY).load(file).caseFile();
    assertThat(written.person().fullName()).isEqualTo("Ana López");
    assertThat(written.person().aNumber().formatted()).isEqualTo("A123-456-789");
    assertThat(written.preparedBy().name()).isEqualTo("Sam Rivera");
    assertThat(written.sponsor()).isNull();
    assertThat(Files.readString(file)).startsWith("# yaml-language-server: $schema=");
    assertThat(run.terminal()).contains("Checking the case", "[no-sponsor]");
    assertThat(dir.toFile().list()).containsExactly("case.yaml");
  }

  @Test
  void asksABadANumberAgainWithTheMessageValidateGives() {
    Path file = dir.resolve("case.yaml");
    String person = PERSON.replace("A123-456-789\n", "A12\nA123-456-789\n");
    ScriptedRun run =
        ScriptedRun.run(PREPARED_BY + person + NOTHING_MORE, "interview", file.toString());

    Problem expected = loaderProblemFor("A12");
    assertThat(run.terminal())
        .contains("! " + sentence(expected.message()) + ". " + sentence(expected.hint()));
    assertThat(run.terminal())
        .containsSubsequence("A-number: ", "! ", "A-number: ", "Date of birth");
    assertThat(new CaseLoader(TODAY).load(file).caseFile().person().aNumber().formatted())
        .isEqualTo("A123-456-789");
  }

  @Test
  void asksAnImpossibleDateAndAnUnknownFieldOfficeAgain() {
    Path file = dir.resolve("case.yaml");
    String person =
        PERSON
            .replace("1990-01-02\n", "1990-02-30\n1990-01-02\n")
            .replace("san-diego\n", "san diago\nSan Diego\n");
    ScriptedRun run =
        ScriptedRun.run(PREPARED_BY + person + NOTHING_MORE, "interview", file.toString());

    assertThat(run.terminal())
        .contains("! Is not a real date. Check the month (01 to 12) and the day of the month");
    assertThat(run.terminal())
        .contains("! Unknown value \"san diago\". Did you mean \"san-diego\"?");
    assertThat(
            new CaseLoader(TODAY)
                .load(file)
                .caseFile()
                .person()
                .detention()
                .fieldOffice()
                .displayName())
        .isEqualTo("San Diego");
  }

  @Test
  void endOfInputMidInterviewKeepsTheLastCompleteFileAndSaysHowToGoOn() {
    Path file = dir.resolve("case.yaml");
    ScriptedRun run =
        ScriptedRun.run(
            PREPARED_BY + PERSON + lines("yes", "Rosa Hernández"), "interview", file.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(130);
    CaseFile kept = new CaseLoader(TODAY).load(file).caseFile();
    assertThat(kept.person().fullName()).isEqualTo("Ana López");
    assertThat(kept.sponsor()).isNull();
    assertThat(run.terminal())
        .contains(
            "parolekit interview "
                + file
                + " --section sponsor,supporters,organization,attachments");
  }

  @Test
  void theHintToGoOnNamesTheCommandAsTheLauncherWasStarted() {
    Path file = dir.resolve("case.yaml");
    ScriptedRun run =
        ScriptedRun.run(
            java.util.Map.of("PAROLEKIT_NAME", "bin/parolekit"),
            PREPARED_BY + PERSON + lines("yes", "Rosa Hernández"),
            "interview",
            file.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(130);
    assertThat(run.terminal())
        .contains(
            "bin/parolekit interview "
                + file
                + " --section sponsor,supporters,organization,attachments");
  }

  @Test
  void endOfInputBeforeAnythingIsCompleteSavesNothing() {
    Path file = dir.resolve("case.yaml");
    ScriptedRun run =
        ScriptedRun.run(PREPARED_BY + lines("Ana", "López"), "interview", file.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(130);
    assertThat(file).doesNotExist();
    assertThat(run.terminal()).contains("nothing was saved");
  }

  @Test
  void endOfInputWhileFixingASectionLeavesTheFileByteForByte() throws IOException {
    Path file = copyOf("emmanuel-tabi");
    byte[] before = Files.readAllBytes(file);

    ScriptedRun run =
        ScriptedRun.run(
            lines("Emmanuel", "Tabi"), "interview", file.toString(), "--section", "person");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(130);
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(run.terminal()).contains("--section person");
  }

  @Test
  void addsASupporterToAnExistingFileKeepingEverythingElse() throws IOException {
    Path file = copyOf("emmanuel-tabi");
    CaseFile before = new CaseLoader(TODAY).load(file).caseFile();
    String supporter =
        lines(
            "yes",
            "Ama Ndip",
            "friend",
            "neighbor in Bamenda",
            "2010",
            "teacher",
            "",
            "",
            "",
            "",
            "",
            "no");

    ScriptedRun run = ScriptedRun.run(supporter + lines("", ""), "interview", file.toString());

    CaseFile after = new CaseLoader(TODAY).load(file).caseFile();
    assertThat(after.supporters()).hasSize(2);
    assertThat(after.supporters().get(0)).isEqualTo(before.supporters().get(0));
    assertThat(after.supporters().get(1).name()).isEqualTo("Ama Ndip");
    assertThat(after.person()).isEqualTo(before.person());
    assertThat(after.sponsor()).isEqualTo(before.sponsor());
    assertThat(Files.readString(file))
        .startsWith("# yaml-language-server: $schema=../parolekit-case.schema.json");
    assertThat(run.terminal()).contains("parolekit coach " + file + " --writer \"Ama Ndip\"");
  }

  @Test
  void goingThroughASectionWithEnterKeepsIt() throws IOException {
    Path file = copyOf("emmanuel-tabi");
    CaseFile before = new CaseLoader(TODAY).load(file).caseFile();

    ScriptedRun run =
        ScriptedRun.run("\n".repeat(60), "interview", file.toString(), "--section", "sponsor");

    assertThat(run.terminal()).contains("[Grace Fon Ashu]", "[cousin]", "[citizen]");
    assertThat(new CaseLoader(TODAY).load(file).caseFile()).isEqualTo(before);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"maria-hernandez", "emmanuel-tabi", "incomplete"})
  void goingThroughEverySectionWithEnterLeavesTheFileByteForByte(String example)
      throws IOException {
    Path file = copyOf(example);
    byte[] before = Files.readAllBytes(file);

    ScriptedRun run =
        ScriptedRun.run(
            "\n".repeat(200),
            "interview",
            file.toString(),
            "--section",
            "prepared-by,person,sponsor,supporters,organization,attachments");

    assertThat(run.terminal()).as(run.toString()).contains("== ");
    assertThat(Files.readAllBytes(file))
        .as("the file is not rewritten when no answer changed")
        .isEqualTo(before);
  }

  @Test
  void changingOneAnswerChangesItsLineAndKeepsTheUsersComments() throws IOException {
    Path file = copyOf("emmanuel-tabi");
    String original =
        Files.readString(file)
            .replace(
                "  otherLanguages:", "  # He also understands some Bakweri.\n  otherLanguages:")
            .replace("  phone: (323) 555-0191", "  phone: (323) 555-0191   # after 6 pm");
    Files.writeString(file, original);
    // Enter through the person's questions up to "Other languages", which changes.
    String answers =
        "\n".repeat(9) + lines("Cameroonian Pidgin English, French, Bakweri") + "\n".repeat(30);

    ScriptedRun run = ScriptedRun.run(answers, "interview", file.toString(), "--section", "person");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    String after = Files.readString(file);
    assertThat(new CaseLoader(TODAY).load(file).caseFile().person().otherLanguages())
        .containsExactly("Cameroonian Pidgin English", "French", "Bakweri");
    assertThat(after)
        .contains(
            "  # He also understands some Bakweri.\n",
            "  phone: (323) 555-0191   # after 6 pm\n",
            "# An English-speaking person with an English-speaking sponsor who is a US citizen.\n");
    java.util.List<String> gone =
        original.lines().filter(l -> !after.lines().toList().contains(l)).toList();
    assertThat(gone)
        .as("lines the edit replaced")
        .allMatch(l -> l.contains("otherLanguages") || l.contains("aNumber"));
    assertThat(gone).anyMatch(l -> l.contains("otherLanguages"));
  }

  @Test
  void asksInSpanish() {
    Path file = dir.resolve("caso.yaml");
    String person = PERSON.replace("1990-01-02\n", "1990-02-30\n1990-01-02\n");
    ScriptedRun run =
        ScriptedRun.run(
            PREPARED_BY + person + lines("no", "", "", ""),
            "interview",
            file.toString(),
            "--lang",
            "es");

    assertThat(run.terminal())
        .contains("! No es una fecha real. Revise el mes (de 01 a 12) y el día del mes");
    assertThat(run.terminal())
        .contains(
            "La persona detenida",
            "Número A",
            "Fecha de nacimiento (DD/MM/AAAA o AAAA-MM-DD)",
            "¿Hay una persona que patrocina",
            "[sí]",
            "Revisión del caso");
    assertThat(new CaseLoader(TODAY).load(file).caseFile().person().languages()).hasSize(1);
  }

  @Test
  void aBadANumberIsExplainedInSpanish() {
    Path file = dir.resolve("caso.yaml");
    String person = PERSON.replace("A123-456-789\n", "A12\nA123-456-789\n");
    ScriptedRun run =
        ScriptedRun.run(
            PREPARED_BY + person + lines("no", "", "", ""),
            "interview",
            file.toString(),
            "--lang",
            "es");
    assertThat(run.terminal())
        .contains(
            "! Un número A tiene 8 o 9 dígitos; este tiene 2. Revise el número en los papeles de la"
                + " persona");
  }

  @Test
  void refusesToGuessTheFileWhenAnswersComeFromAScript() {
    ScriptedRun run = ScriptedRun.run("", "interview");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains("name the case file");
  }

  @Test
  void rejectsAnUnknownSection() {
    ScriptedRun run =
        ScriptedRun.run("", "interview", dir.resolve("c.yaml").toString(), "--section", "sponsors");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("unknown section \"sponsors\"");
  }

  @Test
  void reportsAnExistingFileThatDoesNotLoadLikeValidate() throws IOException {
    Path file = dir.resolve("case.yaml");
    Files.writeString(file, "persn:\n  givenNames: Ana\n");
    byte[] before = Files.readAllBytes(file);

    ScriptedRun run = ScriptedRun.run("", "interview", file.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err())
        .contains("case.yaml:1:1: persn: unknown key \"persn\". did you mean \"person\"?");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void neverShowsTheAnswersOfAScriptedRun() {
    Path file = dir.resolve("case.yaml");
    ScriptedRun run =
        ScriptedRun.run(PREPARED_BY + PERSON + NOTHING_MORE, "interview", file.toString());
    assertThat(run.terminal() + run.out() + run.err()).doesNotContain("123-456-789", "1990-01-02");
  }

  /** The text with its first letter a capital, as the interview starts each sentence. */
  private static String sentence(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private Problem loaderProblemFor(String aNumber) {
    Path probe = dir.resolve("probe").resolve("case.yaml");
    try {
      Files.createDirectories(probe.getParent());
      Files.writeString(
          probe,
          """
          person:
            givenNames: Ana
            familyNames: López
            aNumber: %s
            dateOfBirth: 1990-01-02
            countryOfBirth: Guatemala
            nationality: Guatemalan
            pronouns: she
            languages: [es]
            detention:
              facility: Otay Mesa Detention Center
              fieldOffice: san-diego
          preparedBy:
            role: volunteer
            name: Sam Rivera
          """
              .formatted(aNumber));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    CaseFileException[] thrown = new CaseFileException[1];
    assertThatThrownBy(() -> new CaseLoader(TODAY).load(probe))
        .isInstanceOfSatisfying(CaseFileException.class, e -> thrown[0] = e);
    return thrown[0].problems().get(0);
  }

  /** The example's case file with the attachments it names, in a folder of its own. */
  private Path copyOf(String example) throws IOException {
    return ExampleCopy.of(example, dir).caseFile();
  }
}
