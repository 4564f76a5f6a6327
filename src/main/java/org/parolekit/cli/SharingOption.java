package org.parolekit.cli;

import org.parolekit.output.FileAccess;
import picocli.CommandLine.Option;

/** {@code --shared}: files the user's group may read, for a team's shared folder. */
final class SharingOption {
  @Option(names = "--shared", descriptionKey = "shared")
  boolean shared;

  FileAccess access() {
    return shared ? FileAccess.GROUP_READ : FileAccess.PRIVATE;
  }
}
