package org.parolekit.model;

/** Where an identity document is now. */
public enum DocumentLocation implements YamlEnum {
  WITH_ICE,
  WITH_SPONSOR,
  WITH_PERSON,
  COPY_ATTACHED,
  BEING_OBTAINED;
}
