package org.parolekit.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.parolekit.model.Criterion;

/**
 * Writes {@code batch-report.csv} and {@code batch-report.json}. Cells a spreadsheet would read as
 * formulas are neutralized in the CSV, since names and errors come from untrusted rosters.
 */
public final class BatchReportWriter {
  private static final List<String> COLUMNS =
      List.of("input", "person", "status", "outputs", "error");

  /** Columns added when the letters were checked ({@code batch --check}). */
  private static final List<String> CHECK_COLUMNS =
      List.of("identity", "flightRisk", "danger", "letterErrors");

  public String csv(List<BatchItemResult> results) {
    boolean checked = results.stream().anyMatch(r -> r.letter().isPresent());
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    COLUMNS.forEach(schema::addColumn);
    if (checked) {
      CHECK_COLUMNS.forEach(schema::addColumn);
    }
    List<List<String>> rows = new ArrayList<>();
    for (BatchItemResult r : results) {
      List<String> row =
          new ArrayList<>(
              List.of(
                  neutralize(r.input()),
                  neutralize(r.person()),
                  r.status().reportName(),
                  neutralize(String.join(" | ", r.outputs())),
                  neutralize(r.error())));
      if (checked) {
        row.add(r.letter().map(v -> v.status(Criterion.IDENTITY)).orElse(""));
        row.add(r.letter().map(v -> v.status(Criterion.FLIGHT_RISK)).orElse(""));
        row.add(r.letter().map(v -> v.status(Criterion.DANGER)).orElse(""));
        row.add(r.letter().map(v -> String.join(" | ", v.errors())).orElse(""));
      }
      rows.add(row);
    }
    try {
      return new CsvMapper().writer(schema.build()).writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String json(List<BatchItemResult> results) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    try {
      return mapper.writeValueAsString(tree(results, mapper.createObjectNode())) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Puts {@code "items"} and {@code "summary"}, as in {@code batch-report.json}, into {@code root}.
   */
  public ObjectNode tree(List<BatchItemResult> results, ObjectNode root) {
    ArrayNode items = root.putArray("items");
    int generated = 0;
    int unchanged = 0;
    int failed = 0;
    int repeated = 0;
    for (BatchItemResult r : results) {
      ObjectNode n = items.addObject();
      n.put("input", r.input());
      n.put("person", r.person());
      n.put("status", r.status().reportName());
      ArrayNode outs = n.putArray("outputs");
      r.outputs().forEach(outs::add);
      n.put("error", r.error());
      r.letter()
          .ifPresent(
              v -> {
                ObjectNode letter = n.putObject("letter");
                letter.put("identity", v.status(Criterion.IDENTITY));
                letter.put("flightRisk", v.status(Criterion.FLIGHT_RISK));
                letter.put("danger", v.status(Criterion.DANGER));
                ArrayNode errors = letter.putArray("errors");
                v.errors().forEach(errors::add);
              });
      switch (r.status()) {
        case GENERATED -> generated++;
        case UNCHANGED -> unchanged++;
        case FAILED -> failed++;
        case REPEATED -> repeated++;
      }
    }
    ObjectNode summary = root.putObject("summary");
    summary.put("items", results.size());
    summary.put("generated", generated);
    summary.put("unchanged", unchanged);
    summary.put("failed", failed);
    summary.put("repeated", repeated);
    return root;
  }

  /**
   * Prefixes a cell that a spreadsheet would run as a formula ({@code = + - @}, tab, carriage
   * return) with an apostrophe, as OWASP recommends against CSV injection.
   */
  static String neutralize(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    char c = cell.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
        ? "'" + cell
        : cell;
  }
}
