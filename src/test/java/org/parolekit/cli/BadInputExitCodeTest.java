package org.parolekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad case file, through the command line: exit code 3, the file's place, the
 * message, and nothing of the person's data in the output.
 */
class BadInputExitCodeTest {
  private static final String GOOD_PERSON =
      "person:\n"
          + "  givenNames: Ana\n"
          + "  familyNames: Pérez Soto\n"
          + "  aNumber: A123456789\n"
          + "  dateOfBirth: 1990-01-02\n"
          + "  countryOfBirth: Honduras\n"
          + "  nationality: Honduran\n"
          + "  pronouns: she\n"
          + "  languages: [es]\n"
          + "  detention: {facility: Otay Mesa Detention Center, fieldOffice: san-diego}\n"
          + "preparedBy: {role: volunteer, name: Sam}\n";

  @TempDir Path dir;

  static Stream<Arguments> badFiles() {
    return Stream.of(
        Arguments.of(
            "misspelled key",
            GOOD_PERSON + "sponser: {}\n",
            ":12:1: sponser: unknown key \"sponser\". did you mean \"sponsor\"?"),
        Arguments.of(
            "duplicate key",
            GOOD_PERSON + "preparedBy: {role: self, name: Ana}\n",
            ":12:1: preparedBy: duplicate key"),
        Arguments.of(
            "alias",
            GOOD_PERSON.replace("givenNames: Ana", "givenNames: &n Ana") + "attachments: *n\n",
            ":2:"),
        Arguments.of(
            "tag",
            GOOD_PERSON.replace(
                "countryOfBirth: Honduras", "countryOfBirth: !!python/object Honduras"),
            ":6:"),
        Arguments.of("several documents", GOOD_PERSON + "---\nperson: {}\n", ":13:"),
        Arguments.of(
            "list where a value belongs",
            GOOD_PERSON.replace("countryOfBirth: Honduras", "countryOfBirth: [Honduras]"),
            ":6:19: person.countryOfBirth:"),
        Arguments.of("top-level list", "- a\n- b\n", ":1:1:"),
        Arguments.of("top-level scalar", "just text\n", ":1:1:"),
        Arguments.of(
            "bad A-number", GOOD_PERSON.replace("A123456789", "A12345"), ":4:12: person.aNumber:"),
        Arguments.of(
            "future birth date",
            GOOD_PERSON.replace("1990-01-02", "2031-01-02"),
            ":5:16: person.dateOfBirth: is in the future"),
        Arguments.of(
            "impossible date",
            GOOD_PERSON.replace("1990-01-02", "1990-02-30"),
            ":5:16: person.dateOfBirth:"),
        Arguments.of("empty file", "", "empty"),
        Arguments.of("comment-only file", "# nothing here\n", "empty"),
        Arguments.of("NUL character", GOOD_PERSON.replace("Pérez", "Pé\u0000rez"), ":3:"),
        Arguments.of("bidi override in a name", GOOD_PERSON.replace("Pérez", "P\u202Eérez"), ":3:"),
        Arguments.of(
            "missing organization profile",
            GOOD_PERSON + "organization: {profile: org.yaml, contact: visits, since: 2026}\n",
            ":12:"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void isRefusedWithExitCodeThreeAndItsPlace(String kind, String yaml, String expected)
      throws Exception {
    Path f = dir.resolve("case.yaml");
    Files.writeString(f, yaml, StandardCharsets.UTF_8);
    CliRun r = CliRun.run("validate", f.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(r.out()).as(kind).contains("case.yaml").contains(expected);
    assertThat(r.out() + r.err())
        .doesNotContain("123456789")
        .doesNotContain("1990-01-02")
        .doesNotContain("2031-01-02");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void writesNoLetters(String kind, String yaml, String expected) throws Exception {
    Path f = dir.resolve("case.yaml");
    Files.writeString(f, yaml, StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    CliRun r = CliRun.run("letters", f.toString(), "-o", out.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(out).doesNotExist();
  }

  @org.junit.jupiter.api.Test
  void aFileThatIsNotUtf8IsRefusedAtTheBadByte() throws Exception {
    Path f = dir.resolve("case.yaml");
    Files.write(f, GOOD_PERSON.getBytes(StandardCharsets.ISO_8859_1));
    CliRun r = CliRun.run("validate", f.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(r.out()).contains("case.yaml:3:").containsIgnoringCase("UTF-8");
  }

  @org.junit.jupiter.api.Test
  void aHugeFileIsRefusedBeforeParsing() throws Exception {
    Path f = dir.resolve("case.yaml");
    Files.writeString(f, GOOD_PERSON + "# " + "x".repeat(2 * 1024 * 1024) + "\n");
    CliRun r = CliRun.run("validate", f.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(r.out()).contains("case.yaml").containsIgnoringCase("MiB");
  }

  @org.junit.jupiter.api.Test
  void deepNestingIsRefused() throws Exception {
    Path f = dir.resolve("case.yaml");
    Files.writeString(
        f, GOOD_PERSON + "attachments: " + "[".repeat(5000) + "]".repeat(5000) + "\n");
    CliRun r = CliRun.run("validate", f.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(r.out()).contains("case.yaml:12:");
  }
}
