package org.parolekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch run again skips a person only when nothing that shapes the letter changed: the roster
 * row, the organization profile, the templates and the output formats; and it never replaces a file
 * it did not write.
 */
class BatchFingerprintTest {
  private static final String LETTER =
      "01-organization-letter-friends-on-the-border-visitation-project-en";
  private static final String SPANISH =
      "02-organization-letter-friends-on-the-border-visitation-project-es";

  @TempDir Path dir;
  private Path org;
  private Path templates;
  private Path roster;
  private Path out;

  @BeforeEach
  void setUp() throws IOException {
    org = dir.resolve("organization.yaml");
    Files.copy(Path.of("examples/organization.yaml"), org);
    Files.copy(Path.of("examples/organization-logo.png"), dir.resolve("organization-logo.png"));
    templates = dir.resolve("templates");
    CliRun export = CliRun.run("templates", "export", templates.toString());
    assertThat(export.exitCode()).as(export.toString()).isZero();
    roster = dir.resolve("roster.csv");
    Files.writeString(
        roster,
        BatchCommandTest.HEADER
            + "Ana,Pérez Soto,A012345678,she,en,Otay Mesa,san-diego,visits,2026-03,\n");
    out = dir.resolve("out");
  }

  @Test
  void aChangedSignerMakesTheLetterAgain() throws IOException {
    assertGenerated(batch("txt"));
    Files.writeString(
        org,
        Files.readString(org).replace("name: Teresa Alvarado Núñez", "name: Lucía Campos Reyes"));
    CliRun again = batch("txt");
    assertGenerated(again);
    assertThat(Files.readString(letter("txt")))
        .contains("Lucía Campos Reyes")
        .doesNotContain("Teresa Alvarado");
  }

  @Test
  void aChangedTemplateMakesTheLetterAgain() throws IOException {
    assertGenerated(batch("txt"));
    Path template = templates.resolve("en/organization-letter.ftl");
    Files.writeString(template, Files.readString(template) + "\nA line the organization added.\n");
    assertGenerated(batch("txt"));
    assertThat(Files.readString(letter("txt"))).contains("A line the organization added.");
  }

  @Test
  void anotherOutputFormatMakesTheLetterAgain() throws IOException {
    assertGenerated(batch("txt"));
    CliRun unchanged = batch("txt");
    assertThat(unchanged.out())
        .as(unchanged.toString())
        .contains("1 people: 0 generated, 1 unchanged, 0 failed");
    assertGenerated(batch("txt,pdf"));
    assertThat(letter("pdf")).isRegularFile();
  }

  @Test
  void aFileTheUserPutAtTheLettersPathIsNeverReplaced() throws IOException {
    Path folder = out.resolve("ana-perez-soto");
    Files.createDirectories(folder);
    byte[] mine = "my own notes on Ana\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Files.write(letter("txt"), mine);
    CliRun r = batch("txt");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).contains("1 people: 0 generated, 0 unchanged, 1 failed");
    assertThat(Files.readString(out.resolve("batch-report.csv"))).contains("already exists");
    assertThat(Files.readAllBytes(letter("txt"))).isEqualTo(mine);
    assertThat(visibleFiles(folder)).containsExactly(LETTER + ".txt");
  }

  @Test
  void aChangedLogoMakesTheLetterAgain() throws IOException {
    assertGenerated(batch("txt"));
    java.awt.image.BufferedImage logo =
        new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
    logo.setRGB(3, 3, 0x336699);
    javax.imageio.ImageIO.write(logo, "png", dir.resolve("organization-logo.png").toFile());
    assertGenerated(batch("txt"));
  }

  @Test
  void anotherChoiceOfLanguagesMakesTheLettersAgainAndRemovesCopiesNoLongerMade()
      throws IOException {
    Files.writeString(
        roster,
        BatchCommandTest.HEADER
            + "Ana,Pérez Soto,A012345678,she,es,Otay Mesa,san-diego,visits,2026-03,\n");
    assertGenerated(batch("txt"));
    Path folder = out.resolve("ana-perez-soto");
    assertThat(visibleFiles(folder)).containsExactly(LETTER + ".txt", SPANISH + ".txt");

    CliRun english = batch("txt", "--lang", "en");
    assertGenerated(english);
    assertThat(visibleFiles(folder)).containsExactly(LETTER + ".txt");

    CliRun spanish = batch("txt", "--lang", "es");
    assertGenerated(spanish);
    String alone = "01-organization-letter-friends-on-the-border-visitation-project-es.txt";
    assertThat(visibleFiles(folder)).containsExactly(alone);
    assertThat(Files.readString(out.resolve("batch-report.csv")))
        .contains("ana-perez-soto/" + alone)
        .doesNotContain("project-en");
  }

  @Test
  void aTemplateErrorFailsEachPersonAloneAndTheBatchGoesOnToTheEnd() throws IOException {
    Files.writeString(
        roster,
        BatchCommandTest.HEADER
            + "Ana,Pérez Soto,A012345678,she,en,Otay Mesa,san-diego,visits,2026-03,\n"
            + "Eva,Luna,A012345670,she,en,Otay Mesa,san-diego,visits,2026-03,\n");
    Path template = templates.resolve("en/organization-letter.ftl");
    Files.writeString(template, Files.readString(template) + "\n${person.noSuchField}\n");
    CliRun r = batch("txt");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).startsWith("2 people: 0 generated, 0 unchanged, 2 failed");
    assertThat(r.err()).contains(roster + ":2: Ana Pérez Soto: failed: ", "organization-letter");
    assertThat(r.err()).contains(roster + ":3: Eva Luna: failed: ");
    assertThat(out.resolve("ana-perez-soto")).doesNotExist();
  }

  private CliRun batch(String formats, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "batch",
                "--org",
                org.toString(),
                roster.toString(),
                "-o",
                out.toString(),
                "--date",
                "2026-11-27",
                "--file-format",
                formats,
                "--templates",
                templates.toString()));
    args.addAll(List.of(more));
    return CliRun.run(args.toArray(String[]::new));
  }

  private static void assertGenerated(CliRun r) {
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).as(r.toString()).contains("1 people: 1 generated, 0 unchanged, 0 failed");
  }

  private Path letter(String extension) {
    return out.resolve("ana-perez-soto").resolve(LETTER + "." + extension);
  }

  private static List<String> visibleFiles(Path folder) throws IOException {
    List<String> names = new ArrayList<>();
    try (var files = Files.list(folder)) {
      files
          .map(f -> f.getFileName().toString())
          .filter(n -> !n.startsWith("."))
          .sorted()
          .forEach(names::add);
    }
    return names;
  }
}
