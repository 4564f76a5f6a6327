package org.parolekit.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parolekit.model.Criterion;
import org.parolekit.model.Language;

/**
 * Runs every detector over a letter and says what fired on which words. Lexicon detectors are
 * matched sentence by sentence, honouring each line's polarity (negation) and each detector's
 * subject rule; A-numbers and birth dates are found by {@link LetterFacts}.
 *
 * <p>Immutable and thread-safe.
 */
final class Detectors {
  /** "My A-number", "mi número A": the writer's own identifier, not the person's. */
  private static final Pattern OWN_IDENTIFIER =
      Pattern.compile("\\b(?:my|mi|our|nuestro)\\s+(?:[\\w-]+\\s+){0,3}$");

  /** The writer giving their own birth: "I was born", "nací". */
  static final Pattern WRITER_SAYS_OWN_BIRTH =
      Pattern.compile("\\b(i was born|i am [^.]{0,40}born|i'm [^.]{0,40}born|naci|yo naci)\\b");

  private final Lexicon lexicon;
  private final Clause clause;

  Detectors(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.clause = new Clause(lexicon);
  }

  /**
   * What fired in a letter.
   *
   * @param body the letter's body: what the writer says, without letterhead and signature block
   * @param identifying the lines where identifiers of the person count: the body with the heading
   *     above it (addressee, "Re:" line), without the signature block
   * @param writerIsPerson whether the writer is the person (their own letter, or a letter of
   *     detained people): then what they say of themself is about the person
   */
  List<Detection> detect(List<Sentence> body, List<Sentence> identifying, boolean writerIsPerson) {
    return detect(body, identifying, writerIsPerson, null);
  }

  /**
   * As {@link #detect(List, List, boolean)}, matching only the lines of {@code language} when it is
   * given.
   */
  List<Detection> detect(
      List<Sentence> body, List<Sentence> identifying, boolean writerIsPerson, Language language) {
    List<Detection> found = new ArrayList<>();
    for (Sentence s : identifying) {
      identifiers(s, writerIsPerson, found);
    }
    // Which languages' lines may match each sentence, and which of the lexicon's literals it
    // holds, worked out once per sentence.
    Map<Integer, Set<Language>> languages = new HashMap<>();
    Map<Integer, ScannedText> scans = new HashMap<>();
    for (List<Sentence> part : List.of(identifying, body)) {
      for (Sentence s : part) {
        scans.computeIfAbsent(s.index(), k -> lexicon.scan(s.folded()));
        languages.computeIfAbsent(
            s.index(),
            k -> language == null ? EnumSet.allOf(Language.class) : languagesOf(s.folded()));
      }
    }
    for (Detector detector : Detector.values()) {
      if (detector == Detector.RELATIONSHIP && writerIsPerson) {
        continue;
      }
      // In the person's own letter, the facility in the letterhead is where the writer is held.
      List<Sentence> scope =
          detector == Detector.IDENTIFIERS || detector == Detector.FACILITY && writerIsPerson
              ? identifying
              : body;
      for (Sentence s : scope) {
        firstCounting(detector, s, scans.get(s.index()), writerIsPerson, languages.get(s.index()))
            .ifPresent(found::add);
      }
    }
    if (writerIsPerson) {
      ownName(identifying).ifPresent(found::add);
    }
    for (Sentence s : body) {
      if (found.stream()
          .noneMatch(d -> d.detector() == Detector.ACQUAINTANCE && d.sentence() == s.index())) {
        timeOfKnowing(s)
            .ifPresent(
                words ->
                    found.add(new Detection(Detector.ACQUAINTANCE, s.index(), s.text(), words)));
      }
    }
    Map<Integer, Integer> firstRelative = firstRelativeByParagraph(body);
    Map<Integer, Integer> paragraphOf = new HashMap<>();
    for (Sentence s : body) {
      paragraphOf.put(s.index(), s.paragraph());
    }
    found.removeIf(d -> aboutARelative(d, paragraphOf, firstRelative));
    if (body.stream().anyMatch(s -> lexicon.anyMatch("writer.neverMet", s.folded()))) {
      found.removeIf(
          d -> d.detector() == Detector.RELATIONSHIP || d.detector() == Detector.ACQUAINTANCE);
    }
    if (body.stream()
            .anyMatch(
                s ->
                    lexicon.anyMatch("group", s.folded())
                        && lexicon.anyMatch("group.context", s.folded()))
        && !FullNames.namesSomeone(body)
        && found.stream().noneMatch(d -> d.detector() == Detector.IDENTIFIERS)) {
      found.removeIf(d -> d.detector().criterion().equals(Optional.of(Criterion.IDENTITY)));
    }
    return found;
  }

  /**
   * Knowing only a relative of the person is not knowing the person ("I have known his wife for ten
   * years. We met when she worked for me."): once the writer says they know a relative, what the
   * rest of that paragraph says of relationship and acquaintance is about the relative.
   */
  private static boolean aboutARelative(
      Detection d, Map<Integer, Integer> paragraphOf, Map<Integer, Integer> firstRelative) {
    if (d.detector() != Detector.RELATIONSHIP && d.detector() != Detector.ACQUAINTANCE) {
      return false;
    }
    Integer paragraph = paragraphOf.get(d.sentence());
    Integer relative = paragraph == null ? null : firstRelative.get(paragraph);
    return relative != null && relative <= d.sentence();
  }

  /**
   * For each paragraph of the body, the index of its first sentence that speaks of knowing a
   * relative of the person: matched once per sentence, so a long letter costs what its sentences
   * cost and not their square.
   */
  private Map<Integer, Integer> firstRelativeByParagraph(List<Sentence> body) {
    Map<Integer, Integer> first = new HashMap<>();
    for (Sentence s : body) {
      if (!first.containsKey(s.paragraph()) && lexicon.anyMatch("relative", s.folded())) {
        first.put(s.paragraph(), s.index());
      }
    }
    return first;
  }

  /**
   * In the person's own letter, where the writer gives their own name ("me llamo ..."): a bare
   * name, a description that touches identity.
   */
  private Optional<Detection> ownName(List<Sentence> identifying) {
    for (Sentence s : identifying) {
      for (Cue cue : lexicon.section("self.name")) {
        if (!cue.mayMatch(s.folded())) {
          continue;
        }
        Matcher m = cue.pattern().matcher(s.folded());
        if (m.find()) {
          return Optional.of(
              new Detection(
                  Detector.DESCRIPTION, s.index(), s.text(), s.quote(m.start(), m.end()).strip()));
        }
      }
    }
    return Optional.empty();
  }

  /** Whether the letter reads as written by the person themself (or by detained people). */
  boolean writtenByThePerson(List<Sentence> body) {
    return body.stream().anyMatch(s -> lexicon.anyMatch("self", s.folded()));
  }

  /**
   * A time ("since 2015", "desde hace diez años") in the same clause as the writer's relationship
   * or a word of knowing: since when the writer knows the person.
   */
  private Optional<String> timeOfKnowing(Sentence s) {
    for (Cue cue : lexicon.section("identity.time")) {
      if (!cue.mayMatch(s.folded())) {
        continue;
      }
      Matcher m = cue.pattern().matcher(s.folded());
      while (m.find()) {
        if (m.end() == m.start() || !cue.counts(clause.negated(s.folded(), m.start()))) {
          continue;
        }
        String near = lead(s.folded(), m.start()) + " " + follow(s.folded(), m.end());
        if (lexicon.anyMatch("identity.knowing", near)
            || lexicon.anyMatch(Detector.RELATIONSHIP.section(), near)) {
          return Optional.of(s.quote(m.start(), m.end()).strip());
        }
      }
    }
    return Optional.empty();
  }

  /** How far from a time a word of knowing may stand and still date the knowing. */
  static final int TIME_LEAD_WORDS = 12;

  private static final Pattern STRONG_BREAK =
      Pattern.compile(
          "[.;!?]|\\b(?:but|because|although|though|while|pero|porque|aunque|mientras|sino)\\b");

  /** The words before {@code at} that a time can refer back to: up to a strong break. */
  private static String lead(String folded, int at) {
    String before = folded.substring(0, at);
    Matcher b = STRONG_BREAK.matcher(before);
    int from = 0;
    while (b.find()) {
      from = b.end();
    }
    String[] words = before.substring(from).strip().split("\\s+");
    return String.join(
        " ", Arrays.copyOfRange(words, Math.max(0, words.length - TIME_LEAD_WORDS), words.length));
  }

  /**
   * The words after {@code at} a time can refer forward to ("Two years ago, we became friends").
   */
  private static String follow(String folded, int at) {
    String after = folded.substring(at);
    Matcher b = STRONG_BREAK.matcher(after);
    String upTo = b.find() ? after.substring(0, b.start()) : after;
    String[] words = upTo.strip().split("\\s+");
    return String.join(" ", Arrays.copyOfRange(words, 0, Math.min(words.length, TIME_LEAD_WORDS)));
  }

  /**
   * @param scanned the sentence's folded text, scanned for the lexicon's literals
   * @param languages the languages whose lines may match the sentence
   */
  private Optional<Detection> firstCounting(
      Detector detector,
      Sentence s,
      ScannedText scanned,
      boolean writerIsPerson,
      Set<Language> languages) {
    boolean writerIntroducesThemself = !writerIsPerson && lexicon.anyMatch("writer.intro", scanned);
    for (Cue cue : lexicon.section(detector)) {
      if (!languages.contains(cue.language()) || !cue.mayMatch(scanned)) {
        continue;
      }
      if (writerIntroducesThemself
          && detector.subject() == Detector.Subject.PERSON
          && !cue.anySubject()) {
        continue;
      }
      Matcher m = cue.pattern().matcher(s.folded());
      while (m.find()) {
        if (m.end() == m.start()
            || !cue.counts(
                clause.negated(s.folded(), m.start()) || clause.negatedWithin(cue, m.group()))) {
          continue;
        }
        if (detector == Detector.RELEASE_PLAN
            && lexicon.anyMatch(
                "plea", s.folded().substring(clause.start(s.folded(), m.start()), m.start()))) {
          continue;
        }
        if (detector.role() != Detector.Role.MERITS
            && lexicon.anyMatch("hedge", s.folded().substring(0, m.start()))) {
          continue;
        }
        if (detector.role() == Detector.Role.MERITS
            && (insideOwnStatus(s.folded(), m)
                || insideSlot(s.folded(), m.start())
                || lexicon.anyMatch(
                    "merits.disclaimer",
                    s.folded()
                        .substring(clause.start(s.folded(), m.start()), m.start())
                        .strip()))) {
          continue;
        }
        if (detector.subject() == Detector.Subject.PERSON
            && !cue.anySubject()
            && !writerIsPerson
            && clause.someoneElseIsSubject(
                s, m.start(), cue.language(), detector.role() != Detector.Role.MERITS)) {
          continue;
        }
        int from =
            cue.polarity() == Cue.Polarity.NEGATED
                ? clause.negationStart(s.folded(), m.start())
                : m.start();
        return Optional.of(
            new Detection(detector, s.index(), s.text(), s.quote(from, m.end()).strip()));
      }
    }
    return Optional.empty();
  }

  private static final Pattern ENGLISH_WORD =
      Pattern.compile(
          "\\b(?:the|and|is|was|he|she|his|her|him|with|have|has|had|will|would|to|of|i|my|we|our|not|be|been|for|this|that|never|who)\\b");
  private static final Pattern SPANISH_WORD =
      Pattern.compile(
          "\\b(?:el|la|los|las|que|y|es|su|sus|con|para|por|una|del|lo|le|muy|pero|no|se|mi|yo|ha|en|nunca|fue|esta|tiene|desde)\\b");

  /**
   * The languages a sentence may be written in, by its function words: a letter in one language is
   * matched with that language's lines, but a sentence that mixes in the other ("He's never been
   * arrested, ni una sola vez") or has no function word at all is matched with both.
   */
  private static Set<Language> languagesOf(String folded) {
    boolean en = ENGLISH_WORD.matcher(folded).find();
    boolean es = SPANISH_WORD.matcher(folded).find();
    if (en == es) {
      return EnumSet.allOf(Language.class);
    }
    return EnumSet.of(en ? Language.EN : Language.ES);
  }

  /**
   * Inside a template's slot ("[relief sought, e.g., asylum]"): an example of what to write, not a
   * claim.
   */
  private static boolean insideSlot(String folded, int at) {
    return folded.lastIndexOf('[', at) > folded.lastIndexOf(']', at);
  }

  /** The writer's own asylum or status ("I was granted asylum"): not the person's case. */
  private boolean insideOwnStatus(String folded, Matcher m) {
    for (Cue own : lexicon.section("meritsReview.exclude")) {
      if (!own.mayMatch(folded)) {
        continue;
      }
      Matcher o = own.pattern().matcher(folded);
      while (o.find()) {
        if (o.start() < m.end() && m.start() < o.end()) {
          return true;
        }
      }
    }
    return false;
  }

  private void identifiers(Sentence s, boolean writerIsPerson, List<Detection> found) {
    for (LetterFacts.ANumberMatch a : LetterFacts.aNumberMatches(s.text())) {
      String before = Fold.fold(s.text().substring(0, a.start()));
      if (writerIsPerson || !OWN_IDENTIFIER.matcher(before).find()) {
        found.add(
            new Detection(
                Detector.IDENTIFIERS,
                s.index(),
                s.text(),
                s.text().substring(a.start(), a.end()).strip()));
        return;
      }
    }
    if ((writerIsPerson || !WRITER_SAYS_OWN_BIRTH.matcher(s.folded()).find())
        && !LetterFacts.birthDates(List.of(s)).isEmpty()) {
      found.add(new Detection(Detector.IDENTIFIERS, s.index(), s.text(), s.text().strip()));
    }
  }
}
