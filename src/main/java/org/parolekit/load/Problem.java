package org.parolekit.load;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One thing wrong with an input file, located and explained: {@code file:line:column: field.path:
 * what is wrong. what to do}. Never carries the offending value itself, so A-numbers, birth dates
 * and addresses stay out of logs.
 */
public record Problem(
    Path file, int line, int column, String fieldPath, String message, String hint) {
  public Problem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    fieldPath = fieldPath == null ? "" : fieldPath;
    hint = hint == null ? "" : hint;
  }

  /** The one-line form printed to users. */
  public String format() {
    StringBuilder b = new StringBuilder(file.toString());
    if (line > 0) {
      b.append(':').append(line);
      if (column > 0) {
        b.append(':').append(column);
      }
    }
    b.append(": ");
    if (!fieldPath.isEmpty()) {
      b.append(fieldPath).append(": ");
    }
    b.append(message);
    if (!hint.isEmpty()) {
      b.append(". ").append(hint);
    }
    if (!hint.isEmpty() && !hint.endsWith(".") && !hint.endsWith("?")) {
      b.append('.');
    }
    return b.toString();
  }
}
