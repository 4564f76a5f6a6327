package org.parolekit.model;

import java.util.Locale;

/** A language the tool writes documents in. */
public enum Language implements YamlEnum {
  EN,
  ES;

  /**
   * The locale its message bundles are read in: the base bundle for English, {@code _es} for
   * Spanish.
   */
  public Locale locale() {
    return this == ES ? Locale.forLanguageTag("es") : Locale.ROOT;
  }

  /** The language tag written into documents (PDF {@code /Lang}, Word's proofing language). */
  public String documentTag() {
    return this == ES ? "es-US" : "en-US";
  }
}
