package org.parolekit.interview;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date typed with its day and month first and the year last, as in 14/08/1996 or 8/14/1996. When
 * only one reading is a real date it is that one; when both are (03/04/1996) the interview asks
 * which number is the day.
 */
record SlashDate(int first, int second, int year) {
  private static final Pattern FORM =
      Pattern.compile("(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})");

  /** The answer read as day, month and year in some order, if it has that form. */
  static Optional<SlashDate> read(String answer) {
    Matcher m = FORM.matcher(answer.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new SlashDate(
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3))));
  }

  /** The date with the first number as the day. */
  Optional<LocalDate> dayFirst() {
    return date(year, second, first);
  }

  /** The date with the first number as the month. */
  Optional<LocalDate> monthFirst() {
    return date(year, first, second);
  }

  /** Whether both readings are real dates and differ, so the writer must say which is meant. */
  boolean ambiguous() {
    return dayFirst().isPresent() && monthFirst().isPresent() && !dayFirst().equals(monthFirst());
  }

  /** The one real date this can be, when it is not ambiguous. */
  Optional<LocalDate> unambiguous() {
    if (ambiguous()) {
      return Optional.empty();
    }
    return dayFirst().or(this::monthFirst);
  }

  private static Optional<LocalDate> date(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return "SlashDate(redacted)";
  }
}
