package org.parolekit.model;

/** An enumeration spelled in case files by a lower-case, hyphenated name. */
public interface YamlEnum {
  /** The spelling in the case file, for example {@code permanent-resident}. */
  default String yamlName() {
    return ((Enum<?>) this).name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
