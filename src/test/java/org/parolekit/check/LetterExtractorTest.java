package org.parolekit.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parolekit.core.ExitStatus;
import org.parolekit.core.ParolekitException;

class LetterExtractorTest {
  @TempDir Path dir;

  @Test
  void readsTextAndMarkdownAsWritten() throws Exception {
    Path txt = dir.resolve("carta.txt");
    Files.writeString(txt, "\uFEFFConozco a Lucía desde 2017.", StandardCharsets.UTF_8);
    assertThat(LetterExtractor.text(txt)).isEqualTo("Conozco a Lucía desde 2017.");
    Path md = dir.resolve("letter.md");
    Files.writeString(md, "# Letter\n\nI am **her aunt**.", StandardCharsets.UTF_8);
    assertThat(LetterExtractor.read(md).sourceName()).isEqualTo("letter.md");
    assertThat(LetterExtractor.read(md).text()).contains("her aunt");
  }

  @Test
  void readsWindows1252Letters() throws Exception {
    Path txt = dir.resolve("old.txt");
    Files.write(txt, "José".getBytes("windows-1252"));
    assertThat(LetterExtractor.text(txt)).isEqualTo("José");
  }

  @Test
  void readsAPdfTextLayer() throws Exception {
    Path pdf = dir.resolve("letter.pdf");
    try (OutputStream out = Files.newOutputStream(pdf)) {
      Document document = new Document();
      PdfWriter.getInstance(document, out);
      document.open();
      document.add(new Paragraph("I have known Nelson since 2017, when he joined our church."));
      document.close();
    }
    assertThat(LetterExtractor.text(pdf)).contains("known Nelson since 2017");
  }

  @Test
  void aPdfWithoutTextLooksScanned() throws Exception {
    Path pdf = dir.resolve("scan.pdf");
    try (OutputStream out = Files.newOutputStream(pdf)) {
      Document document = new Document();
      PdfWriter writer = PdfWriter.getInstance(document, out);
      document.open();
      writer.getDirectContent().rectangle(100, 100, 300, 400);
      writer.getDirectContent().fill();
      document.close();
    }
    assertThatThrownBy(() -> LetterExtractor.text(pdf))
        .isInstanceOfSatisfying(
            ParolekitException.class,
            e -> assertThat(e.status()).isEqualTo(ExitStatus.INVALID_INPUT))
        .hasMessageContaining("scanned");
  }

  @Test
  void otherFilesAndMissingFilesAreInvalidInput() {
    assertThatThrownBy(() -> LetterExtractor.text(dir.resolve("letter.docx")))
        .isInstanceOfSatisfying(
            ParolekitException.class,
            e -> assertThat(e.status()).isEqualTo(ExitStatus.INVALID_INPUT));
    assertThatThrownBy(() -> LetterExtractor.text(dir.resolve("missing.txt")))
        .isInstanceOfSatisfying(
            ParolekitException.class,
            e -> assertThat(e.status()).isEqualTo(ExitStatus.INVALID_INPUT));
  }

  @Test
  void readsAWordLettersParagraphs() throws Exception {
    Path docx = dir.resolve("Carta de Julia.DOCX");
    try (XWPFDocument doc = new XWPFDocument();
        OutputStream out = Files.newOutputStream(docx)) {
      doc.createParagraph().createRun().setText("Estimado oficial:");
      doc.createParagraph().createRun().setText("Conozco a Octavio desde que éramos niños.");
      doc.write(out);
    }
    assertThat(LetterExtractor.text(docx))
        .isEqualTo("Estimado oficial:\n\nConozco a Octavio desde que éramos niños.\n");
    assertThat(LetterExtractor.read(docx).sourceName()).isEqualTo("Carta de Julia.DOCX");
  }

  @Test
  void aMarkdownFileWithTheLongSuffixIsReadAsWritten() throws Exception {
    Path md = dir.resolve("letter.markdown");
    Files.writeString(md, "I am *Octavio's* teacher.", StandardCharsets.UTF_8);
    assertThat(LetterExtractor.text(md)).isEqualTo("I am *Octavio's* teacher.");
  }

  @Test
  void readsUtf16LettersWithOrWithoutAByteOrderMark() throws Exception {
    String letter = "Conozco a Octavio desde 2011. Él es muy trabajador.";
    Path little = dir.resolve("notepad-le.txt");
    Files.write(little, letter.getBytes(StandardCharsets.UTF_16LE));
    assertThat(LetterExtractor.text(little)).isEqualTo(letter);
    Path big = dir.resolve("notepad-be.txt");
    Files.write(big, letter.getBytes(StandardCharsets.UTF_16BE));
    assertThat(LetterExtractor.text(big)).isEqualTo(letter);
    Path marked = dir.resolve("notepad-bom.txt");
    byte[] body = letter.getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[body.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(body, 0, withBom, 2, body.length);
    Files.write(marked, withBom);
    assertThat(LetterExtractor.text(marked)).isEqualTo(letter);
  }

  @Test
  void aShortOneLineNoteInAPdfIsReadNotTakenForAScan() throws Exception {
    // Exactly 20 letters and digits on its one page: the least a page with a text layer has.
    Path pdf = pdf("note.pdf", "I know Nelson since 2017.");
    assertThat(LetterExtractor.text(pdf)).contains("I know Nelson since 2017.");
  }

  @Test
  void aTwoPageScanWithOnlyAStampedFooterLooksScanned() throws Exception {
    Path pdf = pdf("scan-2.pdf", "Scanned page 1", "Scanned page 2");
    assertThatThrownBy(() -> LetterExtractor.text(pdf))
        .isInstanceOf(ParolekitException.class)
        .hasMessageContaining("scanned");
  }

  /** A PDF with one page per text given. */
  private Path pdf(String name, String... pages) throws Exception {
    Path pdf = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(pdf)) {
      Document document = new Document();
      PdfWriter.getInstance(document, out);
      document.open();
      for (int i = 0; i < pages.length; i++) {
        if (i > 0) {
          document.newPage();
        }
        document.add(new Paragraph(pages[i]));
      }
      document.close();
    }
    return pdf;
  }
}
