package org.parolekit.batch;

import java.nio.file.Path;
import java.util.List;
import org.parolekit.load.Problem;

/**
 * A roster read from a spreadsheet export: its file, the delimiter found, the rows, and the rows at
 * its end that could not be read (an unclosed quote), each with its line.
 */
public record Roster(
    Path file,
    char delimiter,
    List<String> columns,
    List<RosterRow> rows,
    List<Problem> unreadable) {
  public Roster {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    unreadable = List.copyOf(unreadable);
  }
}
