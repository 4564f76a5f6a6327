package org.parolekit.model;

/** Thrown by a value type that refuses its text, with a hint on how to write it correctly. */
public final class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final String hint;

  public InvalidValueException(String message, String hint) {
    super(message);
    this.hint = hint;
  }

  public String hint() {
    return hint;
  }
}
