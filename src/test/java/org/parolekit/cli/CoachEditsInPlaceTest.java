package org.parolekit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parolekit.cli.ScriptedRun.lines;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parolekit.load.CaseLoader;
import org.parolekit.model.CaseFile;
import org.parolekit.model.LetterWriter;

/**
 * `coach` changes only what it edits: the rest of the user's file (comments, wrapping, order)
 * stays.
 */
class CoachEditsInPlaceTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  @TempDir Path dir;

  /** Every writer of every example who writes statements (a whole letter is not coached). */
  static Stream<Arguments> writers() {
    List<Arguments> all = new ArrayList<>();
    for (String example : List.of("maria-hernandez", "emmanuel-tabi", "incomplete")) {
      CaseFile c = new CaseLoader(TODAY).load(Path.of("examples", example, "case.yaml")).caseFile();
      List<LetterWriter> writers = new ArrayList<>();
      if (c.sponsor() != null) {
        writers.add(c.sponsor());
      }
      writers.addAll(c.supporters());
      writers.stream()
          .filter(w -> !w.wroteWholeLetter())
          .forEach(w -> all.add(Arguments.of(example, w.name())));
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("writers")
  void unchangedAnswersLeaveTheFileByteIdentical(String example, String writer) throws IOException {
    Path file = ExampleCopy.of(example, dir).caseFile();
    byte[] before = Files.readAllBytes(file);
    ScriptedRun run =
        ScriptedRun.run(lines("", "", "", "", ""), "coach", file.toString(), "--writer", writer);
    assertThat(run.exitCode()).as("a finished coaching, strong or not: " + run).isLessThan(2);
    assertThat(Files.readAllBytes(file)).as(run.toString()).isEqualTo(before);
  }

  @Test
  void oneChangedAnswerChangesOnlyItsEntry() throws IOException {
    Path file = ExampleCopy.of("maria-hernandez", dir).caseFile();
    List<String> before = Files.readAllLines(file);
    String answer =
        "María José vivirá conmigo en Chula Vista. La llevaré a cada audiencia y a cada cita con"
            + " ICE.";
    ScriptedRun run =
        ScriptedRun.run(
            lines("", answer, "", "", "", ""),
            "coach",
            file.toString(),
            "--writer",
            "Rosa Hernández Díaz");
    List<String> after = Files.readAllLines(file);

    int prefix = 0;
    while (prefix < before.size()
        && prefix < after.size()
        && before.get(prefix).equals(after.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < before.size() - prefix
        && suffix < after.size() - prefix
        && before.get(before.size() - 1 - suffix).equals(after.get(after.size() - 1 - suffix))) {
      suffix++;
    }
    List<String> removed = before.subList(prefix, before.size() - suffix);
    List<String> added = after.subList(prefix, after.size() - suffix);
    assertThat(removed).as(run.toString()).isNotEmpty();
    // Only the three lines of Rosa's old answer changed, under its own key.
    assertThat(before.get(prefix - 1)).isEqualTo("    appearance: >-");
    assertThat(removed).hasSize(3).allMatch(l -> l.startsWith("      "));
    assertThat(String.join(" ", added)).contains("vivirá conmigo en Chula Vista");
    assertThat(after.stream().filter(l -> l.strip().startsWith("#")).toList())
        .isEqualTo(before.stream().filter(l -> l.strip().startsWith("#")).toList());
    assertThat(new CaseLoader(TODAY).load(file).caseFile().sponsor().statements().appearance())
        .isEqualTo(answer);
    // Rosa writes in Spanish: her translation is out of date now, and the coach says so at once.
    assertThat(run.terminal())
        .contains(
            "la traducción al inglés ya no dice lo que usted escribió", "Daniel Ruiz Castillo");
    CliRun v = CliRun.run("validate", file.toString());
    assertThat(v.out() + v.err()).contains("translation-out-of-date");
  }
}
