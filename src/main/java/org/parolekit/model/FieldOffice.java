package org.parolekit.model;

/**
 * The ICE Enforcement and Removal Operations field offices; letters are addressed to the Field
 * Office Director of the one that holds the person.
 */
public enum FieldOffice implements YamlEnum {
  ATLANTA("Atlanta", "GA"),
  BALTIMORE("Baltimore", "MD"),
  BOSTON("Boston", "MA"),
  BUFFALO("Buffalo", "NY"),
  CHICAGO("Chicago", "IL"),
  DALLAS("Dallas", "TX"),
  DENVER("Denver", "CO"),
  DETROIT("Detroit", "MI"),
  EL_PASO("El Paso", "TX"),
  HARLINGEN("Harlingen", "TX"),
  HOUSTON("Houston", "TX"),
  LOS_ANGELES("Los Angeles", "CA"),
  MIAMI("Miami", "FL"),
  NEW_ORLEANS("New Orleans", "LA"),
  NEW_YORK_CITY("New York City", "NY"),
  NEWARK("Newark", "NJ"),
  PHILADELPHIA("Philadelphia", "PA"),
  PHOENIX("Phoenix", "AZ"),
  SALT_LAKE_CITY("Salt Lake City", "UT"),
  SAN_ANTONIO("San Antonio", "TX"),
  SAN_DIEGO("San Diego", "CA"),
  SAN_FRANCISCO("San Francisco", "CA"),
  SEATTLE("Seattle", "WA"),
  ST_PAUL("St. Paul", "MN"),
  WASHINGTON("Washington", "VA");

  private final String displayName;
  private final String state;

  FieldOffice(String displayName, String state) {
    this.displayName = displayName;
    this.state = state;
  }

  /** The office's name as ICE writes it, for example "San Diego". */
  public String displayName() {
    return displayName;
  }

  /** The two-letter state of the office's headquarters, used to find regional resources. */
  public String state() {
    return state;
  }
}
