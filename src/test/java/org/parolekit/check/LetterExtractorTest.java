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
}
