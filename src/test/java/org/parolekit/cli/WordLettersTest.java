package org.parolekit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Word letters as a volunteer uses them: {@code letters --file-format docx} writes one editable
 * document per letter that Word's own library and LibreOffice both read, with the same words as the
 * text form; drafts say so on every page; two runs give the same bytes; {@code lint} reads a .docx
 * as it reads the .txt; and a supporter may hand in their letter as a .docx.
 */
class WordLettersTest {
  @TempDir Path dir;

  private Path letters(String example, String format) {
    Path out = dir.resolve(example + "-" + format);
    CliRun r =
        CliRun.run(
            "letters",
            "examples/" + example + "/case.yaml",
            "-o",
            out.toString(),
            "--file-format",
            format);
    // The incomplete example's letters are written, and it exits 1 for what they lack.
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(example.equals("incomplete") ? 1 : 0);
    return out;
  }

  private static List<Path> files(Path folder, String glob) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(
              p -> p.getFileSystem().getPathMatcher("glob:" + glob).matches(p.getFileName()))
          .sorted()
          .toList();
    }
  }

  private static String paragraphs(XWPFDocument doc) {
    return doc.getParagraphs().stream()
        .map(XWPFParagraph::getText)
        .filter(t -> !t.isBlank())
        .collect(Collectors.joining("\n"));
  }

  private static String words(String text) {
    return text.replace('\u00A0', ' ').replaceAll("[_\\s]+", " ").strip();
  }

  @Test
  void eachLetterIsAWordDocumentWithTheSameWordsAsItsTextForm() throws IOException {
    Path docx = letters("maria-hernandez", "docx");
    Path txt = letters("maria-hernandez", "txt");
    List<Path> written = files(docx, "*.docx");
    assertThat(written).hasSize(files(txt, "*.txt").size()).hasSizeGreaterThan(8);
    for (Path file : written) {
      try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(file))) {
        String name = file.getFileName().toString();
        String text = Files.readString(txt.resolve(name.replaceAll("\\.docx$", ".txt")));
        // The Word file, like the PDF, marks list items with a bullet where the text has a dash.
        assertThat(words(paragraphs(doc).replace("• ", "- "))).as(name).isEqualTo(words(text));
        assertThat(doc.getProperties().getCoreProperties().getTitle())
            .as(name)
            .isNotBlank()
            .doesNotContain("DRAFT");
        for (XWPFParagraph p : doc.getParagraphs()) {
          for (XWPFRun run : p.getRuns()) {
            if (run.getEmbeddedPictures().isEmpty()) {
              assertThat(run.getFontFamily()).as(name).isEqualTo("Times New Roman");
            }
          }
        }
      }
    }
    try (XWPFDocument orgLetter =
        new XWPFDocument(
            Files.newInputStream(files(docx, "*organization-letter*-en.docx").get(0)))) {
      assertThat(orgLetter.getAllPictures()).as("the organization's letterhead logo").hasSize(1);
      assertThat(orgLetter.getParagraphs())
          .anyMatch(p -> p.getBorderBottom() == Borders.SINGLE && p.getText().isEmpty());
    }
  }

  @Test
  void libreOfficeOpensTheLetterAsOnePageWithItsSignatureBlock() throws Exception {
    assumeTrue(soffice().isPresent(), "LibreOffice (soffice) is not installed");
    Path docx = letters("maria-hernandez", "docx");
    Path letter = files(docx, "10-support-letter-*.docx").get(0);
    Path pdf = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> convert(letter));
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertThat(doc.getNumberOfPages()).isEqualTo(1);
      String text = new PDFTextStripper().getText(doc);
      assertThat(text)
          .contains("Re: María José Hernández López, A012-345-678")
          .contains("She has never been in trouble with the law")
          .contains("Jennifer Morales");
      assertThat(text.strip()).endsWith("Page 1 of 1");
    }
  }

  @Test
  void aDraftSaysSoAtTheTopOfEveryPageAndInItsTitle() throws IOException {
    Path out = letters("incomplete", "docx");
    List<Path> drafts = files(out, "*-letter-*.docx");
    assertThat(drafts).hasSize(3);
    for (Path file : drafts) {
      try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(file))) {
        assertThat(doc.getHeaderList()).as(file.toString()).isNotEmpty();
        // A default header is printed on every page; there is no other that could replace it.
        assertThat(doc.getHeaderFooterPolicy().getDefaultHeader()).isNotNull();
        assertThat(doc.getHeaderFooterPolicy().getFirstPageHeader()).isNull();
        assertThat(doc.getHeaderList())
            .extracting(XWPFHeader::getText)
            .allMatch(t -> t.contains("BORRADOR") && t.contains("DRAFT"));
        assertThat(doc.getProperties().getCoreProperties().getTitle())
            .containsPattern("^(BORRADOR / DRAFT|DRAFT / BORRADOR) — ");
        assertThat(paragraphs(doc)).containsPattern("^(BORRADOR|DRAFT): ");
      }
    }
    for (Path guide : files(out, "*writing-guide*.docx")) {
      try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(guide))) {
        assertThat(doc.getHeaderList())
            .extracting(XWPFHeader::getText)
            .noneMatch(t -> t.contains("DRAFT"));
        assertThat(doc.getProperties().getCoreProperties().getTitle()).doesNotContain("DRAFT");
      }
    }
  }

  @Test
  void twoRunsGiveTheSameBytesWithTheLetterDateInside() throws Exception {
    Path first = letters("maria-hernandez", "docx");
    Thread.sleep(2100); // zip times have two-second steps: a clock read would now differ
    Path second = dir.resolve("again");
    CliRun r =
        CliRun.run(
            "letters",
            "examples/maria-hernandez/case.yaml",
            "-o",
            second.toString(),
            "--file-format",
            "docx");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    for (Path a : files(first, "*.docx")) {
      assertThat(Files.readAllBytes(second.resolve(a.getFileName().toString())))
          .as(a.toString())
          .isEqualTo(Files.readAllBytes(a));
      try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(a))) {
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
          assertThat(e.getTimeLocal())
              .as(e.getName())
              .isEqualTo(LocalDateTime.of(2026, 11, 27, 12, 0));
        }
      }
      try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(a))) {
        assertThat(doc.getProperties().getCoreProperties().getCreated().toInstant())
            .hasToString("2026-11-27T12:00:00Z");
        assertThat(doc.getProperties().getCoreProperties().getModified().toInstant())
            .hasToString("2026-11-27T12:00:00Z");
      }
    }
  }

  @Test
  void lintGivesTheSameVerdictsOnTheWordFormAsOnTheTextForm() throws IOException {
    Path docx = letters("maria-hernandez", "docx");
    Path txt = letters("maria-hernandez", "txt");
    // Certificates of translation are not letters: lint skips them in either form.
    List<Path> all =
        files(docx, "*-letter-*.docx").stream()
            .filter(p -> !p.getFileName().toString().contains("certificate"))
            .toList();
    assertThat(all).hasSizeGreaterThan(5);
    for (Path word : all) {
      String name = word.getFileName().toString();
      Path text = txt.resolve(name.replaceAll("\\.docx$", ".txt"));
      CliRun fromWord = CliRun.run("lint", "--format", "json", word.toString());
      CliRun fromText = CliRun.run("lint", "--format", "json", text.toString());
      assertThat(fromWord.exitCode()).as(fromWord.toString()).isEqualTo(fromText.exitCode());
      assertThat(fromWord.out().replace(word.toString(), "F").replace(name, "F"))
          .as(name)
          .isEqualTo(
              fromText
                  .out()
                  .replace(text.toString(), "F")
                  .replace(text.getFileName().toString(), "F"));
      assertThat(fromWord.out()).contains("\"met\"");
    }
  }

  @Test
  void aSupporterMayHandInTheirLetterAsAWordFile() throws IOException {
    ExampleCopy plain = ExampleCopy.of("maria-hernandez", dir);
    ExampleCopy word = ExampleCopy.of("maria-hernandez", dir);
    Path letter = word.folder().resolve("letters/jennifer-morales.txt");
    Files.write(
        word.folder().resolve("letters/jennifer-morales.docx"), wordFile(Files.readString(letter)));
    Files.delete(letter);
    word.replace(
        "letterFile: letters/jennifer-morales.txt", "letterFile: letters/jennifer-morales.docx");

    CliRun validate = CliRun.run("validate", word.caseFile().toString());
    assertThat(validate.exitCode()).as(validate.toString()).isZero();
    Path fromText = dir.resolve("from-text");
    Path fromWord = dir.resolve("from-word");
    assertThat(
            CliRun.run(
                    "letters",
                    plain.caseFile().toString(),
                    "-o",
                    fromText.toString(),
                    "--file-format",
                    "txt")
                .exitCode())
        .isZero();
    CliRun r =
        CliRun.run(
            "letters",
            word.caseFile().toString(),
            "-o",
            fromWord.toString(),
            "--file-format",
            "txt");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    Path jennifer = files(fromText, "*jennifer-morales*.txt").get(0);
    assertThat(fromWord.resolve(jennifer.getFileName().toString()))
        .hasSameTextualContentAs(jennifer);
  }

  @Test
  void aDamagedWordLetterIsInvalidInputNamingTheFile() throws IOException {
    Path broken = dir.resolve("carta.docx");
    Files.write(
        broken, "PK\u0003\u0004 this is not a real zip".getBytes(StandardCharsets.ISO_8859_1));
    CliRun r = CliRun.run("lint", broken.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(r.err())
        .contains("carta.docx")
        .contains("Word")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");

    ExampleCopy copy = ExampleCopy.of("maria-hernandez", dir);
    Files.copy(broken, copy.folder().resolve("letters/jennifer-morales.docx"));
    copy.replace(
        "letterFile: letters/jennifer-morales.txt", "letterFile: letters/jennifer-morales.docx");
    Path out = dir.resolve("out");
    CliRun letters =
        CliRun.run(
            "letters", copy.caseFile().toString(), "-o", out.toString(), "--file-format", "docx");
    assertThat(letters.exitCode()).as(letters.toString()).isEqualTo(3);
    assertThat(letters.err())
        .contains("jennifer-morales.docx")
        .doesNotContain("A012-345-678")
        .doesNotContain("\tat ");
  }

  @Test
  void commandsThatWriteNoWordFileDoNotLoadTheWordLibrary() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command =
        List.of(
            java.toString(),
            "-Xlog:class+load=info",
            "-cp",
            System.getProperty("java.class.path"),
            "org.parolekit.cli.Main",
            "validate",
            "examples/maria-hernandez/case.yaml");
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String log;
    try (InputStream in = p.getInputStream()) {
      log = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue())
        .as(log.lines().filter(l -> !l.contains("class,load")).collect(Collectors.joining("\n")))
        .isZero();
    assertThat(log)
        .contains("org.parolekit.cli.ValidateCommand")
        .doesNotContain("org.apache.poi")
        .doesNotContain("org.apache.xmlbeans");
  }

  /**
   * A Word file with one paragraph per block of the text, made with POI as a word processor would.
   */
  private static byte[] wordFile(String text) throws IOException {
    try (XWPFDocument doc = new XWPFDocument();
        var out = new java.io.ByteArrayOutputStream()) {
      for (String block : text.strip().split("\n\\s*\n")) {
        XWPFRun run = doc.createParagraph().createRun();
        String[] lines = block.split("\n");
        for (int i = 0; i < lines.length; i++) {
          if (i > 0) {
            run.addBreak();
          }
          run.setText(lines[i], i);
        }
      }
      doc.write(out);
      return out.toByteArray();
    }
  }

  private static java.util.Optional<Path> soffice() {
    for (String dirName :
        System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(dirName, "soffice");
      if (Files.isExecutable(candidate)) {
        return java.util.Optional.of(candidate);
      }
    }
    return java.util.Optional.empty();
  }

  private Path convert(Path docx) throws IOException, InterruptedException {
    Path outDir = Files.createDirectories(dir.resolve("converted"));
    Path profile = Files.createDirectories(dir.resolve("lo-profile"));
    List<String> command =
        new ArrayList<>(
            List.of(
                soffice().orElseThrow().toString(),
                "-env:UserInstallation=" + profile.toUri(),
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                outDir.toString(),
                docx.toString()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    try (InputStream in = p.getInputStream();
        OutputStream sink = OutputStream.nullOutputStream()) {
      in.transferTo(sink);
    }
    assertThat(p.waitFor(110, TimeUnit.SECONDS)).isTrue();
    Path pdf = outDir.resolve(docx.getFileName().toString().replaceAll("\\.docx$", ".pdf"));
    assertThat(pdf).exists();
    return pdf;
  }
}
