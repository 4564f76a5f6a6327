package org.parolekit.check;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.parolekit.core.ExitStatus;
import org.parolekit.core.ParolekitException;
import org.parolekit.core.Utf8Text;
import org.parolekit.docx.DocxText;

/**
 * Reads a standalone letter as plain text: {@code .txt}, {@code .md} (read as written; Markdown
 * marks do not disturb the check), Word ({@code .docx}, its paragraphs) and PDF with a text layer.
 * A PDF without one is a scan, which the check cannot read. A PDF's lines are joined back into
 * paragraphs ({@link WrappedLines}).
 */
public final class LetterExtractor {
  /** Below this many letters or digits per page, a PDF is taken to be a scan. */
  private static final int MIN_CHARACTERS_PER_PAGE = 20;

  private LetterExtractor() {}

  /** The letter's text; throws {@link ParolekitException} with {@link ExitStatus#INVALID_INPUT}. */
  public static LetterText read(Path file) {
    return LetterText.of(text(file), file.getFileName().toString());
  }

  /** The text of a .txt, .md, .docx or .pdf file. */
  public static String text(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    try {
      if (name.endsWith(".pdf")) {
        return pdfText(file);
      }
      if (name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".markdown")) {
        return utf8(file);
      }
      if (name.endsWith(".docx")) {
        return docxText(file);
      }
    } catch (NoSuchFileException e) {
      throw new ParolekitException(ExitStatus.INVALID_INPUT, file + ": no such file", e);
    } catch (IOException e) {
      throw new ParolekitException(
          ExitStatus.INVALID_INPUT, file + ": cannot be read: " + e.getMessage(), e);
    }
    throw new ParolekitException(
        ExitStatus.INVALID_INPUT,
        file + ": not a letter parolekit can read; use .txt, .md, .docx or a PDF with text");
  }

  private static String utf8(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    Utf8Text.Decoded decoded = Utf8Text.decode(bytes);
    if (decoded.text().isPresent()) {
      return decoded.text().get();
    }
    Utf8Text.NotUtf8 p = decoded.problem().get();
    return switch (p.looksLike()) {
      // Letters typed on older Windows machines arrive in Windows-1252, or in UTF-16 from Notepad.
      case WINDOWS_1252 -> new String(bytes, Charset.forName("windows-1252"));
      case UTF_16 ->
          new String(
                  bytes,
                  bytes.length > 1 && bytes[0] == 0
                      ? StandardCharsets.UTF_16BE
                      : bytes.length > 1 && bytes[1] == 0
                          ? StandardCharsets.UTF_16LE
                          : StandardCharsets.UTF_16)
              .replace("\uFEFF", "");
      case UNKNOWN ->
          throw new ParolekitException(
              ExitStatus.INVALID_INPUT,
              file
                  + ": is not UTF-8 text: it looks like "
                  + p.looksLike().describe(Locale.ROOT)
                  + " (the first byte UTF-8 cannot read is byte "
                  + p.byteOffset()
                  + " of the file). Open it in a text editor and save it again with the encoding"
                  + " UTF-8");
    };
  }

  private static String docxText(Path file) throws IOException {
    try {
      return DocxText.read(Files.readAllBytes(file));
    } catch (DocxText.NotWord e) {
      throw new ParolekitException(
          ExitStatus.INVALID_INPUT,
          file
              + ": "
              + e.getMessage()
              + ". Open it in Word or LibreOffice and save it again as a Word document (.docx)",
          e);
    }
  }

  private static String pdfText(Path file) throws IOException {
    PdfReader reader;
    try {
      reader = new PdfReader(Files.readAllBytes(file));
    } catch (IOException | RuntimeException e) {
      throw new ParolekitException(
          ExitStatus.INVALID_INPUT, file + ": not a readable PDF: " + e.getMessage(), e);
    }
    try {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      StringBuilder text = new StringBuilder();
      int pages = reader.getNumberOfPages();
      for (int page = 1; page <= pages; page++) {
        text.append(extractor.getTextFromPage(page)).append('\n');
      }
      long visible = text.chars().filter(Character::isLetterOrDigit).count();
      if (visible < (long) MIN_CHARACTERS_PER_PAGE * Math.max(1, pages)) {
        throw new ParolekitException(
            ExitStatus.INVALID_INPUT,
            file
                + ": this PDF has no text layer; it looks scanned. Type the letter into a .txt"
                + " file, or run the scan through OCR, and check that instead.");
      }
      return WrappedLines.join(text.toString());
    } finally {
      reader.close();
    }
  }
}
