package org.parolekit.launcher;

/** The program a test puts in place of parolekit's jar, to see how bin/parolekit starts the JVM. */
public final class LauncherProbe {
  private LauncherProbe() {}

  public static void main(String[] args) {
    System.out.println("probe ran with " + String.join(" ", args));
  }
}
