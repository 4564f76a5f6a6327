package org.parolekit.check;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/** The one way text is normalized for matching: no diacritics, lower case, plain apostrophes. */
final class Fold {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Fold() {}

  /** "José HERNÁNDEZ’s" becomes "jose hernandez's". The result is for matching, never shown. */
  static String fold(String text) {
    return aligned(text).text();
  }

  /**
   * The folded text with, for each of its characters, the index of the character of {@code text} it
   * comes from, so that a match on folded text can be quoted in the writer's own spelling.
   */
  static Aligned aligned(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int[] origin = new int[text.length() + 1];
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String folded;
      if (c < 0x80) {
        folded = String.valueOf(Character.toLowerCase(c));
      } else {
        folded =
            switch (c) {
              case '\u2019', '\u2018', '\u02bc' -> "'";
              case '\u00a0', '\u2007', '\u202f' -> " ";
              case '\u201c', '\u201d' -> "\"";
              case '\u2013', '\u2014' -> "-";
              default ->
                  MARKS
                      .matcher(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD))
                      .replaceAll("")
                      .toLowerCase(Locale.ROOT);
            };
      }
      for (int k = 0; k < folded.length(); k++) {
        if (n == origin.length - 1) {
          origin = Arrays.copyOf(origin, origin.length * 2);
        }
        origin[n++] = i;
        out.append(folded.charAt(k));
      }
    }
    origin = Arrays.copyOf(origin, n + 1);
    origin[n] = text.length();
    return new Aligned(out.toString(), origin);
  }

  /**
   * Folded text and where each of its characters comes from.
   *
   * @param text the folded text
   * @param origin for each index of {@code text} (and one past its end), the index in the original
   */
  record Aligned(String text, int[] origin) {
    /** The original characters behind folded {@code [start, end)}. */
    String quote(String original, int start, int end) {
      int from = origin[start];
      int to = end >= origin.length - 1 ? original.length() : origin[end];
      return original.substring(from, Math.max(from, to));
    }
  }
}
