package org.parolekit.render;

import java.util.Locale;
import java.util.Objects;
import org.parolekit.model.Language;

/**
 * Something the renderer could not do or left out, told to the volunteer with a hint. A {@link
 * Severity#SKIPPED} finding means a document the case calls for was not produced.
 */
public record RenderFinding(
    Severity severity,
    DocumentKind kind,
    Language language,
    String writer,
    String message,
    String hint) {

  /** How much a finding matters. */
  public enum Severity {
    /** A document the case calls for was not produced. */
    SKIPPED,
    /** Something was left out of a document that was produced. */
    NOTE
  }

  public RenderFinding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(message, "message");
    writer = writer == null ? "" : writer;
    hint = hint == null ? "" : hint;
  }

  /** The one-line form printed to users. */
  public String format() {
    String where =
        kind.slug() + " (" + language.yamlName() + (writer.isEmpty() ? "" : ", " + writer) + ")";
    return severity.name().toLowerCase(Locale.ROOT)
        + ": "
        + where
        + ": "
        + message
        + (hint.isEmpty() ? "" : ". " + hint);
  }
}
