package org.parolekit.core;

import java.util.regex.Pattern;

/** A word as a POSIX shell reads it back unchanged, for commands printed as hints to type. */
public final class ShellWord {
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_./~+@%:,-]+");

  private ShellWord() {}

  /** The word itself when the shell reads it as it is; otherwise in single quotes. */
  public static String quote(String word) {
    return SAFE.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
  }
}
