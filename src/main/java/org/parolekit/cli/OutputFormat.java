package org.parolekit.cli;

/** How a report is printed: for people or for scripts. */
enum OutputFormat {
  TEXT,
  JSON
}
