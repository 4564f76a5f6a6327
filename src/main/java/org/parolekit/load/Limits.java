package org.parolekit.load;

/** Bounds that keep a huge, deep or hostile input file from using much time or memory. */
final class Limits {
  /** Largest input file read at all; a real case file is a few kilobytes. */
  static final int MAX_FILE_BYTES = 1024 * 1024;

  /** Deepest nesting of mappings and lists; the case-file model needs six. */
  static final int MAX_DEPTH = 16;

  /** Longest single value or key, in characters. */
  static final int MAX_SCALAR_CHARS = 20_000;

  /** Most problems listed for one run; the rest are counted. */
  static final int MAX_PROBLEMS = 200;

  private Limits() {}
}
