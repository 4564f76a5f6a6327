package org.parolekit.core;

/**
 * A failure a user can act on. Carries the exit status the command line maps it to, so the core
 * decides what went wrong and the CLI only reports it.
 */
public class ParolekitException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final ExitStatus status;

  public ParolekitException(ExitStatus status, String message) {
    super(message);
    this.status = status;
  }

  public ParolekitException(ExitStatus status, String message, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  public ExitStatus status() {
    return status;
  }
}
