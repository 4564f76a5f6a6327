package org.parolekit.interview;

/**
 * The person at the keyboard ended the session (Ctrl-C or Ctrl-D) or the scripted input ran out;
 * the last complete file stays as it was.
 */
public final class InterviewStopped extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InterviewStopped() {
    super("the interview was stopped", null, false, false);
  }
}
