package org.parolekit.batch;

import java.nio.file.Path;
import java.util.List;

/** A roster read from a spreadsheet export: its file, the delimiter found and the rows. */
public record Roster(Path file, char delimiter, List<String> columns, List<RosterRow> rows) {
  public Roster {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }
}
