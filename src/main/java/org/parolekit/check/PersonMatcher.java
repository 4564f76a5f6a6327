package org.parolekit.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds how a letter writes the person's name, and how far that is from the case file: exact, an
 * accent missing, a name dropped, a letter wrong, or not there at all.
 */
final class PersonMatcher {
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}'’-]+");
  private static final Pattern SUBJECT_LINE =
      Pattern.compile("(?im)^\\s*(re|ref|asunto|referencia|subject)\\s*[.:]\\s*(.+)$");

  private PersonMatcher() {}

  /** How close the letter comes to the person's name. */
  enum Kind {
    EXACT,
    ACCENTS_DIFFER,
    NAME_DROPPED,
    MISSPELLED,
    FIRST_NAME_ONLY,
    ABSENT
  }

  /**
   * The best way the letter writes the name.
   *
   * @param kind how close it is
   * @param written the name as the letter writes it (empty when absent)
   */
  record NameMatch(Kind kind, String written) {}

  /** Compares the letter with every accepted spelling and keeps the closest. */
  static NameMatch match(String text, String fullName, List<String> otherSpellings) {
    NameMatch best = new NameMatch(Kind.ABSENT, "");
    List<String> spellings = new ArrayList<>();
    spellings.add(fullName);
    spellings.addAll(otherSpellings);
    List<Token> tokens = tokens(text);
    for (String spelling : spellings) {
      NameMatch m = matchOne(tokens, spelling);
      if (m.kind().ordinal() < best.kind().ordinal()) {
        best = m;
      }
    }
    return best;
  }

  /**
   * The subject line ("Re:", "Asunto:") when it names someone with none of the person's family
   * names.
   */
  static Optional<String> subjectNamingSomeoneElse(String text, String fullName) {
    Matcher m = SUBJECT_LINE.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    String subject = Fold.fold(m.group(2));
    String[] nameParts = Fold.fold(fullName).split("\\s+");
    // Particles ("de", "la") do not name anyone, but a short family name alone does (Li, Ng, Vo).
    List<String> familyParts = Arrays.stream(nameParts).skip(1).toList();
    boolean anyLongPart = familyParts.stream().anyMatch(part -> part.length() > 2);
    boolean mentionsAny =
        familyParts.stream()
            .filter(part -> part.length() > 2 || !anyLongPart)
            .anyMatch(part -> containsWordLike(subject, part));
    boolean looksLikeAName =
        Pattern.compile("\\p{Lu}\\p{L}+\\s+\\p{Lu}\\p{L}+").matcher(m.group(2)).find();
    return !mentionsAny && looksLikeAName ? Optional.of(m.group().strip()) : Optional.empty();
  }

  private static boolean containsWordLike(String foldedText, String foldedWord) {
    for (String w : foldedText.split("[^a-z'-]+")) {
      if (w.equals(foldedWord) || editDistanceAtMostOne(w, foldedWord) && foldedWord.length() > 3) {
        return true;
      }
    }
    return false;
  }

  private static NameMatch matchOne(List<Token> tokens, String spelling) {
    String[] name = spelling.strip().split("\\s+");
    String[] nameLower =
        Arrays.stream(name).map(n -> n.toLowerCase(Locale.ROOT)).toArray(String[]::new);
    String[] nameFolded = Arrays.stream(name).map(Fold::fold).toArray(String[]::new);
    NameMatch best = new NameMatch(Kind.ABSENT, "");
    for (int i = 0; i < tokens.size(); i++) {
      // Walk forward from token i while tokens are name parts, in order, skipping dropped parts.
      int part = indexOfPart(nameFolded, tokens.get(i).folded, 0);
      if (part < 0) {
        continue;
      }
      int matched = 0;
      boolean accentsExact = true;
      boolean misspelled = false;
      int j = i;
      int nextPart = part;
      while (j < tokens.size() && nextPart < name.length) {
        int found = indexOfPart(nameFolded, tokens.get(j).folded, nextPart);
        if (found < 0) {
          break;
        }
        matched++;
        accentsExact &= tokens.get(j).lower.equals(nameLower[found]);
        misspelled |= !tokens.get(j).folded.equals(nameFolded[found]);
        nextPart = found + 1;
        j++;
      }
      String written =
          String.join(" ", tokens.subList(i, j).stream().map(t -> t.original).toList());
      Kind kind;
      if (matched == name.length && !misspelled) {
        kind = accentsExact ? Kind.EXACT : Kind.ACCENTS_DIFFER;
      } else if (matched == name.length) {
        kind = Kind.MISSPELLED;
      } else if (matched >= 2) {
        kind = misspelled ? Kind.MISSPELLED : Kind.NAME_DROPPED;
      } else if (part == 0) {
        kind = Kind.FIRST_NAME_ONLY;
      } else {
        continue;
      }
      if (kind.ordinal() < best.kind().ordinal()) {
        best = new NameMatch(kind, written);
      }
    }
    return best;
  }

  /**
   * The first name part at or after {@code from} that the token spells, exactly or within one
   * letter.
   */
  private static int indexOfPart(String[] nameFolded, String token, int from) {
    for (int k = from; k < nameFolded.length; k++) {
      if (nameFolded[k].equals(token)) {
        return k;
      }
    }
    for (int k = from; k < nameFolded.length; k++) {
      if (nameFolded[k].length() >= 5 && editDistanceAtMostOne(nameFolded[k], token)) {
        return k;
      }
    }
    return -1;
  }

  static boolean editDistanceAtMostOne(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int i = 0;
    int j = 0;
    int edits = 0;
    while (i < a.length() && j < b.length()) {
      if (a.charAt(i) == b.charAt(j)) {
        i++;
        j++;
        continue;
      }
      if (++edits > 1) {
        return false;
      }
      if (a.length() > b.length()) {
        i++;
      } else if (a.length() < b.length()) {
        j++;
      } else {
        i++;
        j++;
      }
    }
    return edits + (a.length() - i) + (b.length() - j) <= 1;
  }

  private record Token(String original, String lower, String folded) {}

  private static List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String t = m.group().replaceAll("['’-]+$", "").replaceAll("(?i)['’]s$", "");
      tokens.add(new Token(t, t.toLowerCase(Locale.ROOT), Fold.fold(t)));
    }
    return tokens;
  }
}
