package org.parolekit.model;

/** Who signs an organization's letters. */
public record Signer(
    @Required @Doc(value = "Signer's full name.") String name,
    @Required @Doc(value = "Signer's title.", example = "Coordinator") String title,
    @Doc(value = "Signer's title in Spanish, for the person's copy.", example = "Coordinadora")
        String titleEs) {

  /** A signer whose title has no Spanish form. */
  public Signer(String name, String title) {
    this(name, title, null);
  }
}
