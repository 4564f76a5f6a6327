package org.parolekit.model;

/** Which pronouns the person uses; drives grammatical agreement in English and Spanish. */
public enum Pronouns implements YamlEnum {
  SHE,
  HE,
  THEY;
}
