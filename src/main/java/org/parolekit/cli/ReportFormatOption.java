package org.parolekit.cli;

import picocli.CommandLine.Option;

/**
 * {@code --format text|json} for every command that reports: for people, or one JSON object on
 * standard output for scripts.
 */
final class ReportFormatOption {
  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "text|json",
      descriptionKey = "format")
  ReportFormat format;

  boolean json() {
    return format == ReportFormat.json;
  }
}
