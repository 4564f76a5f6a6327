package org.parolekit.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The expression of a lexicon line, compiled the first time a text gets past the line's literal
 * pre-filter ({@link Cue#mayMatch}): a quick command checks a few sentences, which most of the
 * lexicon's lines never need to match, so compiling every line at start-up would be wasted work.
 *
 * <p>Thread-safe: two threads that compile at once get equal patterns, and either one is kept.
 */
final class CuePattern {
  private final String regex;
  private volatile Pattern compiled;

  private CuePattern(String regex, Pattern compiled) {
    this.regex = regex;
    this.compiled = compiled;
  }

  /** A pattern already compiled (when the line was read from its source and checked there). */
  static CuePattern of(Pattern pattern) {
    return new CuePattern(pattern.pattern(), pattern);
  }

  /**
   * An expression that compiled when the lexicon's index was written ({@link LexiconIndex}),
   * compiled again on first use.
   */
  static CuePattern lazy(String regex) {
    return new CuePattern(regex, null);
  }

  /** The expression, as written after its macros were expanded. */
  String pattern() {
    return regex;
  }

  /** A matcher of the compiled expression on {@code text}. */
  Matcher matcher(CharSequence text) {
    Pattern p = compiled;
    if (p == null) {
      p = Pattern.compile(regex);
      compiled = p;
    }
    return p.matcher(text);
  }

  /** Whether the expression has been compiled yet (for tests of the laziness). */
  boolean isCompiled() {
    return compiled != null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CuePattern other && regex.equals(other.regex);
  }

  @Override
  public int hashCode() {
    return regex.hashCode();
  }

  @Override
  public String toString() {
    return regex;
  }
}
