package org.parolekit.cli;

import picocli.CommandLine.Option;

/** {@code -q, --quiet} for the commands that report progress: only results, findings and errors. */
final class QuietOption {
  @Option(
      names = {"-q", "--quiet"},
      descriptionKey = "quiet")
  boolean quiet;
}
