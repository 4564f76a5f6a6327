package org.parolekit.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a text holds any of a set of literals, in one pass over the text: the literals are
 * grouped by their first character, and only where the text has such a character are the literals
 * of its group compared. A set of a few literals is looked up with {@link String#indexOf} instead.
 *
 * <p>Immutable and thread-safe.
 */
final class LiteralSet {
  /** Up to this many literals are looked up one by one. */
  private static final int FEW = 3;

  /** The set that holds no condition: every text may match. */
  static final LiteralSet ANY_TEXT = new LiteralSet(null);

  /** The literals, or null when any text passes. */
  private final String[] literals;

  /** For many literals: those that start with each ASCII character, null where none does. */
  private final String[][] byFirst;

  /** For many literals: those that start with a character outside ASCII. */
  private final String[] otherFirst;

  /** The index the literals are numbered in, or null before {@link #indexedBy}. */
  private final LiteralIndex index;

  /** The literals' numbers in {@link #index}. */
  private final int[] ids;

  private LiteralSet(LiteralSet set, LiteralIndex index, int[] ids) {
    this.literals = set.literals;
    this.byFirst = set.byFirst;
    this.otherFirst = set.otherFirst;
    this.index = index;
    this.ids = ids;
  }

  private LiteralSet(Set<String> literals) {
    this.index = null;
    this.ids = null;
    if (literals == null) {
      this.literals = null;
      this.byFirst = null;
      this.otherFirst = null;
      return;
    }
    this.literals = literals.toArray(String[]::new);
    if (this.literals.length <= FEW) {
      this.byFirst = null;
      this.otherFirst = null;
      return;
    }
    List<List<String>> groups = new ArrayList<>();
    for (int c = 0; c < 128; c++) {
      groups.add(null);
    }
    List<String> other = new ArrayList<>();
    for (String s : this.literals) {
      char c = s.charAt(0);
      if (c < 128) {
        if (groups.get(c) == null) {
          groups.set(c, new ArrayList<>());
        }
        groups.get(c).add(s);
      } else {
        other.add(s);
      }
    }
    this.byFirst = new String[128][];
    for (int c = 0; c < 128; c++) {
      if (groups.get(c) != null) {
        byFirst[c] = groups.get(c).toArray(String[]::new);
      }
    }
    this.otherFirst = other.toArray(String[]::new);
  }

  /**
   * The literals one of which every match of {@code pattern} contains ({@link RequiredLiterals}),
   * or {@link #ANY_TEXT} when none can be derived.
   */
  static LiteralSet requiredBy(Pattern pattern) {
    return of(RequiredLiterals.of(pattern));
  }

  /** The set of these literals, or {@link #ANY_TEXT} when there is no condition. */
  static LiteralSet of(Optional<Set<String>> literals) {
    return literals
        .filter(l -> !l.isEmpty() && !l.contains(""))
        .map(LiteralSet::new)
        .orElse(ANY_TEXT);
  }

  /**
   * This set, numbered in {@code index} so that {@link #foundIn(ScannedText)} needs only bit
   * lookups; {@code index} must hold every literal of the set.
   */
  LiteralSet indexedBy(LiteralIndex index) {
    if (literals == null) {
      return this;
    }
    int[] numbers = new int[literals.length];
    for (int i = 0; i < literals.length; i++) {
      numbers[i] = index.id(literals[i]);
      if (numbers[i] < 0) {
        throw new IllegalArgumentException("the index does not hold " + literals[i]);
      }
    }
    return new LiteralSet(this, index, numbers);
  }

  /**
   * As {@link #foundIn(String)}, for a text already scanned: bit lookups when it was scanned with
   * this set's index, else a search of its text.
   */
  boolean foundIn(ScannedText text) {
    if (literals == null) {
      return true;
    }
    if (index != null && text.scannedWith(index)) {
      return text.holdsAny(ids);
    }
    return foundIn(text.text());
  }

  /** The literals, empty when any text passes. */
  Optional<Set<String>> literals() {
    return literals == null ? Optional.empty() : Optional.of(Set.of(literals));
  }

  /** Whether {@code text} holds at least one of the literals (always, for {@link #ANY_TEXT}). */
  boolean foundIn(String text) {
    if (literals == null) {
      return true;
    }
    if (byFirst == null) {
      for (String s : literals) {
        if (text.indexOf(s) >= 0) {
          return true;
        }
      }
      return false;
    }
    for (String s : otherFirst) {
      if (text.indexOf(s) >= 0) {
        return true;
      }
    }
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 128) {
        String[] group = byFirst[c];
        if (group != null) {
          for (String s : group) {
            if (text.startsWith(s, i)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return literals == null ? "LiteralSet(any)" : "LiteralSet" + List.of(literals);
  }
}
