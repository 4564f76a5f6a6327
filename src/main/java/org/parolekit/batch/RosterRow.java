package org.parolekit.batch;

import java.util.Map;
import java.util.Optional;

/** One data row of a roster: its line in the file and its cells by column name. */
public record RosterRow(int line, Map<String, String> cells) {
  public RosterRow {
    cells = Map.copyOf(cells);
  }

  /** The trimmed cell, or empty when the column is absent or blank. */
  public Optional<String> cell(String column) {
    String v = cells.get(column);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
  }
}
