package org.parolekit.interview;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The parts of a case file the interview walks through, in the order it asks them: who prepares the
 * material comes first, so that every file saved after a section loads again.
 */
public enum Section {
  PREPARED_BY("preparedBy"),
  PERSON("person"),
  SPONSOR("sponsor"),
  SUPPORTERS("supporters"),
  ORGANIZATION("organization"),
  ATTACHMENTS("attachments");

  private final String key;

  Section(String key) {
    this.key = key;
  }

  /** The section's key in the case file, also its name on the command line. */
  public String key() {
    return key;
  }

  /** The section named {@code name}, ignoring case and hyphens ({@code prepared-by} works). */
  public static Optional<Section> named(String name) {
    String wanted = name.strip().replace("-", "").toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(s -> s.key.toLowerCase(Locale.ROOT).equals(wanted))
        .findFirst();
  }
}
