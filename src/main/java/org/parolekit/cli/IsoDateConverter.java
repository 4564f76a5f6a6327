package org.parolekit.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a date option as YYYY-MM-DD. A value in another form, or a day that does not exist, is
 * refused with the value and the expected form; picocli names the option.
 */
final class IsoDateConverter implements ITypeConverter<LocalDate> {
  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private final CliText text;

  IsoDateConverter(CliText text) {
    this.text = text;
  }

  @Override
  public LocalDate convert(String value) {
    try {
      return LocalDate.parse(value, ISO);
    } catch (DateTimeParseException e) {
      boolean looksIso = value.matches("\\d{4}-\\d{2}-\\d{2}");
      throw new TypeConversionException(
          text.get(looksIso ? "usage.impossible-date" : "usage.bad-date", value));
    }
  }
}
