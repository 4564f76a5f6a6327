package org.parolekit.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import org.parolekit.core.ExitStatus;

/**
 * The JSON of {@code parolekit templates list --format json}: {@code
 * {"templates":["name",...],"exitCode":0,"reasons":[]}}.
 */
public final class TemplatesJson {
  private TemplatesJson() {}

  public static String render(List<String> names) {
    JsonReport report = new JsonReport();
    ArrayNode templates = report.root().putArray("templates");
    names.forEach(templates::add);
    return report.text(ExitStatus.OK, List.of());
  }
}
