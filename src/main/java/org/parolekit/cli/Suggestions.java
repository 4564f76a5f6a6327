package org.parolekit.cli;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The names closest to a mistyped one by edit distance (a swap of two neighbouring letters counts
 * as one edit), so that "leters" suggests only "letters" and a word far from every name suggests
 * nothing.
 */
final class Suggestions {
  private Suggestions() {}

  /** The closest names, ties in the order given; empty when none is close enough. */
  static List<String> closest(String typed, Collection<String> names) {
    String t = typed.toLowerCase(Locale.ROOT);
    int best = Integer.MAX_VALUE;
    for (String name : names) {
      best = Math.min(best, distance(t, name.toLowerCase(Locale.ROOT)));
    }
    if (best > allowed(t)) {
      List<String> extending =
          names.stream().filter(n -> t.length() >= 2 && n.startsWith(t)).toList();
      return extending.size() == 1 ? extending : List.of();
    }
    int found = best;
    return names.stream()
        .filter(n -> distance(t, n.toLowerCase(Locale.ROOT)) == found)
        .distinct()
        .toList();
  }

  /** A third of the typed letters, at least one and at most three, may be wrong. */
  private static int allowed(String typed) {
    int letters = typed.replaceFirst("^-+", "").length();
    return Math.max(1, Math.min(3, letters / 3));
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
