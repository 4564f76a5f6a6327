package org.parolekit.resources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.parolekit.load.RecordFileLoader;

/** Finds the pro se resource directory: the user's file, or the one shipped with the tool. */
public final class ResourceDirectories {
  /** Where the shipped directory lives on the class path. */
  public static final String BUILT_IN = "/org/parolekit/data/pro-se-resources.yaml";

  private final RecordFileLoader loader;

  public ResourceDirectories(LocalDate today) {
    this.loader = new RecordFileLoader(today);
  }

  /** The user's directory, checked as strictly as a case file. */
  public ResourceDirectory load(Path file) {
    return loader.load(file, ResourceDirectory.class);
  }

  public ResourceDirectory builtIn() {
    return loader.fromText("pro-se-resources.yaml", builtInText(), ResourceDirectory.class);
  }

  public static String builtInText() {
    try (InputStream in = ResourceDirectories.class.getResourceAsStream(BUILT_IN)) {
      if (in == null) {
        throw new IllegalStateException("the built-in resource directory is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
