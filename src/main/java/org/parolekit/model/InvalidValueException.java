package org.parolekit.model;

import java.util.Optional;

/**
 * Thrown by a value type that refuses its text, with a hint on how to write it correctly. A message
 * key lets the loader word the problem in the user's language; the English message and hint stand
 * when no translation is at hand.
 */
public final class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final String hint;
  private final String key;
  private final transient Object[] args;

  public InvalidValueException(String message, String hint) {
    this(null, message, hint);
  }

  /**
   * @param key the message key in the loader's bundles ({@code key} and {@code key.hint})
   * @param args the values the translated message names, never personal data
   */
  public InvalidValueException(String key, String message, String hint, Object... args) {
    super(message);
    this.hint = hint;
    this.key = key;
    this.args = args.clone();
  }

  public String hint() {
    return hint;
  }

  public Optional<String> key() {
    return Optional.ofNullable(key);
  }

  public Object[] args() {
    return args.clone();
  }
}
