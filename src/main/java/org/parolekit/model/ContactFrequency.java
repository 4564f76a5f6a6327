package org.parolekit.model;

/** How often a volunteer visits or writes to the person. */
public enum ContactFrequency implements YamlEnum {
  WEEKLY,
  EVERY_TWO_WEEKS,
  MONTHLY,
  NOW_AND_THEN;
}
