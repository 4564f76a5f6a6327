package org.parolekit.cli;

import picocli.CommandLine.Option;

/** Options every command takes. */
final class CommonOptions {
  @Option(names = "--verbose", descriptionKey = "verbose")
  boolean verbose;

  @Option(names = "--no-color", descriptionKey = "no-color")
  boolean noColor;
}
