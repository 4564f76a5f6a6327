package org.parolekit.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.parolekit.model.Language;

/**
 * The cue lexicons ({@code cues-en.txt}, {@code cues-es.txt} beside this class), kept as data so
 * that a reviewer can read and extend them without touching code. Both languages are always
 * matched, so letters that mix English and Spanish are read whole.
 */
final class CueLexicon {
  /** How many words before a cue a negation may stand and still turn it around. */
  private static final int NEGATION_WINDOW_WORDS = 6;

  private static final Pattern CLAUSE_BREAK =
      Pattern.compile("[,;:()]|\\b(but|pero|aunque|except|excepto|and|y)\\b");

  private final List<Cue> cues;
  private final List<Cue> negators;
  private final List<Cue> affirmations;

  private CueLexicon(List<Cue> cues) {
    this.cues = cues.stream().filter(c -> !c.key().equals("negator") && !c.key().equals("affirmation")).toList();
    this.negators = cues.stream().filter(c -> c.key().equals("negator")).toList();
    this.affirmations = cues.stream().filter(c -> c.key().equals("affirmation")).toList();
  }

  /** Loads the built-in English and Spanish lexicons. */
  static CueLexicon builtIn() {
    List<Cue> all = new ArrayList<>();
    all.addAll(read("cues-en.txt", Language.EN));
    all.addAll(read("cues-es.txt", Language.ES));
    return new CueLexicon(all);
  }

  /** Cues whose key is {@code name} or whose group (the key before the dot) is {@code name}. */
  List<Cue> group(String name) {
    return cues.stream().filter(c -> c.key().equals(name) || c.group().equals(name)).toList();
  }

  /**
   * Where a cue counts in a sentence: the first match that is not negated (or, for cues that
   * name something bad, the first that is).
   */
  Optional<MatchResultText> firstCounting(Cue cue, Sentence sentence) {
    Matcher m = cue.pattern().matcher(sentence.folded());
    while (m.find()) {
      boolean negated = isNegated(sentence.folded(), m.start());
      if (negated == cue.onlyWhenNegated()) {
        return Optional.of(new MatchResultText(m.start(), m.group()));
      }
    }
    return Optional.empty();
  }

  /** How many distinct matches of the cue count in the sentence (negation respected). */
  int countingMatches(Cue cue, Sentence sentence) {
    Matcher m = cue.pattern().matcher(sentence.folded());
    java.util.Set<String> counted = new java.util.HashSet<>();
    while (m.find()) {
      if (isNegated(sentence.folded(), m.start()) == cue.onlyWhenNegated()) {
        counted.add(m.group());
      }
    }
    return counted.size();
  }

  /** Whether any match of the cue appears in the sentence, negated or not. */
  boolean anyMatch(Cue cue, String folded) {
    return cue.pattern().matcher(folded).find();
  }

  /**
   * Whether a negation stands in the same clause, a few words before {@code at}. Phrases that
   * look negative but affirm ("no doubt", "sin duda") are taken out first.
   */
  boolean isNegated(String folded, int at) {
    String before = folded.substring(0, at);
    int clauseStart = 0;
    Matcher br = CLAUSE_BREAK.matcher(before);
    while (br.find()) {
      clauseStart = br.end();
    }
    String clause = before.substring(clauseStart);
    for (Cue affirmation : affirmations) {
      clause = affirmation.pattern().matcher(clause).replaceAll(" ");
    }
    String[] words = clause.trim().split("\\s+");
    int from = Math.max(0, words.length - NEGATION_WINDOW_WORDS);
    String window = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
    for (Cue negator : negators) {
      if (negator.pattern().matcher(window).find()) {
        return true;
      }
    }
    return false;
  }

  /** A cue match: where it starts and what it matched (folded). */
  record MatchResultText(int start, String text) {}

  private static List<Cue> read(String resource, Language language) {
    List<Cue> cues = new ArrayList<>();
    try (InputStream in = CueLexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing lexicon " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        String[] parts = trimmed.split("\\s+", 4);
        if (parts.length < 4 || !parts[2].matches("[+-]")) {
          throw new IllegalStateException(resource + ":" + number + ": expected key weight +|- pattern");
        }
        try {
          Pattern pattern = Pattern.compile(parts[3]);
          if (pattern.matcher("").find()) {
            throw new IllegalStateException(resource + ":" + number + ": pattern matches empty text (a stray '|'?)");
          }
          cues.add(new Cue(parts[0], Integer.parseInt(parts[1]), parts[2].equals("-"), pattern, language));
        } catch (PatternSyntaxException | NumberFormatException e) {
          throw new IllegalStateException(resource + ":" + number + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(cues);
  }
}
