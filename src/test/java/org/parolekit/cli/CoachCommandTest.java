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
import org.parolekit.model.Statements;

class CoachCommandTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  @TempDir Path dir;

  @Test
  void enterKeepsAWritersStatementsAndShowsTheCriteria() throws IOException {
    Path file = copyOf("emmanuel-tabi");
    CaseFile before = new CaseLoader(TODAY).load(file).caseFile();

    ScriptedRun run =
        ScriptedRun.run(
            lines("", "", "", ""), "coach", file.toString(), "--writer", "grace fon ashu");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.terminal())
        .contains(
            "Hello, Grace Fon Ashu",
            "identity: met",
            "not a flight risk: met",
            "not a danger: met");
    assertThat(new CaseLoader(TODAY).load(file).caseFile()).isEqualTo(before);
  }

  @Test
  void savesANewWritersAnswersAsStatements() throws IOException {
    Path file = copyOf("emmanuel-tabi");
    String answers =
        lines(
            "I am his neighbor and I have known Emmanuel since 2016, when he moved next door to me"
                + " in Bamenda.",
            "",
            "He will live with his cousin Grace in Los Angeles and she will drive him to every"
                + " hearing.",
            "Our church will help with rides to court.",
            "",
            "Emmanuel is a gentle, honest man who taught mathematics to children; he has never been"
                + " arrested.",
            "",
            "");

    ScriptedRun run =
        ScriptedRun.run(answers, "coach", file.toString(), "--writer", "Rev. Peter Ashu Nkwain");

    Statements saved = new CaseLoader(TODAY).load(file).caseFile().supporters().get(0).statements();
    assertThat(saved.relationship()).startsWith("I am his neighbor");
    assertThat(saved.appearance())
        .isEqualTo(
            "He will live with his cousin Grace in Los Angeles and she will drive him to every"
                + " hearing. Our church will help with rides to court.");
    assertThat(saved.character()).startsWith("Emmanuel is a gentle");
    assertThat(saved.more()).isNull();
    assertThat(run.terminal()).containsSubsequence("identity:", "not a flight risk:", "Saved");
  }

  @Test
  void warnsAtOnceAboutCaseMeritsAndAsksAgain() throws IOException {
    Path file = copyOf("emmanuel-tabi");
    String answers =
        lines(
            "He has a strong asylum case and he will win.",
            "",
            "yes",
            "I am his cousin and I have known him since he was born in 1991.",
            "",
            "",
            "",
            "");

    ScriptedRun run = ScriptedRun.run(answers, "coach", file.toString(), "--writer", "Grace");

    assertThat(run.terminal())
        .contains(
            "Only material prepared by an attorney or accredited representative may address the"
                + " merits");
    assertThat(run.terminal()).contains("\"He has a strong asylum case and he will win.\"");
    Statements saved = new CaseLoader(TODAY).load(file).caseFile().sponsor().statements();
    assertThat(saved.relationship()).startsWith("I am his cousin");
  }

  @Test
  void coachesInTheWritersLanguage() throws IOException {
    Path file = copyOfFolder("maria-hernandez");
    ScriptedRun run =
        ScriptedRun.run(
            lines("", "", "", ""), "coach", file.toString(), "--writer", "rosa hernandez diaz");

    assertThat(run.terminal()).contains("Hola, Rosa Hernández Díaz", "¿Dónde vivirá", "identidad:");
  }

  @Test
  void questionMarkAtAnAnswerGivesHelpInTheWritersLanguageAndKeepsTheFile() throws IOException {
    Path file = copyOfFolder("maria-hernandez");
    byte[] before = Files.readAllBytes(file);
    ScriptedRun run =
        ScriptedRun.run(
            lines("?", "", "", "", ""),
            "coach",
            file.toString(),
            "--writer",
            "rosa hernandez diaz");

    assertThat(run.terminal())
        .contains("Responda a las preguntas de arriba con sus propias palabras");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void endOfInputKeepsTheAnswersSavedSoFar() throws IOException {
    Path file = copyOf("emmanuel-tabi");
    ScriptedRun run =
        ScriptedRun.run(
            lines("I am his cousin and we grew up together in Bamenda.", ""),
            "coach",
            file.toString(),
            "--writer",
            "Grace Fon Ashu");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(130);
    assertThat(new CaseLoader(TODAY).load(file).caseFile().sponsor().statements().relationship())
        .isEqualTo("I am his cousin and we grew up together in Bamenda.");
    assertThat(run.terminal()).contains("run the coach again");
  }

  @Test
  void namesTheWritersWhenNoneMatches() throws IOException {
    Path file = copyOf("emmanuel-tabi");
    ScriptedRun run = ScriptedRun.run("", "coach", file.toString(), "--writer", "Nobody");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no letter writer", "Grace Fon Ashu", "Rev. Peter Ashu Nkwain");
  }

  /** The example's case file with the attachments it names, in a folder of its own. */
  private Path copyOf(String example) throws IOException {
    return ExampleCopy.of(example, dir).caseFile();
  }

  private Path copyOfFolder(String example) throws IOException {
    Path source = Path.of("examples");
    try (var paths = Files.walk(source)) {
      for (Path p : paths.toList()) {
        Path copy = dir.resolve("examples").resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(p, copy);
        }
      }
    }
    return dir.resolve("examples").resolve(example).resolve("case.yaml");
  }
}
