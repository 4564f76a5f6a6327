package org.parolekit.model;

import java.util.Locale;

/** An enumeration spelled in case files by a lower-case, hyphenated name. */
public interface YamlEnum {
  /** The spelling in the case file, for example {@code permanent-resident}. */
  default String yamlName() {
    return ((Enum<?>) this).name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
