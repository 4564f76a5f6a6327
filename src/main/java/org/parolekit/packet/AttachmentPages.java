package org.parolekit.packet;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfImportedPage;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.parolekit.pdf.PdfDeterminism;
import org.parolekit.pdf.PdfFonts;

/**
 * Lays an attachment out as packet pages: on every page a caption ("Documento adjunto 2 de 4: ...",
 * what it helps show) and the document itself, a scanned image or each page of a PDF, scaled to fit
 * inside the same one-inch margins as the rest of the packet. The packet's footer adds the person's
 * name, A-number and page number below.
 */
final class AttachmentPages {
  /** The margin on every side, as on the packet's other pages. */
  static final float MARGIN = 72f;

  /** The caption block's height, above the document. */
  private static final float CAPTION_HEIGHT = 44f;

  /** Space between the caption and the document. */
  private static final float GAP = 8f;

  /** Below this, a scan printed at the size used is hard to read. */
  static final int MIN_READABLE_PPI = 150;

  /** The words on top of every page of one attachment. */
  record Caption(String heading, String helpsShow) {}

  /**
   * The pages, and for an image the pixels per inch it prints at (0 for a PDF, whose pages keep
   * their own resolution).
   */
  record Pages(byte[] pdf, int ppi) {}

  private AttachmentPages() {}

  /** The frame the document is scaled into: inside the margins, below the caption. */
  static Rectangle frame() {
    Rectangle page = PageSize.LETTER;
    return new Rectangle(
        MARGIN, MARGIN, page.getWidth() - MARGIN, page.getHeight() - MARGIN - CAPTION_HEIGHT - GAP);
  }

  static Pages image(byte[] image, int pixelWidth, Caption caption, LocalDate date) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.LETTER, MARGIN, MARGIN, MARGIN, MARGIN);
    try {
      PdfWriter writer = PdfWriter.getInstance(doc, out);
      doc.open();
      caption(writer.getDirectContent(), caption);
      Image img = Image.getInstance(image);
      Rectangle frame = frame();
      img.scaleToFit(frame.getWidth(), frame.getHeight());
      float x = frame.getLeft() + (frame.getWidth() - img.getScaledWidth()) / 2;
      float y = frame.getTop() - img.getScaledHeight();
      img.setAbsolutePosition(x, y);
      writer.getDirectContent().addImage(img);
      int ppi = Math.round(pixelWidth / (img.getScaledWidth() / 72f));
      PdfDeterminism.fix(writer.getInfo(), date, image, captionBytes(caption));
      doc.close();
      return new Pages(out.toByteArray(), ppi);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Pages pdf(byte[] pdf, Caption caption, LocalDate date) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.LETTER, MARGIN, MARGIN, MARGIN, MARGIN);
    try {
      PdfReader reader = new PdfReader(pdf);
      try {
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        doc.open();
        Rectangle frame = frame();
        for (int i = 1; i <= reader.getNumberOfPages(); i++) {
          if (i > 1) {
            doc.newPage();
          }
          PdfContentByte cb = writer.getDirectContent();
          caption(cb, caption);
          PdfImportedPage page = writer.getImportedPage(reader, i);
          Rectangle size = reader.getPageSizeWithRotation(i);
          float scale =
              Math.min(
                  1f,
                  Math.min(
                      frame.getWidth() / size.getWidth(), frame.getHeight() / size.getHeight()));
          float w = size.getWidth() * scale;
          float h = size.getHeight() * scale;
          float x = frame.getLeft() + (frame.getWidth() - w) / 2;
          float y = frame.getTop() - h;
          cb.addTemplate(page, scale, 0, 0, scale, x, y);
          cb.saveState();
          cb.setColorStroke(Color.LIGHT_GRAY);
          cb.setLineWidth(0.5f);
          cb.rectangle(x, y, w, h);
          cb.stroke();
          cb.restoreState();
        }
        PdfDeterminism.fix(writer.getInfo(), date, pdf, captionBytes(caption));
        doc.close();
      } finally {
        reader.close();
      }
      return new Pages(out.toByteArray(), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void caption(PdfContentByte cb, Caption caption) {
    Rectangle page = PageSize.LETTER;
    ColumnText column = new ColumnText(cb);
    column.setSimpleColumn(
        MARGIN,
        page.getHeight() - MARGIN - CAPTION_HEIGHT,
        page.getWidth() - MARGIN,
        page.getHeight() - MARGIN + 14);
    Paragraph heading =
        new Paragraph(caption.heading(), new Font(PdfFonts.create(PdfFonts.Face.BOLD), 11.5f));
    heading.setLeading(14f);
    column.addElement(heading);
    Paragraph helps =
        new Paragraph(caption.helpsShow(), new Font(PdfFonts.create(PdfFonts.Face.REGULAR), 10f));
    helps.setLeading(13f);
    column.addElement(helps);
    try {
      column.go();
    } catch (DocumentException e) {
      throw new IllegalStateException("attachment caption layout failed", e);
    }
  }

  private static byte[] captionBytes(Caption caption) {
    return (caption.heading() + "\n" + caption.helpsShow()).getBytes(StandardCharsets.UTF_8);
  }
}
