package org.parolekit.packet;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.parolekit.pdf.PdfDeterminism;
import org.parolekit.pdf.PdfFonts;

/** Puts a scanned image on a US Letter page, scaled to fit, with a caption above it. */
final class ImagePage {
  private static final float MARGIN = 54f;
  private static final float CAPTION_SPACE = 48f;

  private ImagePage() {}

  static byte[] render(byte[] image, String caption, LocalDate date) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.LETTER, MARGIN, MARGIN, MARGIN, MARGIN);
    try {
      PdfWriter writer = PdfWriter.getInstance(doc, out);
      doc.open();
      Paragraph p = new Paragraph(caption, new Font(PdfFonts.create(PdfFonts.Face.BOLD), 12));
      p.setSpacingAfter(12);
      doc.add(p);
      Image img = Image.getInstance(image);
      float width = PageSize.LETTER.getWidth() - 2 * MARGIN;
      float height = PageSize.LETTER.getHeight() - 2 * MARGIN - CAPTION_SPACE;
      img.scaleToFit(width, height);
      img.setAlignment(Element.ALIGN_CENTER);
      doc.add(img);
      PdfDeterminism.fix(writer.getInfo(), date, image, caption.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      doc.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
