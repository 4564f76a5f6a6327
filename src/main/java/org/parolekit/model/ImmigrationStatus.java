package org.parolekit.model;

/** A letter writer's immigration status in the United States. */
public enum ImmigrationStatus implements YamlEnum {
  CITIZEN,
  PERMANENT_RESIDENT,
  OTHER;
}
