package org.parolekit.render;

/** The kinds of document the tool writes; each has one template per language. */
public enum DocumentKind {
  SPONSOR_LETTER("sponsor-letter"),
  SUPPORT_LETTER("support-letter"),
  ORGANIZATION_LETTER("organization-letter"),
  TRANSLATION_CERTIFICATE("translation-certificate"),
  WRITING_GUIDE("writing-guide");

  private final String slug;

  DocumentKind(String slug) {
    this.slug = slug;
  }

  /** A letter someone signs (the sponsor's, a supporter's, the organization's), not a guide. */
  public boolean isLetter() {
    return this == SPONSOR_LETTER || this == SUPPORT_LETTER || this == ORGANIZATION_LETTER;
  }

  /** The kind as written in template and file names, for example {@code sponsor-letter}. */
  public String slug() {
    return slug;
  }
}
