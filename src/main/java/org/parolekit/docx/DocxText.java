package org.parolekit.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The text of a Word letter (.docx): its paragraphs in order, one blank line between them, line
 * breaks inside a paragraph kept. Tables are read cell by cell; headers, footers, comments and
 * images are left out, since they are page furniture and not the writer's words.
 *
 * <p>Only this class names Apache POI on the reading side, so commands that read no Word file never
 * load it.
 */
public final class DocxText {
  /** A letter that unpacks to more than this is refused before it is parsed (a zip bomb). */
  static final long MAX_UNPACKED_BYTES = 32L * 1024 * 1024;

  static final int MAX_ENTRIES = 2000;

  private DocxText() {}

  /** Why a file could not be read as a Word document; the message names no content. */
  public static final class NotWord extends Exception {
    private static final long serialVersionUID = 1L;

    NotWord(String reason, Throwable cause) {
      super(reason, cause);
    }
  }

  /** The letter's paragraphs as plain text. */
  public static String read(byte[] docx) throws NotWord {
    checkUnpackedSize(docx);
    List<String> paragraphs = new ArrayList<>();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      for (IBodyElement element : doc.getBodyElements()) {
        collect(element, paragraphs);
      }
    } catch (IOException | RuntimeException e) {
      throw new NotWord("not a Word document (.docx) that can be read", e);
    }
    return String.join("\n\n", paragraphs) + (paragraphs.isEmpty() ? "" : "\n");
  }

  private static void collect(IBodyElement element, List<String> paragraphs) {
    if (element instanceof XWPFParagraph p) {
      String text = p.getText().replace('\u00A0', ' ').strip();
      if (!text.isEmpty()) {
        paragraphs.add(text);
      }
    } else if (element instanceof XWPFTable table) {
      for (XWPFTableRow row : table.getRows()) {
        for (XWPFTableCell cell : row.getTableCells()) {
          for (IBodyElement inner : cell.getBodyElements()) {
            collect(inner, paragraphs);
          }
        }
      }
    }
  }

  private static void checkUnpackedSize(byte[] docx) throws NotWord {
    long total = 0;
    int entries = 0;
    byte[] buffer = new byte[8192];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (++entries > MAX_ENTRIES) {
          throw new NotWord("a Word document with too many parts", null);
        }
        total += drain(zip, buffer, MAX_UNPACKED_BYTES - total);
      }
    } catch (IOException e) {
      throw new NotWord("not a Word document (.docx) that can be read", e);
    }
    if (entries == 0) {
      throw new NotWord("not a Word document (.docx) that can be read", null);
    }
  }

  private static long drain(InputStream in, byte[] buffer, long allowed)
      throws IOException, NotWord {
    long read = 0;
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      read += n;
      if (read > allowed) {
        throw new NotWord(
            "a Word document that unpacks to more than "
                + MAX_UNPACKED_BYTES / (1024 * 1024)
                + " MB",
            null);
      }
    }
    return read;
  }
}
