package org.parolekit.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parolekit.model.Criterion;
import org.parolekit.model.Language;

/**
 * Decides, sentence by sentence, how well a letter makes each of the three points.
 *
 * <p>Every sentence is matched against the cue lexicon; each matching cue adds its weight to an
 * aspect of a criterion (for identity: relationship, duration, how they met, frequency,
 * documents); a cue that matches several times in a sentence ("never raises her voice, doesn't
 * drink, has no record") counts each time. An aspect counts at most {@value #ASPECT_CAP}. Form
 * phrases ("generic") count only when nothing else does, so they make a point weak at most. A criterion is <em>met</em> when the letter scores at least {@value #MET_SCORE} across
 * at least two distinct aspects — that is, it says something concrete from more than one angle —
 * <em>weak</em> when anything counts, and <em>missing</em> otherwise.
 */
final class CriteriaAssessor {
  static final int ASPECT_CAP = 3;
  static final int MET_SCORE = 5;
  private static final int MAX_EVIDENCE = 3;
  private static final String GENERIC = "generic";

  /** Aspects whose absence each hint addresses, in the order hints are offered. */
  private static final Map<Criterion, List<List<String>>> HINT_GROUPS =
      Map.of(
          Criterion.IDENTITY,
          List.of(List.of("relationship"), List.of("duration", "how"), List.of("frequency", "documents")),
          Criterion.FLIGHT_RISK,
          List.of(List.of("residence", "address"), List.of("hearings", "transport"), List.of("support"), List.of("ties")),
          Criterion.DANGER,
          List.of(List.of("character"), List.of("work", "faith", "community"), List.of("conduct")));

  private final CueLexicon lexicon;
  private final Hints hints;

  CriteriaAssessor(CueLexicon lexicon, Hints hints) {
    this.lexicon = lexicon;
    this.hints = hints;
  }

  Map<Criterion, CriterionResult> assess(List<Sentence> sentences, Language language) {
    Map<Criterion, CriterionResult> results = new EnumMap<>(Criterion.class);
    for (Criterion criterion : Criterion.values()) {
      results.put(criterion, assess(criterion, sentences, language));
    }
    return results;
  }

  private CriterionResult assess(Criterion criterion, List<Sentence> sentences, Language language) {
    List<Cue> cues = lexicon.group(groupName(criterion));
    Map<String, Integer> aspectScores = new HashMap<>();
    Map<Sentence, Integer> sentenceWeights = new HashMap<>();
    for (Sentence sentence : sentences) {
      for (Cue cue : cues) {
        int matches = lexicon.countingMatches(cue, sentence);
        if (matches == 0) {
          continue;
        }
        aspectScores.merge(cue.aspect(), cue.weight() * matches, Integer::sum);
        sentenceWeights.merge(sentence, cue.weight() * matches, Integer::sum);
      }
    }
    int score = 0;
    int aspects = 0;
    for (Map.Entry<String, Integer> e : aspectScores.entrySet()) {
      if (!e.getKey().equals(GENERIC)) {
        score += Math.min(ASPECT_CAP, e.getValue());
        aspects++;
      }
    }
    if (aspects == 0 && aspectScores.containsKey(GENERIC)) {
      score = 1;
    }
    CriterionStatus status =
        score >= MET_SCORE && aspects >= 2
            ? CriterionStatus.MET
            : score > 0 ? CriterionStatus.WEAK : CriterionStatus.MISSING;
    List<String> evidence =
        sentenceWeights.entrySet().stream()
            .sorted(
                Map.Entry.<Sentence, Integer>comparingByValue()
                    .reversed()
                    .thenComparing(e -> e.getKey().index()))
            .limit(MAX_EVIDENCE)
            .map(Map.Entry::getKey)
            .map(Sentence::text)
            .toList();
    Optional<String> hint =
        status == CriterionStatus.MET
            ? Optional.empty()
            : Optional.of(hintFor(criterion, aspectScores.keySet(), language));
    return new CriterionResult(status, evidence, hint);
  }

  private String hintFor(Criterion criterion, Set<String> present, Language language) {
    List<String> parts = new ArrayList<>();
    for (List<String> group : HINT_GROUPS.get(criterion)) {
      if (group.stream().noneMatch(present::contains) && parts.size() < 2) {
        parts.add(hints.get(language, "hint." + groupName(criterion) + "." + group.get(0)));
      }
    }
    if (parts.isEmpty()) {
      parts.add(hints.get(language, "hint." + groupName(criterion) + ".more"));
    }
    return String.join(" ", parts);
  }

  /** The name a criterion has in lexicons, hints and JSON: identity, flightRisk, danger. */
  static String groupName(Criterion criterion) {
    return switch (criterion) {
      case IDENTITY -> "identity";
      case FLIGHT_RISK -> "flightRisk";
      case DANGER -> "danger";
    };
  }
}
