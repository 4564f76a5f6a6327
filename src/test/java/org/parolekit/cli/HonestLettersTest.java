package org.parolekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parolekit.check.StatementCoverage;
import org.parolekit.check.StatementCoverage.Fact;

/**
 * The letters parolekit writes from the bundled examples, read as a writer and an officer would:
 * one voice (no fact said by the tool that the writer's own words already say, and no fact said
 * twice by the tool), drafts that look like drafts on every page, and complete examples that pass.
 */
class HonestLettersTest {
  private static final StatementCoverage COVERAGE = new StatementCoverage();

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"maria-hernandez", "emmanuel-tabi", "incomplete"})
  void noLetterSaysTheSameFactTwice(String example) throws IOException {
    Path out = dir.resolve(example);
    CliRun.run(
        "letters",
        "examples/" + example + "/case.yaml",
        "-o",
        out.toString(),
        "--file-format",
        "txt");
    Set<String> ownWords = ownWords(Path.of("examples", example, "case.yaml"));
    List<Path> letters = new ArrayList<>();
    try (Stream<Path> s = Files.list(out)) {
      s.filter(p -> p.getFileName().toString().matches("\\d+-(sponsor|support)-letter-.*\\.txt"))
          .sorted()
          .forEach(letters::add);
    }
    assertThat(letters).isNotEmpty();
    for (Path letter : letters) {
      List<String> body = body(Files.readString(letter));
      List<String> writers = new ArrayList<>();
      List<String> tools = new ArrayList<>();
      for (String paragraph : body) {
        (ownWords.contains(paragraph) ? writers : tools).add(paragraph);
      }
      Set<Fact> said = EnumSet.noneOf(Fact.class);
      writers.forEach(w -> said.addAll(COVERAGE.covered(w)));
      for (String tool : tools) {
        Set<Fact> again = COVERAGE.covered(tool);
        again.retainAll(said);
        assertThat(again)
            .as("%s: the tool says again what is already said: \"%s\"", letter.getFileName(), tool)
            .isEmpty();
        said.addAll(COVERAGE.covered(tool));
      }
      String all = String.join("\n", body);
      for (String street :
          List.of("742 Oleander Avenue", "5318 West Slauson Avenue", "1420 Calle Ocho")) {
        assertThat(all.split(street, -1).length - 1)
            .as("%s repeats %s", letter.getFileName(), street)
            .isLessThanOrEqualTo(1);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"maria-hernandez", "emmanuel-tabi"})
  void theCompleteExamplesPassAndAreNotDrafts(String example) throws IOException {
    CliRun validate = CliRun.run("validate", "examples/" + example + "/case.yaml");
    assertThat(validate.exitCode()).as(validate.toString()).isZero();
    Path out = dir.resolve(example);
    CliRun letters =
        CliRun.run("letters", "examples/" + example + "/case.yaml", "-o", out.toString());
    assertThat(letters.exitCode()).as(letters.toString()).isZero();
    assertThat(letters.err()).contains("none falls short");
    for (Path pdf : pdfs(out)) {
      assertThat(pageTexts(pdf))
          .as(pdf.toString())
          .noneMatch(p -> p.contains("BORRADOR") || p.contains("DRAFT"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"es", "en"})
  void aCompleteLetterIsNotADraftWhenOnlyOneLanguageIsRendered(String lang) throws IOException {
    Path out = dir.resolve("only-" + lang);
    CliRun letters =
        CliRun.run(
            "letters", "examples/maria-hernandez/case.yaml", "-o", out.toString(), "--lang", lang);
    assertThat(letters.exitCode()).as(letters.toString()).isZero();
    assertThat(letters.err()).contains("none falls short");
    assertThat(pdfs(out)).isNotEmpty();
    for (Path pdf : pdfs(out)) {
      assertThat(pageTexts(pdf))
          .as(pdf.toString())
          .noneMatch(p -> p.contains("BORRADOR") || p.contains("DRAFT"));
    }
  }

  @Test
  void anUnfinishedCaseGetsDraftsOnEveryPageASummaryAndExitOne() throws IOException {
    Path out = dir.resolve("incomplete");
    CliRun r = CliRun.run("letters", "examples/incomplete/case.yaml", "-o", out.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err())
        .contains("3 letters, 3 fall short and are marked DRAFT: run parolekit validate");
    List<Path> letters =
        pdfs(out).stream().filter(p -> p.getFileName().toString().contains("letter")).toList();
    assertThat(letters).hasSize(3);
    for (Path pdf : letters) {
      List<String> pages = pageTexts(pdf);
      assertThat(pages)
          .as(pdf.toString())
          .isNotEmpty()
          .allMatch(p -> p.contains("BORRADOR") && p.contains("DRAFT"));
    }
    List<Path> guides =
        pdfs(out).stream()
            .filter(p -> p.getFileName().toString().contains("writing-guide"))
            .toList();
    for (Path pdf : guides) {
      assertThat(pageTexts(pdf)).noneMatch(p -> p.contains("DRAFT"));
    }
  }

  @Test
  void requireCompleteWritesNothingWhenALetterFallsShort() {
    Path out = dir.resolve("none");
    CliRun r =
        CliRun.run(
            "letters", "examples/incomplete/case.yaml", "-o", out.toString(), "--require-complete");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).contains("Nothing was written");
    assertThat(out).doesNotExist();
    CliRun complete =
        CliRun.run(
            "letters",
            "examples/emmanuel-tabi/case.yaml",
            "-o",
            dir.resolve("ok").toString(),
            "--require-complete");
    assertThat(complete.exitCode()).as(complete.toString()).isZero();
  }

  @Test
  void aSpanishSpeakingCitizenSponsorStatesTheirStatus() throws IOException {
    Path copy = dir.resolve("maria");
    copyExample("maria-hernandez", copy);
    Path caseFile = copy.resolve("case.yaml");
    Files.writeString(
        caseFile,
        Files.readString(caseFile)
            .replace("immigrationStatus: permanent-resident", "immigrationStatus: citizen"));
    CliRun r = CliRun.run("validate", caseFile.toString());
    assertThat(r.out()).doesNotContain("sponsor-no-status").contains("0 of 9 letters fall short");
    assertThat(r.exitCode()).as(r.toString()).isZero();
  }

  @Test
  void aSwornLetterEndsWithTheDeclarationAndEnclosesTheSponsorsDocuments() throws IOException {
    Path out = dir.resolve("emmanuel");
    CliRun.run(
        "letters",
        "examples/emmanuel-tabi/case.yaml",
        "-o",
        out.toString(),
        "--file-format",
        "txt");
    String sponsor = Files.readString(out.resolve("01-sponsor-letter-grace-fon-ashu-en.txt"));
    assertThat(sponsor)
        .contains(
            "I declare under penalty of perjury under the laws of the United States of America that"
                + " the foregoing is true and correct.")
        .contains("Enclosed are copies of: California driver license")
        .contains(
            "at Kaiser Permanente West Los Angeles Medical Center, and I earn $6,200 a month.")
        .contains("Los Angeles Field Office\nAttn: Officer J. Whitaker, Deportation Officer")
        .doesNotContain("I can provide proof");
    String pastor = Files.readString(out.resolve("02-support-letter-rev-peter-ashu-nkwain-en.txt"));
    assertThat(pastor)
        .contains("My name is Peter Ashu Nkwain.")
        .contains("\nRev. Peter Ashu Nkwain");
  }

  /** The paragraphs between the salutation and the closing. */
  private static List<String> body(String letter) {
    List<String> paragraphs = new ArrayList<>();
    boolean in = false;
    for (String p : letter.split("\\n\\s*\\n")) {
      String t = p.strip().replaceAll("\\s+", " ");
      if (t.matches("(Dear|Estimado).*:")) {
        in = true;
        continue;
      }
      if (t.matches("(Sincerely|Atentamente),?")) {
        break;
      }
      if (in && !t.isEmpty() && !t.startsWith("My name is") && !t.startsWith("Me llamo")) {
        paragraphs.add(t);
      }
    }
    return paragraphs;
  }

  /** Every statement of every writer of the case, and its translation, as one line each. */
  private static Set<String> ownWords(Path caseFile) {
    org.parolekit.model.CaseFile c =
        new org.parolekit.load.CaseLoader(java.time.LocalDate.of(2026, 11, 27))
            .load(caseFile)
            .caseFile();
    List<org.parolekit.model.LetterWriter> writers = new ArrayList<>(c.supporters());
    if (c.sponsor() != null) {
      writers.add(c.sponsor());
    }
    Set<String> words = new java.util.HashSet<>();
    for (org.parolekit.model.LetterWriter w : writers) {
      List<org.parolekit.model.Statements> all = new ArrayList<>();
      if (w.statements() != null) {
        all.add(w.statements());
      }
      if (w.translation() != null) {
        all.add(w.translation().statements());
      }
      for (org.parolekit.model.Statements st : all) {
        for (String part :
            new String[] {st.relationship(), st.appearance(), st.character(), st.more()}) {
          if (part != null) {
            words.add(part.strip().replaceAll("\\s+", " "));
          }
        }
      }
    }
    return words;
  }

  private static List<Path> pdfs(Path out) throws IOException {
    try (Stream<Path> s = Files.list(out)) {
      return s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
    }
  }

  private static List<String> pageTexts(Path pdf) throws IOException {
    List<String> pages = new ArrayList<>();
    try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int i = 1; i <= d.getNumberOfPages(); i++) {
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        pages.add(stripper.getText(d));
      }
    }
    return pages;
  }

  private static void copyExample(String example, Path to) throws IOException {
    Path from = Path.of("examples", example);
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    Files.copy(Path.of("examples/organization.yaml"), to.getParent().resolve("organization.yaml"));
    Files.copy(
        Path.of("examples/organization-logo.png"), to.getParent().resolve("organization-logo.png"));
    Files.copy(
        Path.of("examples/parolekit-case.schema.json"),
        to.getParent().resolve("parolekit-case.schema.json"));
  }
}
