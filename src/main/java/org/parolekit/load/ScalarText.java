package org.parolekit.load;

/**
 * What one value may not hold, whether it is read from a file or typed as an interview's answer:
 * more than {@link Limits#MAX_SCALAR_CHARS} characters, characters that change the direction of
 * text, or control characters.
 */
final class ScalarText {
  private ScalarText() {}

  /**
   * Whether {@code text} may be a value; reports why not otherwise.
   *
   * @param controlHint the message key of the hint for a control character, which depends on how it
   *     got into the text
   */
  static boolean acceptable(
      String text, int line, int column, String path, String controlHint, Problems.Reporter out) {
    if (text.length() > Limits.MAX_SCALAR_CHARS) {
      out.at(line, column, path, "text.tooLong", String.valueOf(Limits.MAX_SCALAR_CHARS));
      return false;
    }
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (SourceText.isBidiControl(c)) {
        out.at(line, column, path, "text.bidi", SourceText.codePoint(c));
        return false;
      }
      if (SourceText.isForbiddenControl(c)) {
        out.raw(
            line,
            column,
            path,
            out.text("text.control", SourceText.codePoint(c)),
            out.text(controlHint));
        return false;
      }
    }
    return true;
  }
}
