package org.parolekit.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parolekit.model.Language;

/**
 * Reads the clause a match stands in: whether a negation turns it around, and whether its subject
 * is the writer ("I have never been arrested") or someone else ("she has never been arrested").
 * Both look only backward from the match and stop at the clause's start ({@code [clause]}).
 */
final class Clause {
  /** How many words before a match a negation may stand and still turn it around. */
  static final int NEGATION_WINDOW_WORDS = 8;

  private static final Pattern WORD = Pattern.compile("[a-z0-9']+");

  /** A template's slot: what stands inside it ("[relación o tiempo]") does not break a clause. */
  private static final Pattern SLOT = Pattern.compile("\\[[^\\]]{1,80}\\]");

  /**
   * A clause joined to the one before by a conjunction shares its subject: "I ... and have never".
   */
  private static final Pattern CONJOINED =
      Pattern.compile("\\b(?:and|but|or|nor|then|y|e|pero|o|ni|luego)\\s*$");

  /**
   * An elliptical clause after a comma, which says more of the clause before and so takes its
   * subject: "I never had trouble with the police, not even a ticket".
   */
  private static final Pattern ELLIPTICAL =
      Pattern.compile(
          "^\\s*(?:not even|not one|not once|not a single|nothing|ni siquiera|nada)\\b");

  private static final Pattern COMMA_BEFORE = Pattern.compile(",\\s*$");

  private final Lexicon lexicon;

  Clause(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Where the clause holding {@code at} starts in the folded sentence. */
  int start(String folded, int at) {
    String before =
        SLOT.matcher(folded.substring(0, at)).replaceAll(m -> "x".repeat(m.group().length()));
    int start = 0;
    for (Cue cue : lexicon.section("clause")) {
      if (!cue.mayMatch(before)) {
        continue;
      }
      Matcher m = cue.pattern().matcher(before);
      while (m.find()) {
        start = Math.max(start, m.end());
      }
    }
    return start;
  }

  /**
   * Whether a negation stands in the same clause, a few words before {@code at}. Phrases that look
   * negative but affirm ("no doubt", "sin duda") are taken out first.
   */
  boolean negated(String folded, int at) {
    return negationStart(folded, at) >= 0;
  }

  /**
   * Where the negation that turns the match at {@code at} around starts in the folded sentence, or
   * -1 when there is none, so that evidence can quote it ("never been arrested").
   */
  int negationStart(String folded, int at) {
    int start = start(folded, at);
    String clause = folded.substring(start, at);
    for (Cue affirmation : lexicon.section("affirmation")) {
      if (affirmation.mayMatch(clause)) {
        clause =
            affirmation.pattern().matcher(clause).replaceAll(m -> " ".repeat(m.group().length()));
      }
    }
    Matcher w = WORD.matcher(clause);
    List<Integer> wordStarts = new ArrayList<>();
    while (w.find()) {
      wordStarts.add(w.start());
    }
    int from =
        wordStarts.size() > NEGATION_WINDOW_WORDS
            ? wordStarts.get(wordStarts.size() - NEGATION_WINDOW_WORDS)
            : 0;
    String window = clause.substring(from);
    int found = -1;
    for (Cue negator : lexicon.section("negator")) {
      if (!negator.mayMatch(window)) {
        continue;
      }
      Matcher m = negator.pattern().matcher(window);
      if (m.find() && (found < 0 || m.start() < found)) {
        found = m.start();
      }
    }
    return found < 0 ? -1 : start + from + found;
  }

  /**
   * "She will not live with me": for a line that counts when affirmed, a negation inside the
   * matched words turns it around as one before them does.
   */
  boolean negatedWithin(Cue cue, String matched) {
    if (cue.polarity() != Cue.Polarity.AFFIRMED) {
      return false;
    }
    String inside = matched;
    for (Cue affirmation : lexicon.section("affirmation")) {
      if (affirmation.mayMatch(inside)) {
        inside = affirmation.pattern().matcher(inside).replaceAll(" ");
      }
    }
    return lexicon.anyMatch("negator", inside);
  }

  /**
   * Whether the subject of the clause at {@code at} is someone other than the person: the nearest
   * subject word before the match, in the match's language, is first person ("I", "we"; in Spanish
   * a first-person verb such as "he", "tengo", "somos"), or, when {@code othersCount}, the reader
   * followed by a copula ("you are responsible for their safety" speaks of the officer; "I ask you
   * to release him" does not make "you" the subject of what follows) or a kind of people before
   * "who" ("immigrants who do not pose a threat are favored" describes a policy). A third-person
   * word, a name (a capitalized word inside the sentence) or a word after which a new subject
   * starts ("that", "que", "believe") ends the search with the answer no.
   */
  boolean someoneElseIsSubject(Sentence sentence, int at, Language language, boolean othersCount) {
    String folded = sentence.folded();
    if (language == Language.ES && opensWithFirstPersonVerb(folded, at)) {
      // Spanish drops the subject: "Nací en Sololá" is the writer's birthplace
      return true;
    }
    int end = at;
    for (int start = start(folded, at); ; start = start(folded, start - 1)) {
      Boolean found = someoneElseIn(sentence, start, end, language, othersCount);
      if (found != null) {
        return found;
      }
      String before = folded.substring(0, start);
      boolean joined =
          CONJOINED.matcher(before).find()
              || COMMA_BEFORE.matcher(before).find()
                  && ELLIPTICAL.matcher(folded.substring(start, end)).find();
      if (start == 0 || !joined) {
        return false;
      }
      end = start;
    }
  }

  /** Whether the match at {@code at} opens with a first-person verb ("naci", "tengo"). */
  private boolean opensWithFirstPersonVerb(String folded, int at) {
    Matcher w = WORD.matcher(folded);
    w.region(at, folded.length());
    return w.lookingAt() && matches("subject.first", w.group(), Language.ES);
  }

  /**
   * The answer of the words between {@code start} and {@code end}, read backward; null when they
   * hold no subject word, so that a clause without one ("... and have never missed a hearing")
   * takes the subject of the clause before it.
   */
  private Boolean someoneElseIn(
      Sentence sentence, int start, int end, Language language, boolean othersCount) {
    String folded = sentence.folded();
    List<int[]> words = new ArrayList<>();
    Matcher w = WORD.matcher(folded);
    w.region(start, end);
    while (w.find()) {
      words.add(new int[] {w.start(), w.end()});
    }
    for (int i = words.size() - 1; i >= 0; i--) {
      String word = folded.substring(words.get(i)[0], words.get(i)[1]);
      if (matches("subject.stop", word, language)) {
        return false;
      }
      if (matches("subject.first", word, language)) {
        return true;
      }
      if (othersCount
          && (startsWith("subject.addressee", folded, words.get(i)[0], end, language)
              || i > 0
                  && startsWith("subject.addressee", folded, words.get(i - 1)[0], end, language))) {
        // "you are", "usted es": going backward, the verb comes before its subject
        return true;
      }
      if (othersCount
          && i > 0
          && matches("subject.relative", word, language)
          && matches("subject.category", text(folded, words.get(i - 1)), language)
          && !determined(folded, words, i - 1, language)) {
        // "immigrants who do not pose a threat": a kind of people, not the person
        return true;
      }
      if (matches("subject.third", word, language) || isName(sentence, words.get(i)[0])) {
        return false;
      }
    }
    return null;
  }

  private static String text(String folded, int[] word) {
    return folded.substring(word[0], word[1]);
  }

  /**
   * Whether a determiner stands among the three words before the noun at {@code noun} ("these young
   * people who", "estos jóvenes, quienes"): then the noun names people the letter is about, not a
   * kind of people.
   */
  private boolean determined(String folded, List<int[]> words, int noun, Language language) {
    for (int j = noun - 1; j >= Math.max(0, noun - 3); j--) {
      if (matches("subject.determiner", text(folded, words.get(j)), language)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a line of {@code section} matches {@code folded} from {@code from} (up to {@code end}).
   */
  private boolean startsWith(String section, String folded, int from, int end, Language language) {
    for (Cue cue : lexicon.section(section)) {
      if (cue.language() == language
          && cue.mayMatch(folded)
          && cue.pattern().matcher(folded).region(from, end).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  private boolean matches(String section, String word, Language language) {
    for (Cue cue : lexicon.section(section)) {
      if (cue.language() == language
          && cue.mayMatch(word)
          && cue.pattern().matcher(word).matches()) {
        return true;
      }
    }
    return false;
  }

  /** A capitalized word that does not open the sentence: most likely a name. */
  private static boolean isName(Sentence sentence, int foldedStart) {
    String original =
        sentence.quote(foldedStart, Math.min(foldedStart + 1, sentence.folded().length()));
    if (original.isEmpty() || !Character.isUpperCase(original.charAt(0))) {
      return false;
    }
    String before = sentence.quote(0, foldedStart).strip();
    boolean opensSentence =
        before.isEmpty() || before.endsWith(".") || before.endsWith(":") || before.endsWith("\"");
    String word = sentence.folded().substring(foldedStart).split("[^a-z']", 2)[0];
    return !opensSentence && !word.equals("i");
  }
}
