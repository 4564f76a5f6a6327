package org.parolekit.check;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * What a writer's own words already say, so that a letter built around them adds a fact
 * (relationship, since when, the address, each commitment, status, occupation) only where the words
 * do not give it, and never twice. Read with the same detectors as the letter checks.
 *
 * <p>Immutable and thread-safe; build one and reuse it.
 */
public final class StatementCoverage {
  /** What the words cover. */
  public enum Fact {
    /** Who the person is to the writer. */
    RELATIONSHIP,
    /** How or since when the writer knows the person. */
    ACQUAINTANCE,
    /** That the person will live with the writer, or where. */
    HOUSING,
    /** Money, food, clothes or other support. */
    FINANCIAL_SUPPORT,
    /** Rides to hearings and check-ins. */
    TRANSPORT,
    /** That the person will attend every hearing and comply. */
    APPEARANCE,
    /** The writer's own immigration status. */
    STATUS
  }

  private final Lexicon lexicon;
  private final Detectors detectors;
  private final Clause clause;

  public StatementCoverage() {
    this.lexicon = Lexicon.builtIn();
    this.detectors = new Detectors(lexicon);
    this.clause = new Clause(lexicon);
  }

  /** The facts the text states, in either language. */
  public Set<Fact> covered(String text) {
    Set<Fact> facts = EnumSet.noneOf(Fact.class);
    if (text == null || text.isBlank()) {
      return facts;
    }
    List<Sentence> sentences = SentenceSplitter.split(text);
    for (Detection d : detectors.detect(sentences, sentences, false)) {
      switch (d.detector()) {
        case RELATIONSHIP -> facts.add(Fact.RELATIONSHIP);
        case ACQUAINTANCE -> facts.add(Fact.ACQUAINTANCE);
        case APPEARANCE_STATEMENT -> facts.add(Fact.APPEARANCE);
        default -> {}
      }
    }
    for (Sentence s : sentences) {
      if (counts("cover.housing", s)) {
        facts.add(Fact.HOUSING);
      }
      if (counts("cover.financial", s)) {
        facts.add(Fact.FINANCIAL_SUPPORT);
      }
      if (counts("cover.transport", s)) {
        facts.add(Fact.TRANSPORT);
      }
      if (counts("cover.status", s)) {
        facts.add(Fact.STATUS);
      }
    }
    return facts;
  }

  /** Whether the text mentions the street address (house number and street name). */
  public boolean mentionsAddress(String text, String street) {
    String key = LetterFacts.addressKey(street);
    return text != null
        && !key.isEmpty()
        && LetterFacts.streetAddresses(Fold.fold(text)).contains(key);
  }

  /**
   * Whether the text already says the phrase (an occupation, an employer), whatever the case and
   * accents.
   */
  public boolean mentions(String text, String phrase) {
    return text != null
        && phrase != null
        && !phrase.isBlank()
        && Fold.fold(text).contains(Fold.fold(phrase.strip()));
  }

  private boolean counts(String section, Sentence s) {
    for (Cue cue : lexicon.section(section)) {
      if (!cue.mayMatch(s.folded())) {
        continue;
      }
      Matcher m = cue.pattern().matcher(s.folded());
      while (m.find()) {
        if (cue.counts(
            clause.negated(s.folded(), m.start()) || clause.negatedWithin(cue, m.group()))) {
          return true;
        }
      }
    }
    return false;
  }
}
