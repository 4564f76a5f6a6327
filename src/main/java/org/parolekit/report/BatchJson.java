package org.parolekit.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parolekit.batch.BatchItemResult;
import org.parolekit.batch.BatchOutcome;
import org.parolekit.batch.BatchReportWriter;

/**
 * The JSON of {@code parolekit batch --format json}: the items and summary of {@code
 * batch-report.json}, and where the reports are.
 *
 * <pre>
 * {"output","interrupted","reports":{"csv","json"},"items":[{"input","person","status","outputs","error"}],
 *  "summary":{"items","generated","unchanged","failed","repeated"},"exitCode",
 *  "reasons":["failed","repeated","interrupted" or "template-unstoppable"]}</pre>
 */
public final class BatchJson {
  private BatchJson() {}

  public static String render(BatchOutcome outcome, Path output) {
    JsonReport report = new JsonReport();
    ObjectNode root = report.root();
    root.put("output", output.toString());
    root.put("interrupted", outcome.interrupted());
    root.putObject("reports")
        .put("csv", outcome.csvReport().toString())
        .put("json", outcome.jsonReport().toString());
    new BatchReportWriter().tree(outcome.results(), root);
    List<String> reasons = new ArrayList<>();
    if (outcome.count(BatchItemResult.Status.FAILED) > 0) {
      reasons.add("failed");
    }
    if (outcome.count(BatchItemResult.Status.REPEATED) > 0) {
      reasons.add("repeated");
    }
    if (outcome.halted().isPresent()) {
      reasons.add("template-unstoppable");
    } else if (outcome.interrupted()) {
      reasons.add("interrupted");
    }
    return report.text(outcome.status(), reasons);
  }
}
