package org.parolekit.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * The embedded Unicode fonts (Liberation, from openpdf-fonts-extra), read from the classpath once
 * per instance so documents do not re-read the files.
 */
public final class PdfFonts {
  private final byte[] serifRegular;
  private final byte[] serifBold;
  private final byte[] serifItalic;
  private final byte[] sansBold;

  public PdfFonts() {
    serifRegular = read("LiberationSerif-Regular.ttf");
    serifBold = read("LiberationSerif-Bold.ttf");
    serifItalic = read("LiberationSerif-Italic.ttf");
    sansBold = read("LiberationSans-Bold.ttf");
  }

  /** A new font object for one document; subsets are per document, so fonts are not shared. */
  public BaseFont serif() {
    return create("LiberationSerif-Regular.ttf", serifRegular);
  }

  public BaseFont serifBold() {
    return create("LiberationSerif-Bold.ttf", serifBold);
  }

  public BaseFont serifItalic() {
    return create("LiberationSerif-Italic.ttf", serifItalic);
  }

  public BaseFont sansBold() {
    return create("LiberationSans-Bold.ttf", sansBold);
  }

  private static BaseFont create(String name, byte[] bytes) {
    try {
      BaseFont f = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
      f.setSubset(true);
      f.setSecureRandom(subsetTagSource(name));
      return f;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The subset tag (the six letters before a subset font's name) is drawn from this source; a
   * seeded one keeps identical input producing identical bytes.
   */
  private static SecureRandom subsetTagSource(String fontName) {
    try {
      SecureRandom r = SecureRandom.getInstance("SHA1PRNG");
      r.setSeed(fontName.getBytes(StandardCharsets.UTF_8));
      return r;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA1PRNG is part of every Java runtime", e);
    }
  }

  private static byte[] read(String name) {
    try (InputStream in = PdfFonts.class.getResourceAsStream("/liberation/" + name)) {
      if (in == null) {
        throw new IllegalStateException("font " + name + " is missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
