package org.parolekit.validate;

/** How much a finding matters: an error must be fixed before letters go out; a warning should be. */
public enum Severity {
  ERROR,
  WARNING;

  public String jsonName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
