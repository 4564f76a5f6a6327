package org.parolekit.load;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Binds one row of a table (a roster exported from a spreadsheet) to a record with the same
 * strictness and messages as case files: each cell is located at its row's line and its column's
 * position. A cell for a list holds its items separated by commas, semicolons or spaces.
 */
public final class RowBinder {
  private final LocalDate today;

  public RowBinder(LocalDate today) {
    this.today = Objects.requireNonNull(today, "today");
  }

  /**
   * Binds {@code cells} (column name to text) of the row at {@code line} of {@code file}.
   *
   * @param columns the header, in order, so a problem can name the column's position
   * @throws CaseFileException with every problem of the row
   */
  public <T extends Record> T bind(
      Path file, int line, List<String> columns, Map<String, String> cells, Class<T> type) {
    Set<String> lists =
        Arrays.stream(type.getRecordComponents())
            .filter(rc -> List.class.isAssignableFrom(rc.getType()))
            .map(RecordComponent::getName)
            .collect(Collectors.toSet());
    Map<String, Node.Entry> entries = new LinkedHashMap<>();
    for (Map.Entry<String, String> cell : cells.entrySet()) {
      int column = columns.indexOf(cell.getKey()) + 1;
      String text = cell.getValue() == null ? "" : cell.getValue().strip();
      Node value =
          lists.contains(cell.getKey()) && !text.isEmpty()
              ? new Node.ListNode(line, column, items(text, line, column))
              : new Node.ScalarNode(line, column, text, text.isEmpty());
      entries.put(cell.getKey(), new Node.Entry(cell.getKey(), line, column, value));
    }
    Problems problems = new Problems(new Messages(Locale.ENGLISH));
    Path folder = file.getParent() == null ? Path.of("") : file.getParent();
    Binder binder = new Binder(problems.in(file), folder, today);
    var bound = binder.bindRoot(new Node.MapNode(line, 1, entries), type);
    if (!problems.isEmpty()) {
      throw new CaseFileException(problems.sorted());
    }
    return bound.orElseThrow();
  }

  private static List<Node> items(String text, int line, int column) {
    List<Node> items = new ArrayList<>();
    for (String item : text.split("[,;\\s]+")) {
      if (!item.isBlank()) {
        items.add(new Node.ScalarNode(line, column, item, false));
      }
    }
    return items;
  }
}
