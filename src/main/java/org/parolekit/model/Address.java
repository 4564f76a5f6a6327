package org.parolekit.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A street address in the United States (or elsewhere when {@code country} says so). */
public record Address(
    @Required @Doc(value = "Street number and name.", example = "1420 Calle Ocho") String street,
    @Doc(value = "Apartment, suite or unit, if any.", example = "Apt 3B") String unit,
    @Required @Doc(value = "City or town.", example = "Chula Vista") String city,
    @Required @Doc(value = "State, two letters.", example = "CA") String state,
    @Required @Doc(value = "ZIP code.", example = "91910") String postalCode,
    @Doc(value = "Country, when not the United States.") String country) {

  private static final Pattern PO_BOX =
      Pattern.compile(
          "(?i)\\b(p\\.?\\s*o\\.?\\s*box|post\\s+office\\s+box|apartado\\s+postal|casilla)\\b");

  /** Whether the street line is a post-office box, which ICE does not accept as a residence. */
  public boolean isPostOfficeBox() {
    return isPostOfficeBox(street) || (unit != null && isPostOfficeBox(unit));
  }

  /** Whether one line of an address names a post-office box ("PO Box 12", "Apartado postal 12"). */
  public static boolean isPostOfficeBox(String line) {
    return PO_BOX.matcher(line).find();
  }

  /**
   * The address as printed lines, for example "1420 Calle Ocho, Apt 3B" / "Chula Vista, CA 91910".
   */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add(unit == null || unit.isBlank() ? street : street + ", " + unit);
    lines.add(city + ", " + state + " " + postalCode);
    if (country != null && !country.isBlank()) {
      lines.add(country);
    }
    return List.copyOf(lines);
  }

  @Override
  public String toString() {
    return "Address(redacted)";
  }
}
