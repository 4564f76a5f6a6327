package org.parolekit.model;

/**
 * An English translation of a writer's statements (or whole letter), supplied by a person: the
 * tool never machine-translates.
 */
public record Translation(
    @Required @Doc(value = "Who translated it; named on the certificate of translation.") Translator translator,
    @Doc(value = "English translation of statements.relationship.") String relationship,
    @Doc(value = "English translation of statements.appearance.") String appearance,
    @Doc(value = "English translation of statements.character.") String character,
    @Doc(value = "English translation of statements.more.") String more,
    @Doc(value = "English translation of a whole letter (.txt or .md), when the writer wrote one.") FileRef letterFile) {

  /** The translated statements, in the same shape as the original. */
  public Statements statements() {
    return new Statements(relationship, appearance, character, more);
  }
}
