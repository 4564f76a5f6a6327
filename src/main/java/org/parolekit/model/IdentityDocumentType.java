package org.parolekit.model;

/** A kind of document that shows who the person is. */
public enum IdentityDocumentType implements YamlEnum {
  PASSPORT,
  NATIONAL_ID,
  BIRTH_CERTIFICATE,
  CONSULAR_ID,
  DRIVERS_LICENSE,
  OTHER;
}
