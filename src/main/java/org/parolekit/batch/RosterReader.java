package org.parolekit.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.parolekit.core.Utf8Text;
import org.parolekit.load.CaseFileException;
import org.parolekit.load.Problem;
import org.parolekit.load.Spelling;

/**
 * Reads a roster exported from a spreadsheet: UTF-8 with or without a byte-order mark, comma or
 * semicolon delimited (as Spanish-locale spreadsheets export), quoted fields with commas and
 * newlines, a header row naming the columns.
 */
public final class RosterReader {
  /** Largest roster accepted, so a wrong file fails fast. */
  public static final long MAX_BYTES = 32L * 1024 * 1024;

  private final Set<String> knownColumns;
  private final Set<String> requiredColumns;

  public RosterReader(Set<String> knownColumns, Set<String> requiredColumns) {
    this.knownColumns = Set.copyOf(knownColumns);
    this.requiredColumns = Set.copyOf(requiredColumns);
  }

  public Roster read(Path file) {
    String whole = decode(file);
    Optional<OpenQuote> open = openQuoteAtEnd(whole);
    List<Problem> unreadable = new ArrayList<>();
    String text = whole;
    if (open.isPresent() && open.get().rowLine() > 1) {
      // The damage is confined to the end: read the rows before it, and report the rest.
      OpenQuote q = open.get();
      text = whole.substring(0, q.rowStart());
      unreadable.add(
          new Problem(
              file,
              q.rowLine(),
              0,
              "",
              q.rowLine() == q.lastLine()
                  ? "this row cannot be read: a quote (\") opened on line "
                      + q.quoteLine()
                      + " is never closed"
                  : "lines "
                      + q.rowLine()
                      + " to "
                      + q.lastLine()
                      + " cannot be read: a quote (\") opened on line "
                      + q.quoteLine()
                      + " is never closed",
              "close the quote or remove it, and run again; the rows before line "
                  + q.rowLine()
                  + " were read"));
    }
    char delimiter = detectDelimiter(text);
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.TRIM_SPACES);
    mapper.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
    mapper.enable(CsvParser.Feature.FAIL_ON_MISSING_HEADER_COLUMNS);
    CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(delimiter);
    List<RosterRow> rows = new ArrayList<>();
    List<String> columns;
    try (MappingIterator<Map<String, String>> it =
        mapper.readerForMapOf(String.class).with(schema).readValues(text)) {
      columns = new ArrayList<>();
      boolean any = it.hasNextValue();
      ((CsvSchema) it.getParser().getSchema()).forEach(c -> columns.add(c.getName()));
      if (!any && columns.isEmpty()) {
        throw new CaseFileException(
            List.of(
                new Problem(
                    file, 1, 0, "", "has no header row", "put the column names in the first row")));
      }
      checkHeader(file, columns);
      while (it.hasNextValue()) {
        int line = it.getCurrentLocation().getLineNr();
        Map<String, String> row = it.nextValue();
        rows.add(new RosterRow(line, new LinkedHashMap<>(row)));
      }
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      throw new CaseFileException(
          List.of(
              new Problem(
                  file,
                  loc == null ? 0 : loc.getLineNr(),
                  loc == null ? 0 : loc.getColumnNr(),
                  "",
                  unreadable(e.getOriginalMessage()),
                  "export the sheet again as CSV (UTF-8) with a header row")));
    } catch (IOException e) {
      throw new CaseFileException(
          List.of(new Problem(file, 0, 0, "", "cannot be read", "check the path")));
    }
    return new Roster(file, delimiter, columns, rows, unreadable);
  }

  /**
   * Where a quote that is never closed opened, when the file ends inside one.
   *
   * @param rowStart the offset of the row that holds the quote
   * @param rowLine that row's first line
   * @param quoteLine the line of the quote
   * @param lastLine the file's last line
   */
  private record OpenQuote(int rowStart, int rowLine, int quoteLine, int lastLine) {}

  private static Optional<OpenQuote> openQuoteAtEnd(String text) {
    boolean quoted = false;
    int line = 1;
    int rowStart = 0;
    int rowLine = 1;
    int quoteLine = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
        if (quoted) {
          quoteLine = line;
        }
      } else if (c == '\n') {
        line++;
        if (!quoted) {
          rowStart = i + 1;
          rowLine = line;
        }
      }
    }
    int lastLine = text.endsWith("\n") ? line - 1 : line;
    return quoted
        ? Optional.of(new OpenQuote(rowStart, rowLine, quoteLine, lastLine))
        : Optional.empty();
  }

  /**
   * Checks the header row. A cell is quoted only when it is a near miss of a known column: a first
   * row of data read as a header (names, A-numbers) must not reach the messages.
   */
  private void checkHeader(Path file, List<String> columns) {
    List<Problem> problems = new ArrayList<>();
    String known = knownColumns.stream().sorted().collect(Collectors.joining(", "));
    if (columns.stream().noneMatch(knownColumns::contains)) {
      throw new CaseFileException(
          List.of(
              new Problem(
                  file,
                  1,
                  0,
                  "",
                  "the first row is not a header: none of its "
                      + columns.size()
                      + " cells names a column (the cells are not shown)",
                  "add a header row naming the columns: " + known)));
    }
    for (int i = 0; i < columns.size(); i++) {
      String c = columns.get(i);
      if (!knownColumns.contains(c)) {
        Optional<String> like = closest(c);
        problems.add(
            like.isPresent() && c.length() <= 40 && c.matches("[\\p{L}][\\p{L}_ -]*")
                ? new Problem(
                    file,
                    1,
                    i + 1,
                    "",
                    "unknown column \"" + c + "\"",
                    "did you mean \"" + like.get() + "\"? the columns are: " + known)
                : new Problem(
                    file,
                    1,
                    i + 1,
                    "",
                    "column " + (i + 1) + " is not a known column (its name is not shown)",
                    "the columns are: " + known));
      }
    }
    for (String required : requiredColumns.stream().sorted().toList()) {
      if (!columns.contains(required)) {
        problems.add(
            new Problem(
                file,
                1,
                0,
                "",
                "the header has no column \"" + required + "\"",
                "add it to the header row"));
      }
    }
    if (!problems.isEmpty()) {
      throw new CaseFileException(problems);
    }
  }

  /**
   * Why the CSV parser stopped, in our words: its own message quotes the cell it stopped at, which
   * may be a person's A-number or birth date.
   */
  private static String unreadable(String parserMessage) {
    String m = parserMessage == null ? "" : parserMessage;
    if (m.startsWith("Too many entries")) {
      return "this row has more cells than the header has columns (the cells are not shown)";
    }
    if (m.contains("closing quote")) {
      return "a quoted cell has no closing quote (the cell is not shown)";
    }
    return "is not a readable roster (the cells are not shown)";
  }

  private static String decode(Path file) {
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new CaseFileException(
            List.of(
                new Problem(
                    file,
                    0,
                    0,
                    "",
                    "is larger than " + MAX_BYTES / (1024 * 1024) + " MB",
                    "split the roster")));
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new CaseFileException(
          List.of(new Problem(file, 0, 0, "", "cannot be read", "check the path and permissions")));
    }
    Utf8Text.Decoded decoded = Utf8Text.decode(bytes);
    if (decoded.problem().isPresent()) {
      Utf8Text.NotUtf8 p = decoded.problem().get();
      throw new CaseFileException(
          List.of(
              new Problem(
                  file,
                  p.line(),
                  p.column(),
                  "",
                  "is not UTF-8 text: it looks like "
                      + p.looksLike().describe(Locale.ROOT)
                      + " (the first byte UTF-8 cannot read is byte "
                      + p.byteOffset()
                      + " of the file)",
                  "in the spreadsheet, export it again as \"CSV UTF-8\" (or open it in a text"
                      + " editor and save it with the encoding UTF-8)")));
    }
    String text = decoded.text().get();
    if (text.isBlank()) {
      throw new CaseFileException(
          List.of(
              new Problem(
                  file,
                  0,
                  0,
                  "",
                  "is empty",
                  "export the sheet with a header row and one row per person")));
    }
    return text;
  }

  /** Semicolon when the header row has more semicolons than commas outside quotes, else comma. */
  static char detectDelimiter(String text) {
    int commas = 0;
    int semicolons = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == ';') {
        semicolons++;
      }
    }
    return semicolons > commas ? ';' : ',';
  }

  /** The known column a header cell misspells, if it is close to one. */
  private Optional<String> closest(String cell) {
    return Spelling.closest(cell, knownColumns);
  }
}
