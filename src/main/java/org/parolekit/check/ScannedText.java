package org.parolekit.check;

import java.util.BitSet;

/**
 * A folded text with the literals of a {@link LiteralIndex} it holds, worked out once so that each
 * lexicon line is tested against it with a few bit lookups ({@link Cue#mayMatch(ScannedText)}).
 *
 * <p>Immutable once made (the bits are never changed after the scan) and thread-safe.
 */
final class ScannedText {
  private final String text;
  private final LiteralIndex index;
  private final BitSet found;

  ScannedText(String text, LiteralIndex index, BitSet found) {
    this.text = text;
    this.index = index;
    this.found = found;
  }

  /** The folded text. */
  String text() {
    return text;
  }

  /** Whether the literals were looked up with {@code index}. */
  boolean scannedWith(LiteralIndex index) {
    return this.index == index;
  }

  /** Whether the text holds any of the literals {@code ids} of the index it was scanned with. */
  boolean holdsAny(int[] ids) {
    for (int id : ids) {
      if (found.get(id)) {
        return true;
      }
    }
    return false;
  }
}
