package org.parolekit.check;

import java.util.Locale;

/** Whether a finding stops a letter from going out (error) or only weakens it (warning). */
public enum Severity {
  ERROR,
  WARNING;

  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
