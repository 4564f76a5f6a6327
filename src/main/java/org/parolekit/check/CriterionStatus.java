package org.parolekit.check;

import java.util.Locale;

/** How well a letter makes one of the three points. */
public enum CriterionStatus {
  /** The letter makes the point with concrete detail. */
  MET,
  /** The letter touches the point but vaguely or with one thin detail. */
  WEAK,
  /** The letter says nothing that counts for the point. */
  MISSING;

  /** The lower-case name used in JSON and labels: met, weak, missing. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static CriterionStatus fromJsonName(String name) {
    return valueOf(name.trim().toUpperCase(Locale.ROOT));
  }
}
