package org.parolekit.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import org.parolekit.load.Problem;

/**
 * A failure as the JSON object a script reads from a command asked for {@code --format json}:
 * {@code {"error": {"exitCode": 3, "message": "...", "problems": [...]}}}. It says what the message
 * on standard error says, no more.
 */
final class ErrorJson {
  private ErrorJson() {}

  static String of(int exitCode, String message, List<Problem> problems) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    ObjectNode error = root.putObject("error");
    error.put("exitCode", exitCode);
    error.put("message", message);
    if (!problems.isEmpty()) {
      ArrayNode list = error.putArray("problems");
      for (Problem p : problems) {
        list.addObject()
            .put("file", String.valueOf(p.file()))
            .put("line", p.line())
            .put("column", p.column())
            .put("field", p.fieldPath())
            .put("message", p.message())
            .put("hint", p.hint());
      }
    }
    try {
      return mapper.writeValueAsString(root) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
