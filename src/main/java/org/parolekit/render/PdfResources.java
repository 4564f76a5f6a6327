package org.parolekit.render;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.parolekit.pdf.PdfFonts;

/**
 * Parsed fonts and decoded logos reused across the PDFs of one render session: parsing the four
 * TrueType faces and decoding a PNG logo cost more than laying out a letter. Not thread-safe; each
 * session (one thread at a time) has its own. A font is created only when a PDF uses it.
 */
final class PdfResources {
  private final Map<PdfFonts.Face, BaseFont> faces = new EnumMap<>(PdfFonts.Face.class);
  private final Map<byte[], Image> logos = new IdentityHashMap<>();

  /** Called before each PDF: reused fonts draw the same subset tag as new ones would. */
  void startDocument() {
    faces.forEach(PdfFonts::reseed);
  }

  BaseFont font(PdfFonts.Face face) {
    return faces.computeIfAbsent(face, PdfFonts::create);
  }

  /** A fresh copy of the decoded logo (layout changes its size and alignment). */
  Image logo(byte[] bytes) throws BadElementException, IOException {
    Image decoded = logos.get(bytes);
    if (decoded == null) {
      decoded = Image.getInstance(bytes);
      logos.put(bytes, decoded);
    }
    return Image.getInstance(decoded);
  }
}
