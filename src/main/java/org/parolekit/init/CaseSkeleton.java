package org.parolekit.init;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.parolekit.model.Language;

/**
 * The case file a new case folder starts with: every required key left blank for the volunteer to
 * fill in, each with a note in plain words of what to write, and the optional parts as notes to
 * uncomment. It loads, and the loader names each blank line as "required but empty".
 */
public final class CaseSkeleton {
  private CaseSkeleton() {}

  /** The skeleton with its notes in {@code language}; the keys are the same in every language. */
  public static byte[] in(Language language) {
    String name = "case-" + language.name().toLowerCase(Locale.ROOT) + ".yaml";
    try (InputStream in = CaseSkeleton.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the case skeleton " + name + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
