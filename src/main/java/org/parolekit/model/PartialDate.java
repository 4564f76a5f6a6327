package org.parolekit.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A "since when" date as people know it: a year ({@code 2015}), a month ({@code 2015-03}) or a day
 * ({@code 2015-03-14}).
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {
  private static final Pattern FORM = Pattern.compile("([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?");

  public PartialDate {
    if (year < 1900 || year > 2200) {
      throw new InvalidValueException(
          "value.since.year",
          "year " + year + " is out of range",
          "write a year such as 2015",
          String.valueOf(year));
    }
    if (month < 0 || month > 12 || (month == 0 && day != 0)) {
      throw new InvalidValueException(
          "value.since.month", "is not a real month", "write YYYY, YYYY-MM or YYYY-MM-DD");
    }
    if (day != 0) {
      try {
        LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        throw new InvalidValueException(
            "value.since.day", "is not a real date", "check the day and month (YYYY-MM-DD)");
      }
    }
  }

  public static PartialDate parse(String text) {
    Matcher m = FORM.matcher(text == null ? "" : text.trim());
    if (!m.matches()) {
      throw new InvalidValueException(
          "value.since.form",
          "is not a date",
          "write a year (2015), a month (2015-03) or a day (2015-03-14)");
    }
    int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    return new PartialDate(Integer.parseInt(m.group(1)), month, day);
  }

  public boolean hasMonth() {
    return month != 0;
  }

  public boolean hasDay() {
    return day != 0;
  }

  /** The earliest day this date can mean, for comparisons. */
  public LocalDate earliestDay() {
    return LocalDate.of(year, hasMonth() ? month : 1, hasDay() ? day : 1);
  }

  /** Whether this date lies after {@code today} at its own precision. */
  public boolean isAfter(LocalDate today) {
    if (!hasMonth()) {
      return year > today.getYear();
    }
    if (!hasDay()) {
      return YearMonth.of(year, month).isAfter(YearMonth.from(today));
    }
    return LocalDate.of(year, month, day).isAfter(today);
  }

  @Override
  public int compareTo(PartialDate o) {
    return earliestDay().compareTo(o.earliestDay());
  }

  @Override
  public String toString() {
    return hasDay()
        ? String.format("%04d-%02d-%02d", year, month, day)
        : hasMonth() ? String.format("%04d-%02d", year, month) : String.format("%04d", year);
  }
}
