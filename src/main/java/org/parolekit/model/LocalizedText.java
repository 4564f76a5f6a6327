package org.parolekit.model;

/** A text an organization writes once per language. */
public record LocalizedText(
    @Required @Doc(value = "The text in English.") String en,
    @Doc(value = "The text in Spanish.") String es) {

  /** The text in {@code language}, or English when there is none in it. */
  public String in(Language language) {
    return language == Language.ES && es != null && !es.isBlank() ? es : en;
  }
}
