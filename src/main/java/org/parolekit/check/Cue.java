package org.parolekit.check;

import org.parolekit.model.Language;

/**
 * One line of a lexicon: a pattern for an idea, in one language.
 *
 * @param section the detector or signal it belongs to, such as {@code flightRisk.plan}
 * @param polarity when a match counts with respect to a negation before it
 * @param anySubject true when the line counts whoever speaks, even in a detector about the person
 * @param pattern matched against folded text (lower case, no accents, plain apostrophes); compiled
 *     on first use
 * @param language the lexicon the line comes from
 * @param source file and line, for messages about the lexicon itself
 * @param required literals one of which every match of the pattern contains ({@link
 *     RequiredLiterals}): a text without any of them is not matched at all
 */
record Cue(
    String section,
    Polarity polarity,
    boolean anySubject,
    CuePattern pattern,
    Language language,
    String source,
    LiteralSet required) {

  /** When a match counts. */
  enum Polarity {
    /** "+": when not negated ("she is peaceful", not "she is not peaceful"). */
    AFFIRMED,
    /** "-": only when negated ("never been arrested"; "not a flight risk"). */
    NEGATED,
    /** "=": either way, because the pattern carries its own polarity ("without incident"). */
    EITHER
  }

  /**
   * Whether the pattern may match somewhere in {@code folded}; false only when it cannot, so that
   * the pattern need not be run.
   */
  boolean mayMatch(String folded) {
    return required.foundIn(folded);
  }

  /** As {@link #mayMatch(String)}, for a text already scanned for the lexicon's literals. */
  boolean mayMatch(ScannedText text) {
    return required.foundIn(text);
  }

  /** This line with its literals numbered in {@code index} ({@link LiteralSet#indexedBy}). */
  Cue indexedBy(LiteralIndex index) {
    return new Cue(
        section, polarity, anySubject, pattern, language, source, required.indexedBy(index));
  }

  boolean counts(boolean negated) {
    return switch (polarity) {
      case AFFIRMED -> !negated;
      case NEGATED -> negated;
      case EITHER -> true;
    };
  }
}
