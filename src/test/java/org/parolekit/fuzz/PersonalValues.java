package org.parolekit.fuzz;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a personal value of the input (an A-number, a birth date, a phone number: any run of six or
 * more digits, read through the dashes, dots, slashes and spaces that separate them) that an error
 * message repeats. Messages name the file, the line and the field, never such a value.
 */
public final class PersonalValues {
  /** Digits with at most single separators between them. */
  private static final Pattern DIGITS = Pattern.compile("\\d(?:[-./ ]?\\d)+");

  private static final int SHORTEST = 6;

  private PersonalValues() {}

  /** The first run of digits in {@code message} that is also one of {@code input}'s, if any. */
  public static Optional<String> echoed(String input, String message) {
    return echoed(input, message, "");
  }

  /**
   * The same, but a run that the messages' own wording holds ({@code wording}: for example a hint's
   * sample phone number) is the message's, not the input's.
   */
  public static Optional<String> echoed(String input, String message, String wording) {
    String own = runs(wording);
    String inputDigits = runs(input);
    Matcher m = DIGITS.matcher(message);
    while (m.find()) {
      String digits = m.group().replaceAll("\\D", "");
      if (digits.length() >= SHORTEST && inputDigits.contains(digits) && !own.contains(digits)) {
        return Optional.of(m.group());
      }
    }
    return Optional.empty();
  }

  /** Every digit run of {@code text}, separators dropped, between bars. */
  private static String runs(String text) {
    StringBuilder all = new StringBuilder("|");
    Matcher m = DIGITS.matcher(text);
    while (m.find()) {
      all.append(m.group().replaceAll("\\D", "")).append('|');
    }
    return all.toString();
  }
}
