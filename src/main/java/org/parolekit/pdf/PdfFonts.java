package org.parolekit.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * The embedded Unicode fonts of every PDF parolekit writes (Liberation, from openpdf-fonts-extra):
 * read from the class path once per process (reading a TTF per document is several times slower),
 * and turned into embedded, subset fonts per PDF.
 */
public final class PdfFonts {
  /** The faces in use. */
  public enum Face {
    REGULAR("LiberationSerif-Regular.ttf"),
    BOLD("LiberationSerif-Bold.ttf"),
    ITALIC("LiberationSerif-Italic.ttf"),
    BOLD_ITALIC("LiberationSerif-BoldItalic.ttf"),
    SANS_BOLD("LiberationSans-Bold.ttf");

    final String file;

    Face(String file) {
      this.file = file;
    }
  }

  private PdfFonts() {}

  /** Holds the font bytes; initialized on first use, immutable afterwards. */
  private static final class Bytes {
    static final byte[][] FACES = load();

    private static byte[][] load() {
      Face[] faces = Face.values();
      byte[][] all = new byte[faces.length][];
      for (Face f : faces) {
        try (InputStream in =
            PdfFonts.class.getClassLoader().getResourceAsStream("liberation/" + f.file)) {
          if (in == null) {
            throw new IllegalStateException("font missing from the class path: " + f.file);
          }
          all[f.ordinal()] = in.readAllBytes();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return all;
    }
  }

  /**
   * A new embedded font for one PDF. The subset tag (the six letters before "+" in the font name)
   * is normally random; it is drawn here from a generator seeded with the face name, so the same
   * input gives the same bytes.
   */
  public static BaseFont create(Face face) {
    try {
      BaseFont font =
          BaseFont.createFont(
              face.file,
              BaseFont.IDENTITY_H,
              BaseFont.EMBEDDED,
              false,
              Bytes.FACES[face.ordinal()],
              null);
      font.setSubset(true);
      reseed(face, font);
      return font;
    } catch (DocumentException | IOException e) {
      throw new IllegalStateException("cannot load font " + face.file, e);
    }
  }

  /**
   * Starts the font's subset-tag generator again from its seed, so a font reused for another PDF
   * gives that PDF the same tag, and the same bytes, as a new font would.
   */
  public static void reseed(Face face, BaseFont font) {
    try {
      SecureRandom seeded = SecureRandom.getInstance("SHA1PRNG");
      seeded.setSeed(face.file.getBytes(StandardCharsets.UTF_8));
      font.setSecureRandom(seeded);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA1PRNG is always available", e);
    }
  }
}
