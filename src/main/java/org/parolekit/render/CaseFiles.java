package org.parolekit.render;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;
import org.parolekit.core.ExitStatus;
import org.parolekit.core.ParolekitException;
import org.parolekit.core.Utf8Text;
import org.parolekit.docx.DocxText;
import org.parolekit.model.FileRef;

/**
 * Reads the files a case names (whole letters, logos) with size limits and strict UTF-8; Word
 * letters through POI.
 */
final class CaseFiles {
  static final long MAX_LETTER_BYTES = 200 * 1024;
  static final long MAX_LOGO_BYTES = 2 * 1024 * 1024;

  /** A Word letter carries its styles and perhaps a letterhead image, so it may be larger. */
  static final long MAX_WORD_LETTER_BYTES = 5 * 1024 * 1024;

  private CaseFiles() {}

  /**
   * Whether a whole-letter file is Markdown (.md) rather than plain text (.txt) or Word (.docx).
   */
  static boolean isMarkdown(FileRef file) {
    String name = file.fileName().toLowerCase(Locale.ROOT);
    if (name.endsWith(".md") || name.endsWith(".markdown")) {
      return true;
    }
    if (name.endsWith(".txt") || isWord(file)) {
      return false;
    }
    throw new ParolekitException(
        ExitStatus.INVALID_INPUT, Messages.get("file.letterFormat", file.written()));
  }

  private static boolean isWord(FileRef file) {
    return file.fileName().toLowerCase(Locale.ROOT).endsWith(".docx");
  }

  /**
   * The text of a whole letter, exactly as written (a byte-order mark dropped); of a Word letter,
   * its paragraphs, one blank line between them.
   */
  static String letterText(FileRef file) {
    if (isWord(file)) {
      try {
        return DocxText.read(read(file, MAX_WORD_LETTER_BYTES, "letter"));
      } catch (DocxText.NotWord e) {
        throw new ParolekitException(
            ExitStatus.INVALID_INPUT, Messages.get("file.notWord", file.written()), e);
      }
    }
    byte[] bytes = read(file, MAX_LETTER_BYTES, "letter");
    Utf8Text.Decoded decoded = Utf8Text.decode(bytes);
    return decoded
        .text()
        .orElseThrow(
            () -> {
              Utf8Text.NotUtf8 p = decoded.problem().get();
              return new ParolekitException(
                  ExitStatus.INVALID_INPUT,
                  Messages.get(
                      "file.notUtf8",
                      file.written(),
                      p.looksLike().describe(Locale.ROOT),
                      String.valueOf(p.byteOffset())));
            });
  }

  /** The bytes of a logo image. */
  static byte[] logo(FileRef file) {
    return read(file, MAX_LOGO_BYTES, "logo");
  }

  private static byte[] read(FileRef file, long limit, String what) {
    try {
      if (!Files.isRegularFile(file.resolved())) {
        throw new ParolekitException(
            ExitStatus.INVALID_INPUT, Messages.get("file.missing", file.written(), what));
      }
      if (Files.size(file.resolved()) > limit) {
        throw new ParolekitException(
            ExitStatus.INVALID_INPUT,
            Messages.get("file.tooLarge", file.written(), what, limit / 1024));
      }
      return Files.readAllBytes(file.resolved());
    } catch (IOException e) {
      throw new ParolekitException(
          ExitStatus.INVALID_INPUT, Messages.get("file.unreadable", file.written(), what), e);
    }
  }
}
