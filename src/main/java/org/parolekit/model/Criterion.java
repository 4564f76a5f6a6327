package org.parolekit.model;

/** One of the three things a parole request must show. */
public enum Criterion implements YamlEnum {
  IDENTITY,
  FLIGHT_RISK,
  DANGER;
}
