package org.parolekit.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Alien Registration Number, kept as text and written one way: {@code A012-345-678}.
 *
 * <p>Accepts 8 or 9 digits with or without the leading {@code A}, spaces or hyphens; an 8-digit
 * number gets its leading zero.
 */
public record ANumber(String digits) {
  private static final Pattern ACCEPTED =
      Pattern.compile("(?i)\\s*A?\\s*([0-9][0-9 \\-]*[0-9])\\s*");

  public ANumber {
    if (digits == null || !digits.matches("[0-9]{9}")) {
      throw new InvalidValueException(
          "an A-number has 8 or 9 digits", "write it as A123-456-789 or A12-345-678");
    }
  }

  /** Reads the forms people write: {@code A123456789}, {@code 012345678}, {@code A 123-456-789}. */
  public static ANumber parse(String text) {
    Matcher m = ACCEPTED.matcher(text == null ? "" : text);
    if (!m.matches()) {
      throw new InvalidValueException(
          "value.aNumber.form",
          "is not an A-number",
          "write \"A\" followed by 8 or 9 digits, for example A123-456-789");
    }
    String d = m.group(1).replaceAll("[ \\-]", "");
    if (d.length() == 8) {
      d = "0" + d;
    }
    if (d.length() != 9) {
      int count = m.group(1).replaceAll("[ \\-]", "").length();
      throw new InvalidValueException(
          "value.aNumber.length",
          "an A-number has 8 or 9 digits, this one has " + count,
          "check the number on the person's papers; write it as A123-456-789",
          count);
    }
    return new ANumber(d);
  }

  /** The written form, {@code A012-345-678}. */
  public String formatted() {
    return "A" + digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6);
  }

  @Override
  public String toString() {
    return "A-number(redacted)";
  }
}
