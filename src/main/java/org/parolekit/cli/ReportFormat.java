package org.parolekit.cli;

/** How a report is printed: for people or for scripts. Constants are spelled as typed. */
enum ReportFormat {
  text,
  json
}
