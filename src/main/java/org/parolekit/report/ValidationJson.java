package org.parolekit.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import org.parolekit.check.CheckJson;
import org.parolekit.load.Problem;
import org.parolekit.validate.CaseFinding;
import org.parolekit.validate.FileValidation;

/**
 * The JSON shape of {@code parolekit validate --format json}, documented in the README and kept
 * stable for scripts.
 */
public final class ValidationJson {
  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public String render(List<FileValidation> results, boolean strict) {
    ObjectNode root = mapper.createObjectNode();
    ArrayNode files = root.putArray("files");
    int invalid = 0;
    int fallShort = 0;
    int errors = 0;
    int warnings = 0;
    for (FileValidation r : results) {
      ObjectNode f = files.addObject();
      f.put("file", r.file().toString());
      FileValidation.Outcome outcome = r.outcome(strict);
      f.put("status", statusName(outcome));
      ArrayNode problems = f.putArray("problems");
      for (Problem p : r.problems()) {
        ObjectNode n = problems.addObject();
        n.put("file", p.file().toString());
        n.put("line", p.line());
        n.put("column", p.column());
        n.put("field", p.fieldPath());
        n.put("message", p.message());
        n.put("hint", p.hint());
      }
      ArrayNode findings = f.putArray("findings");
      for (CaseFinding c : r.findings()) {
        ObjectNode n = findings.addObject();
        n.put("severity", c.severity().jsonName());
        n.put("code", c.code());
        n.put("field", c.fieldPath());
        n.put("message", c.message());
        n.put("hint", c.hint());
        switch (c.severity()) {
          case ERROR -> errors++;
          case WARNING -> warnings++;
        }
      }
      r.letters()
          .ifPresent(
              report -> {
                f.set(
                    "letters",
                    mapper.valueToTree(report.letters().stream().map(CheckJson::tree).toList()));
                f.set(
                    "letterFindings",
                    mapper.valueToTree(report.findings().stream().map(CheckJson::tree).toList()));
              });
      if (outcome == FileValidation.Outcome.INVALID) {
        invalid++;
      } else if (outcome == FileValidation.Outcome.FALLS_SHORT) {
        fallShort++;
      }
    }
    ObjectNode summary = root.putObject("summary");
    summary.put("files", results.size());
    summary.put("invalid", invalid);
    summary.put("fallShort", fallShort);
    summary.put("errors", errors);
    summary.put("warnings", warnings);
    try {
      return mapper.writeValueAsString(root) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String statusName(FileValidation.Outcome outcome) {
    return switch (outcome) {
      case OK -> "ok";
      case FALLS_SHORT -> "findings";
      case INVALID -> "invalid";
    };
  }
}
