package org.parolekit.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.parolekit.core.Utf8Text;

/**
 * Reads an input file as UTF-8 text, refusing files that are too large, not UTF-8, or that hold
 * control characters, before any YAML parser sees them.
 */
final class SourceText {
  private SourceText() {}

  /** The decoded text without a byte-order mark, or empty when a problem was reported. */
  static Optional<String> read(Path file, Problems.Reporter out) {
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        out.whole("file.folder");
        return Optional.empty();
      }
      if (Files.size(file) > Limits.MAX_FILE_BYTES) {
        out.whole("file.tooLarge");
        return Optional.empty();
      }
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes(Limits.MAX_FILE_BYTES + 1);
      }
    } catch (NoSuchFileException e) {
      out.whole("file.notFound");
      return Optional.empty();
    } catch (IOException e) {
      out.whole("file.unreadable", e.getClass().getSimpleName());
      return Optional.empty();
    }
    if (bytes.length > Limits.MAX_FILE_BYTES) {
      out.whole("file.tooLarge");
      return Optional.empty();
    }
    Optional<String> text = decode(bytes, out);
    if (text.isPresent() && !controlCharactersAbsent(text.get(), out)) {
      return Optional.empty();
    }
    return text;
  }

  private static Optional<String> decode(byte[] bytes, Problems.Reporter out) {
    Utf8Text.Decoded decoded = Utf8Text.decode(bytes);
    decoded
        .problem()
        .ifPresent(
            p ->
                out.at(
                    p.line(),
                    p.column(),
                    "",
                    "file.notUtf8",
                    out.text("encoding." + p.looksLike().name().toLowerCase(Locale.ROOT)),
                    String.valueOf(p.byteOffset())));
    return decoded.text();
  }

  /** Reports every C0 or C1 control character except tab, line feed and carriage return. */
  private static boolean controlCharactersAbsent(String text, Problems.Reporter out) {
    boolean clean = true;
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c == '\n' || (c == '\r' && (i >= text.length() || text.charAt(i) != '\n'))) {
        line++;
        column = 1;
        continue;
      }
      if (isForbiddenControl(c)) {
        out.at(line, column, "", "text.control", codePoint(c));
        clean = false;
      }
      column++;
    }
    return clean;
  }

  static boolean isForbiddenControl(int c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
  }

  /**
   * Unicode characters that reorder how text is displayed, used to hide what a text really says.
   */
  static boolean isBidiControl(int c) {
    return (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0x200E
        || c == 0x200F;
  }

  static String codePoint(int c) {
    return String.format("U+%04X", c);
  }
}
