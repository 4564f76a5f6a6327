package org.parolekit.model;

import java.nio.file.Path;
import java.util.Objects;

/** A file named in a case file: the text as written there and the path it resolves to. */
public record FileRef(String written, Path resolved) {
  public FileRef {
    Objects.requireNonNull(written, "written");
    Objects.requireNonNull(resolved, "resolved");
  }

  /** The file's name without folders, for messages. */
  public String fileName() {
    return resolved.getFileName().toString();
  }
}
