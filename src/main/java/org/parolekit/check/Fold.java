package org.parolekit.check;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The one way text is normalized for matching: no diacritics, lower case, plain apostrophes. */
final class Fold {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Fold() {}

  /** "José HERNÁNDEZ’s" becomes "jose hernandez's". The result is for matching, never shown. */
  static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    return MARKS.matcher(decomposed)
        .replaceAll("")
        .replace('\u2019', '\'')
        .replace('\u2018', '\'')
        .replace('\u00a0', ' ')
        .toLowerCase(Locale.ROOT);
  }
}
