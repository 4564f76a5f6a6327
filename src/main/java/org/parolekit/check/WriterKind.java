package org.parolekit.check;

import java.util.Locale;

/** Who wrote a letter; a sponsor's letter must carry more than a supporter's. */
public enum WriterKind {
  SPONSOR,
  SUPPORTER,
  ORGANIZATION,
  /** The person themself: their own letter, or a letter of detained people. */
  PERSON,
  UNKNOWN;

  /** The lower-case name used in labels and JSON. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
