package org.parolekit.validate;

import java.util.Objects;
import org.parolekit.check.Severity;

/**
 * Something a valid case file still lacks for strong parole support, with what to do about it.
 *
 * @param code stable identifier scripts can rely on, for example {@code sponsor-po-box}
 * @param fieldPath where in the case file, for example {@code sponsor.address}
 * @param message what is missing, in the language the findings were asked for
 * @param hint what to do about it, in the same language
 */
public record CaseFinding(
    Severity severity, String code, String fieldPath, String message, String hint) {
  public CaseFinding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    fieldPath = fieldPath == null ? "" : fieldPath;
    hint = hint == null ? "" : hint;
  }
}
