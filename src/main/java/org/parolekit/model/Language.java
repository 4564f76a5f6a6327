package org.parolekit.model;

/** A language the tool writes documents in. */
public enum Language implements YamlEnum {
  EN,ES;
}
