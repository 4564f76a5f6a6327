package org.parolekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LettersCommandTest {
  @TempDir Path dir;

  @Test
  void writesEveryLetterOfTheExampleAndListsTheFiles() throws IOException {
    Path out = dir.resolve("out");
    CliRun r = CliRun.run("letters", "examples/maria-hernandez/case.yaml", "-o", out.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    List<String> names = files(out);
    assertThat(names)
        .contains(
            "01-sponsor-letter-rosa-hernandez-diaz-es.pdf",
            "02-sponsor-letter-rosa-hernandez-diaz-en.pdf",
            "03-translation-certificate-sponsor-letter-rosa-hernandez-diaz.pdf",
            "10-support-letter-jennifer-morales-en.pdf")
        .anyMatch(n -> n.contains("organization-letter"))
        .anyMatch(n -> n.contains("writing-guide-rosa-hernandez-diaz-es"));
    // Every file is listed; the folder's record of its set is a hidden file beside them.
    assertThat(out.resolve(".parolekit-files.json")).isRegularFile();
    assertThat(r.out().lines().count()).isEqualTo(names.size());
    String sponsorEs = text(out.resolve("01-sponsor-letter-rosa-hernandez-diaz-es.pdf"));
    assertThat(sponsorEs)
        .contains("María José Hernández López", "A012-345-678", "27 de noviembre de 2026");
    String sponsorEn = text(out.resolve("02-sponsor-letter-rosa-hernandez-diaz-en.pdf"));
    assertThat(sponsorEn).contains("November 27, 2026", "I will drive her to every hearing");
  }

  @Test
  void refusesToReplaceFilesWithoutForceAndLeavesThemAsTheyWere() throws IOException {
    Path out = dir.resolve("out");
    assertThat(
            CliRun.run("letters", "examples/emmanuel-tabi/case.yaml", "-o", out.toString())
                .exitCode())
        .isZero();
    Path first = out.resolve(files(out).get(0));
    byte[] before = Files.readAllBytes(first);
    CliRun again =
        CliRun.run(
            "letters",
            "examples/emmanuel-tabi/case.yaml",
            "-o",
            out.toString(),
            "--date",
            "2026-12-01");
    assertThat(again.exitCode()).as(again.toString()).isEqualTo(4);
    assertThat(again.err()).contains("already exists", "--force");
    assertThat(Files.readAllBytes(first)).isEqualTo(before);
    CliRun forced =
        CliRun.run("letters", "examples/emmanuel-tabi/case.yaml", "-o", out.toString(), "--force");
    assertThat(forced.exitCode()).as(forced.toString()).isZero();
  }

  @Test
  void identicalInputGivesIdenticalFiles() throws IOException {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    CliRun.run(
        "letters",
        "examples/emmanuel-tabi/case.yaml",
        "-o",
        a.toString(),
        "--date",
        "2026-11-27",
        "--file-format",
        "pdf,html,txt");
    CliRun.run(
        "letters",
        "examples/emmanuel-tabi/case.yaml",
        "-o",
        b.toString(),
        "--date",
        "2026-11-27",
        "--file-format",
        "pdf,html,txt");
    List<String> names = files(a);
    assertThat(names)
        .isEqualTo(files(b))
        .anyMatch(n -> n.endsWith(".html"))
        .anyMatch(n -> n.endsWith(".txt"));
    for (String n : names) {
      assertThat(Files.readAllBytes(a.resolve(n)))
          .as(n)
          .isEqualTo(Files.readAllBytes(b.resolve(n)));
    }
  }

  @Test
  void aMissingTranslationIsAFindingAndNoEnglishLetterHasSpanishInside() throws IOException {
    Path out = dir.resolve("out");
    CliRun r = CliRun.run("letters", "examples/incomplete/case.yaml", "-o", out.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).contains("skipped", "translation");
    assertThat(files(out)).noneMatch(n -> n.contains("sponsor-letter") && n.endsWith("-en.pdf"));
  }

  @Test
  void anInvalidCaseWritesNothing() throws IOException {
    Path bad = dir.resolve("case.yaml");
    Files.writeString(bad, "person: {}\n");
    Path out = dir.resolve("out");
    CliRun r = CliRun.run("letters", bad.toString(), "-o", out.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(r.err()).contains("case.yaml:1:");
    assertThat(out).doesNotExist();
  }

  @Test
  void onlyTheLanguagesAsked() throws IOException {
    Path out = dir.resolve("out");
    CliRun r =
        CliRun.run(
            "letters", "examples/maria-hernandez/case.yaml", "-o", out.toString(), "--lang", "en");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(files(out)).isNotEmpty().noneMatch(n -> n.endsWith("-es.pdf"));
  }

  @Test
  void templatesListAndExport() throws IOException {
    CliRun list = CliRun.run("templates", "list");
    assertThat(list.exitCode()).as(list.toString()).isZero();
    assertThat(list.out()).contains("en/sponsor-letter.ftl", "es/sponsor-letter.ftl");
    Path target = dir.resolve("mine");
    CliRun export = CliRun.run("templates", "export", target.toString());
    assertThat(export.exitCode()).as(export.toString()).isZero();
    assertThat(target.resolve("es/support-letter.ftl")).isRegularFile();
    CliRun again = CliRun.run("templates", "export", target.toString());
    assertThat(again.exitCode()).as(again.toString()).isEqualTo(4);
  }

  @Test
  void anOrganizationTemplateOverridesTheBuiltInOne() throws IOException {
    Path templates = dir.resolve("templates/en");
    Files.createDirectories(templates);
    Files.writeString(
        templates.resolve("support-letter.ftl"), "Custom support letter for ${person.fullName}.\n");
    Path out = dir.resolve("out");
    CliRun r =
        CliRun.run(
            "letters",
            "examples/emmanuel-tabi/case.yaml",
            "-o",
            out.toString(),
            "--templates",
            dir.resolve("templates").toString(),
            "--file-format",
            "txt");
    // A support letter that says nothing of the person falls short: it is written as a draft.
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).contains("1 fall short");
    Path support;
    try (Stream<Path> s = Files.list(out)) {
      support =
          s.filter(p -> p.getFileName().toString().contains("support-letter"))
              .findFirst()
              .orElseThrow();
    }
    assertThat(Files.readString(support)).contains("Custom support letter for Emmanuel Tabi Ndip.");
  }

  /** The files a user sees in {@code dir}, hidden ones left out. */
  private static List<String> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> !n.startsWith("."))
          .sorted()
          .toList();
    }
  }

  private static String text(Path pdf) throws IOException {
    try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(d);
    }
  }

  @Test
  void aSymlinkedOutputFolderIsRefusedAndNothingIsWrittenThroughIt() throws java.io.IOException {
    Path real = java.nio.file.Files.createDirectories(dir.resolve("shared-drive"));
    Path link = java.nio.file.Files.createSymbolicLink(dir.resolve("out-link"), real);
    CliRun r = CliRun.run("letters", "examples/emmanuel-tabi/case.yaml", "-o", link.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(4);
    assertThat(r.err()).contains("symbolic link");
    try (var files = java.nio.file.Files.list(real)) {
      assertThat(files).isEmpty();
    }
    assertThat(
            CliRun.run("letters", "examples/emmanuel-tabi/case.yaml", "-o", real.toString())
                .exitCode())
        .isZero();
  }
}
