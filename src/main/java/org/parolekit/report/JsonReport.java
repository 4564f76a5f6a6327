package org.parolekit.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import org.parolekit.core.ExitStatus;

/**
 * The one JSON object a command asked for {@code --format json} prints on standard output: what it
 * reports, then {@code "exitCode"} and {@code "reasons"}, short codes of why the exit code is not
 * 0.
 */
public final class JsonReport {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final ObjectNode root = MAPPER.createObjectNode();

  /** The object to fill in. */
  public ObjectNode root() {
    return root;
  }

  /** A JSON value of a plain tree of maps, lists, strings and numbers. */
  public static JsonNode tree(Object value) {
    return MAPPER.valueToTree(value);
  }

  /** The object as printed, with the exit status and its reasons last. */
  public String text(ExitStatus status, List<String> reasons) {
    root.put("exitCode", status.code());
    ArrayNode why = root.putArray("reasons");
    reasons.forEach(why::add);
    try {
      return MAPPER.writeValueAsString(root) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
