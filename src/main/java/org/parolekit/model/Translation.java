package org.parolekit.model;

/**
 * An English translation of a writer's statements (or whole letter), supplied by a person: the tool
 * never machine-translates.
 */
public record Translation(
    @Required @Doc(value = "Who translated it; named on the certificate of translation.")
        Translator translator,
    @Doc(value = "English translation of statements.relationship.") String relationship,
    @Doc(value = "English translation of statements.appearance.") String appearance,
    @Doc(value = "English translation of statements.character.") String character,
    @Doc(value = "English translation of statements.more.") String more,
    @Doc(value = "English translation of a whole letter (.txt or .md), when the writer wrote one.")
        FileRef letterFile,
    @Doc(
            value =
                "The fingerprint of the original this translates, as validate gives it once the"
                    + " translator has checked the translation; when the original changes, the"
                    + " translation is out of date.",
            example = "3f9a1c2b7d4e")
        String translates) {

  /** The translated statements, in the same shape as the original. */
  public Statements statements() {
    return new Statements(relationship, appearance, character, more);
  }
}
