package org.parolekit.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.parolekit.core.ExitStatus;
import org.parolekit.packet.PacketService;

/**
 * The JSON of {@code parolekit packet --format json}:
 *
 * <pre>{"output","pages","draft","missing":[],"warnings":[],"firstPages":{"section":page},
 *  "exitCode","reasons":["draft"]}</pre>
 */
public final class PacketJson {
  private PacketJson() {}

  public static String render(PacketService.Packet packet, Path output, ExitStatus status) {
    JsonReport report = new JsonReport();
    ObjectNode root = report.root();
    root.put("output", output.toString());
    root.put("pages", packet.pages());
    root.put("draft", packet.draft());
    ArrayNode missing = root.putArray("missing");
    packet.missing().forEach(missing::add);
    ArrayNode warnings = root.putArray("warnings");
    packet.warnings().forEach(warnings::add);
    ObjectNode firstPages = root.putObject("firstPages");
    packet.firstPages().forEach(firstPages::put);
    return report.text(status, packet.draft() ? List.of("draft") : List.of());
  }
}
