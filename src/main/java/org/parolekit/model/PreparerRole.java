package org.parolekit.model;

/**
 * Who prepared the material; only an attorney or accredited representative may address the merits
 * of the case.
 */
public enum PreparerRole implements YamlEnum {
  VOLUNTEER,
  ATTORNEY,
  ACCREDITED_REPRESENTATIVE,
  SELF;
}
