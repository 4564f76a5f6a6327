package org.parolekit.interview;

/**
 * Puts a capital letter where a sentence starts: at the beginning, and after a full stop, a
 * question mark or an exclamation mark followed by a space, past opening marks such as ¿ or a
 * quote. The loader words its messages and hints as parts of one line; the interview says them as
 * sentences.
 */
final class Sentences {
  private Sentences() {}

  static String capitalized(String text) {
    StringBuilder b = new StringBuilder(text.length());
    boolean start = true;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (start && Character.isLetter(cp)) {
        b.appendCodePoint(Character.toUpperCase(cp));
        start = false;
      } else {
        b.appendCodePoint(cp);
        if (start && !isOpening(cp)) {
          start = false;
        }
      }
      if ((cp == '.' || cp == '?' || cp == '!')
          && i + 1 < text.length()
          && text.charAt(i + 1) == ' ') {
        start = true;
        b.append(' ');
        i++;
      }
      i += Character.charCount(cp);
    }
    return b.toString();
  }

  private static boolean isOpening(int cp) {
    return cp == '¿' || cp == '¡' || cp == '"' || cp == '«' || cp == '“' || cp == '(';
  }
}
