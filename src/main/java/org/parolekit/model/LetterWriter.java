package org.parolekit.model;

/** Someone who writes a letter for the person: the sponsor or a supporter. */
public interface LetterWriter {
  String name();

  /** The language the writer reads and signs in. */
  Language language();

  String relationship();

  PartialDate since();

  Statements statements();

  Translation translation();

  FileRef letterFile();

  Address address();

  String phone();

  String email();

  String occupation();

  /** The writer's role as printed, in English, for example "sponsor" or "employer". */
  String roleName();

  /** Whether the writer signs the letter as a declaration under penalty of perjury. */
  boolean sworn();

  /** Whether the writer wrote a whole letter of their own instead of statements. */
  default boolean wroteWholeLetter() {
    return letterFile() != null;
  }
}
