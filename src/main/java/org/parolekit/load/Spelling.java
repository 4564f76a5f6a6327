package org.parolekit.load;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Forgiving comparison of what people type with the spellings a case file expects. */
public final class Spelling {
  private static final int MAX_COMPARED = 64;

  private Spelling() {}

  /**
   * The friendly form of an enum spelling: accents dropped, lower case, dots removed, spaces and
   * underscores as hyphens ({@code "San Diego"} and {@code "SAN_DIEGO"} become {@code san-diego}).
   */
  static String asEnumName(String text) {
    String s = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return s.toLowerCase(Locale.ROOT).replace(".", "").replaceAll("[\\s_\\-]+", "-");
  }

  /** The candidate closest to {@code typed}, when it is close enough to be a likely typo. */
  public static Optional<String> closest(String typed, Collection<String> candidates) {
    if (typed.length() > MAX_COMPARED) {
      return Optional.empty();
    }
    String t = squash(typed);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      String c = squash(candidate);
      int d = distance(t, c);
      if (!t.isEmpty() && (c.startsWith(t) || t.startsWith(c))) {
        d = Math.min(d, 1);
      }
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    int allowed = Math.max(2, Math.min(4, t.length() / 3));
    return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  private static String squash(String s) {
    return asEnumName(s).replace("-", "");
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** Words people write for a listed value, by the value they mean. */
  private static final Map<String, String> SYNONYMS =
      Map.ofEntries(
          Map.entry("english", "en"),
          Map.entry("ingles", "en"),
          Map.entry("spanish", "es"),
          Map.entry("espanol", "es"),
          Map.entry("pastor", "clergy"),
          Map.entry("priest", "clergy"),
          Map.entry("minister", "clergy"),
          Map.entry("reverend", "clergy"),
          Map.entry("imam", "clergy"),
          Map.entry("rabbi", "clergy"),
          Map.entry("sacerdote", "clergy"),
          Map.entry("boss", "employer"),
          Map.entry("manager", "employer"),
          Map.entry("jefe", "employer"),
          Map.entry("colleague", "coworker"),
          Map.entry("co-worker", "coworker"),
          Map.entry("relative", "family"),
          Map.entry("cousin", "family"),
          Map.entry("aunt", "family"),
          Map.entry("uncle", "family"),
          Map.entry("sister", "family"),
          Map.entry("brother", "family"),
          Map.entry("mother", "family"),
          Map.entry("father", "family"),
          Map.entry("familia", "family"),
          Map.entry("resident", "permanent-resident"),
          Map.entry("green-card", "permanent-resident"),
          Map.entry("lpr", "permanent-resident"),
          Map.entry("us-citizen", "citizen"),
          Map.entry("ciudadano", "citizen"),
          Map.entry("ciudadana", "citizen"));

  /** The allowed value a common word for it stands for ("Spanish" for es, "pastor" for clergy). */
  static Optional<String> synonym(String typed, Collection<String> allowed) {
    String meant = SYNONYMS.get(asEnumName(typed));
    return meant != null && allowed.contains(meant) ? Optional.of(meant) : Optional.empty();
  }
}
