package org.parolekit.core;

/** The documented exit codes of every parolekit command. */
public enum ExitStatus {
  /** Everything worked and nothing falls short. */
  OK(0),
  /** The case or a letter falls short: findings were reported. */
  FINDINGS(1),
  /** The command line was wrong. */
  USAGE(2),
  /** An input file could not be read or is invalid. */
  INVALID_INPUT(3),
  /** An output could not be written (exists without --force, no permission, disk full). */
  OUTPUT_FAILED(4),
  /** A bug in parolekit: please report it. */
  INTERNAL_ERROR(70),
  /** Stopped by the user (Ctrl-C, or the end of input at a question); only whole files are left. */
  INTERRUPTED(130);

  private final int code;

  ExitStatus(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
