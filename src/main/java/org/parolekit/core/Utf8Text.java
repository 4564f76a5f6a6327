package org.parolekit.core;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Decodes a file's bytes as UTF-8, the one encoding parolekit reads, and when they are not, says
 * where the first wrong byte is and what the file most likely is instead, so the message can say
 * how to save it again. The one decoder for case files, rosters and letters.
 */
public final class Utf8Text {
  /** What a file that is not UTF-8 most likely is. */
  public enum LooksLike {
    UTF_16("UTF-16", "UTF-16"),
    WINDOWS_1252("Latin-1 / Windows-1252", "Latin-1 / Windows-1252"),
    UNKNOWN("another encoding, or not text at all", "otra codificación, o no es texto");

    private final String english;
    private final String spanish;

    LooksLike(String english, String spanish) {
      this.english = english;
      this.spanish = spanish;
    }

    /** How to name it to a user, in English or (for {@code es}) in Spanish. */
    public String describe(Locale locale) {
      return locale.getLanguage().equals("es") ? spanish : english;
    }
  }

  /**
   * Where decoding stopped and what the bytes look like.
   *
   * @param byteOffset the offset, from the file's start, of the first byte that is not UTF-8
   * @param line the line of that byte, from 1
   * @param column its column, from 1, in the characters before it
   */
  public record NotUtf8(long byteOffset, int line, int column, LooksLike looksLike) {}

  /** The decoded text, a leading byte-order mark dropped, or why it is not UTF-8. */
  public record Decoded(Optional<String> text, Optional<NotUtf8> problem) {}

  private Utf8Text() {}

  public static Decoded decode(byte[] bytes) {
    int start = hasBom(bytes) ? 3 : 0;
    if (looksLikeUtf16(bytes)) {
      return failed(new NotUtf8(0, 1, 1, LooksLike.UTF_16));
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer chars = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, chars, true);
    if (!result.isError()) {
      result = decoder.flush(chars);
    }
    chars.flip();
    String decoded = chars.toString();
    if (!result.isError()) {
      return new Decoded(Optional.of(decoded), Optional.empty());
    }
    int line = 1;
    int column = 1;
    for (int i = 0; i < decoded.length(); i++) {
      if (decoded.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    LooksLike like =
        looksLikeWindows1252(bytes, start) ? LooksLike.WINDOWS_1252 : LooksLike.UNKNOWN;
    return failed(new NotUtf8(in.position(), line, column, like));
  }

  private static Decoded failed(NotUtf8 problem) {
    return new Decoded(Optional.empty(), Optional.of(problem));
  }

  private static boolean hasBom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }

  /** A UTF-16 byte-order mark, or text whose every other byte is zero, as UTF-16 makes of ASCII. */
  private static boolean looksLikeUtf16(byte[] b) {
    if (b.length >= 2
        && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE
            || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)) {
      return true;
    }
    int n = Math.min(b.length, 4096) & ~1;
    if (n < 8) {
      return false;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < n; i += 2) {
      evenZeros += b[i] == 0 ? 1 : 0;
      oddZeros += b[i + 1] == 0 ? 1 : 0;
    }
    int pairs = n / 2;
    return Math.max(evenZeros, oddZeros) * 10 >= pairs * 6
        && Math.min(evenZeros, oddZeros) * 10 < pairs;
  }

  /**
   * Whether every byte UTF-8 cannot read stands alone as a Windows-1252 letter or mark (é is 0xE9
   * there), as a file saved by an older Windows editor or spreadsheet has it.
   */
  private static boolean looksLikeWindows1252(byte[] b, int start) {
    boolean any = false;
    for (int i = start; i < b.length; i++) {
      int v = b[i] & 0xFF;
      if (v == 0) {
        return false;
      }
      if (v >= 0x80) {
        int len = utf8SequenceLength(b, i);
        if (len > 0) {
          i += len - 1;
          continue;
        }
        if (v == 0x81 || v == 0x8D || v == 0x8F || v == 0x90 || v == 0x9D) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  /** The length of a well-formed UTF-8 sequence starting at {@code i}, or 0. */
  private static int utf8SequenceLength(byte[] b, int i) {
    int v = b[i] & 0xFF;
    int len = v >= 0xF0 && v <= 0xF4 ? 4 : v >= 0xE0 ? 3 : v >= 0xC2 && v <= 0xDF ? 2 : 0;
    if (len == 0 || i + len > b.length) {
      return 0;
    }
    for (int k = 1; k < len; k++) {
      if ((b[i + k] & 0xC0) != 0x80) {
        return 0;
      }
    }
    return len;
  }
}
