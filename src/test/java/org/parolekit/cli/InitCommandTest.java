package org.parolekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parolekit init DIR}, and the way from it through validate to letters that the README
 * gives.
 */
class InitCommandTest {
  /**
   * Answers for the skeleton's blank lines, in the order the lines come: a case that falls short in
   * nothing.
   */
  private static final List<String[]> ANSWERS =
      List.of(
          new String[] {"givenNames", "Emmanuel"},
          new String[] {"familyNames", "Tabi Ndip"},
          new String[] {"aNumber", "A214870355"},
          new String[] {"dateOfBirth", "1991-03-02"},
          new String[] {"countryOfBirth", "Cameroon"},
          new String[] {"nationality", "Cameroonian"},
          new String[] {"pronouns", "he"},
          new String[] {"languages", "[en]"},
          new String[] {"facility", "Adelanto ICE Processing Center"},
          new String[] {"fieldOffice", "los-angeles"},
          new String[] {"name", "Grace Fon Ashu"},
          new String[] {"relationship", "cousin"},
          new String[] {"since", "1991"},
          new String[] {"immigrationStatus", "citizen"},
          new String[] {"street", "5318 West Slauson Avenue"},
          new String[] {"city", "Los Angeles"},
          new String[] {"state", "CA"},
          new String[] {"postalCode", "90056"},
          new String[] {"phone", "(323) 555-0191"},
          new String[] {"language", "en"},
          new String[] {"housing", "yes"},
          new String[] {"financialSupport", "yes"},
          new String[] {"transportToHearings", "yes"},
          new String[] {"ensureAppearance", "yes"},
          new String[] {
            "relationship",
            "Emmanuel is my first cousin; our mothers are sisters. We grew up in the same"
                + " compound in Bamenda and I have known him all his life. We speak every Sunday."
          },
          new String[] {
            "appearance",
            "Emmanuel will live with me and my husband in our apartment in Los Angeles. I will"
                + " provide his food and clothing, and I will drive him to every court hearing and"
                + " every ICE check-in. I will make sure he follows every condition of his release."
          },
          new String[] {
            "character",
            "Emmanuel is a quiet, kind man who taught mathematics to children for six years."
                + " He has never been arrested or accused of any crime."
          },
          new String[] {"role", "volunteer"},
          new String[] {"name", "Michael Brennan"});

  @TempDir Path dir;

  @Test
  void aNewFolderHoldsTheSkeletonAnEmptyAttachmentsFolderAndTheSteps() throws IOException {
    Path folder = dir.resolve("maria");
    CliRun r = CliRun.run("init", folder.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(folder.resolve("case.yaml")).isRegularFile();
    assertThat(folder.resolve("attachments")).isEmptyDirectory();
    assertThat(Files.readString(folder.resolve("README.txt")))
        .contains(
            "parolekit validate " + folder.resolve("case.yaml"),
            "parolekit letters",
            "parolekit packet");
    assertThat(r.out())
        .contains(
            "parolekit validate " + folder.resolve("case.yaml"),
            "parolekit letters " + folder.resolve("case.yaml") + " -o " + folder.resolve("out"),
            "parolekit packet "
                + folder.resolve("case.yaml")
                + " -o "
                + folder.resolve("packet.pdf"));
    assertThat(r.err()).isEmpty();
    try (Stream<Path> leftovers = Files.list(dir)) {
      assertThat(leftovers).containsExactly(folder);
    }
  }

  @Test
  void validateNamesEveryBlankLineOfTheSkeletonAsOneToFillIn() throws IOException {
    Path folder = dir.resolve("case");
    assertThat(CliRun.run("init", folder.toString()).exitCode()).isZero();
    CliRun r = CliRun.run("validate", folder.resolve("case.yaml").toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    String report = r.out() + r.err();
    assertThat(report).doesNotContain("YAML", "unknown key", "must be");
    assertThat(report)
        .contains(
            "person.givenNames: is required but empty. fill it in",
            "person.detention.fieldOffice: is required but empty",
            "sponsor.address.street: is required but empty",
            "preparedBy.name: is required but empty");
    assertThat(problemLines(report))
        .hasSize(ANSWERS.size() - 7)
        .allMatch(l -> l.contains("is required but empty"));
  }

  @Test
  void everyPartThatIsANoteStillLoadsWhenItsHashesAreRemoved() throws IOException {
    for (String language : List.of("en", "es")) {
      Path folder = dir.resolve("all-" + language);
      assertThat(CliRun.run("init", folder.toString(), "--lang", language).exitCode()).isZero();
      Path caseFile = folder.resolve("case.yaml");
      String uncommented =
          Files.readString(caseFile).replaceAll("(?m)^( *)# ?( *(- )?[A-Za-z]+:)", "$1$2");
      Files.writeString(caseFile, uncommented);
      CliRun r = CliRun.run("validate", caseFile.toString());
      List<String> problems = problemLines(r.out() + r.err());
      assertThat(problems)
          .as(r.toString())
          .hasSizeGreaterThan(ANSWERS.size() - 7)
          .anyMatch(l -> l.contains("supporters[0].name: is required but empty"))
          .allMatch(l -> l.contains("is required but empty") || l.contains("file not found"));
    }
  }

  @Test
  void theSkeletonFilledInValidatesAndGivesLetters() throws IOException {
    Path folder = dir.resolve("emmanuel");
    assertThat(CliRun.run("init", folder.toString()).exitCode()).isZero();
    fillIn(folder.resolve("case.yaml"));
    CliRun valid = CliRun.run("validate", folder.resolve("case.yaml").toString());
    assertThat(valid.exitCode()).as(valid.toString()).isZero();
    CliRun letters =
        CliRun.run(
            "letters",
            folder.resolve("case.yaml").toString(),
            "-o",
            folder.resolve("out").toString());
    assertThat(letters.exitCode()).as(letters.toString()).isZero();
    assertThat(folder.resolve("out/01-sponsor-letter-grace-fon-ashu-en.pdf")).isRegularFile();
  }

  @Test
  void inSpanishTheNotesAndStepsAreSpanishAndTheKeysTheSame() throws IOException {
    Path en = dir.resolve("en");
    Path es = dir.resolve("es");
    assertThat(CliRun.run("init", en.toString()).exitCode()).isZero();
    CliRun r = CliRun.run("init", es.toString(), "--lang", "es");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out())
        .contains("Próximos pasos", "Revíselo", "parolekit validate " + es.resolve("case.yaml"));
    assertThat(Files.readString(es.resolve("case.yaml")))
        .contains("Escriba cada respuesta", "patrocinador");
    assertThat(Files.readString(es.resolve("README.txt"))).contains("Próximos pasos");
    assertThat(fields(CliRun.run("validate", es.resolve("case.yaml").toString())))
        .isNotEmpty()
        .isEqualTo(fields(CliRun.run("validate", en.resolve("case.yaml").toString())));
    fillIn(es.resolve("case.yaml"));
    CliRun valid = CliRun.run("validate", es.resolve("case.yaml").toString());
    assertThat(valid.exitCode()).as(valid.toString()).isZero();
  }

  @Test
  void refusesAFolderThatHoldsAnythingAndChangesNothing() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("full"));
    Files.writeString(folder.resolve("notes.txt"), "mine");
    CliRun r = CliRun.run("init", folder.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(4);
    assertThat(r.err())
        .contains(folder + ": already exists and is not empty", "nothing was changed");
    assertThat(r.out()).isEmpty();
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).containsExactly(folder.resolve("notes.txt"));
    }
    assertThat(Files.readString(folder.resolve("notes.txt"))).isEqualTo("mine");
  }

  @Test
  void refusesAFileAndNeverReplacesACaseFile() throws IOException {
    Path file = Files.writeString(dir.resolve("case.yaml"), "person: {}\n");
    CliRun r = CliRun.run("init", file.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(4);
    assertThat(r.err()).contains("is not a folder");
    assertThat(Files.readString(file)).isEqualTo("person: {}\n");
    Path folder = dir.resolve("twice");
    assertThat(CliRun.run("init", folder.toString()).exitCode()).isZero();
    Files.writeString(folder.resolve("case.yaml"), "edited\n");
    assertThat(CliRun.run("init", folder.toString()).exitCode()).isEqualTo(4);
    assertThat(Files.readString(folder.resolve("case.yaml"))).isEqualTo("edited\n");
  }

  @Test
  void fillsAnEmptyFolderThatExists() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("empty"));
    CliRun r = CliRun.run("init", folder.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(folder.resolve("case.yaml")).isRegularFile();
    assertThat(folder.resolve("attachments")).isEmptyDirectory();
  }

  @Test
  void theStepsNameTheEditorAndTheCommandAsTyped() {
    Path folder = dir.resolve("Rosa Díaz");
    CliRun r =
        CliRun.run(
            Map.of("PAROLEKIT_NAME", "bin/parolekit", "EDITOR", "nano", "VISUAL", "code -w"),
            "init",
            folder.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    String quoted = "'" + folder.resolve("case.yaml") + "'";
    assertThat(r.out())
        .contains("code -w " + quoted, "bin/parolekit validate " + quoted)
        .doesNotContain("nano");
    CliRun plain = CliRun.run(Map.of("EDITOR", "nano"), "init", dir.resolve("b").toString());
    assertThat(plain.out()).contains("nano " + dir.resolve("b/case.yaml"));
    CliRun none = CliRun.run("init", dir.resolve("c").toString());
    assertThat(none.out()).contains("Open " + dir.resolve("c/case.yaml") + " in a text editor");
  }

  @Test
  void quietPrintsNothing() {
    Path folder = dir.resolve("q");
    CliRun r = CliRun.run("init", folder.toString(), "--quiet");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEmpty();
    assertThat(folder.resolve("case.yaml")).isRegularFile();
  }

  /**
   * Writes each answer after the first blank line of its key, as a volunteer would in an editor.
   */
  private static void fillIn(Path caseFile) throws IOException {
    String yaml = Files.readString(caseFile);
    for (String[] answer : ANSWERS) {
      Matcher m = Pattern.compile("(?m)^(\\s*)" + answer[0] + ":[ \\t]*(#.*)?$").matcher(yaml);
      assertThat(m.find()).as("a blank line for " + answer[0]).isTrue();
      yaml =
          yaml.substring(0, m.start())
              + m.group(1)
              + answer[0]
              + ": "
              + answer[1]
              + yaml.substring(m.end());
    }
    Files.writeString(caseFile, yaml);
  }

  private static List<String> problemLines(String report) {
    return report.lines().filter(l -> l.matches(".*case\\.yaml:\\d+:\\d+: .*")).toList();
  }

  /** The field paths validate names, such as person.givenNames. */
  private static List<String> fields(CliRun r) {
    return problemLines(r.out() + r.err()).stream()
        .map(l -> l.replaceFirst(".*case\\.yaml:\\d+:\\d+: ([^:]+):.*", "$1"))
        .toList();
  }
}
