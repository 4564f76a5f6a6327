package org.parolekit.model;

/** How an organization knows the person. */
public enum ContactKind implements YamlEnum {
  VISITS,
  LETTERS,
  VISITS_AND_LETTERS,
  PHONE_CALLS;
}
