package org.parolekit.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parolekit.model.Criterion;
import org.parolekit.model.Language;

/**
 * Turns what the detectors found into met, weak or missing, exactly as {@code letter-criteria.md}
 * defines them:
 *
 * <ul>
 *   <li>identity is met by an identifier of the person, by the writer's relationship together with
 *       how or since when they know the person, or by the full name with the detention facility;
 *       weak by one of those parts alone;
 *   <li>not a flight risk is met by saying it outright, a concrete plan or a record of showing up;
 *       weak by ties and support in general terms;
 *   <li>not a danger is met by saying it outright, peaceful conduct the writer saw, or past
 *       misconduct faced with the change since; weak by general praise.
 * </ul>
 *
 * Every result keeps the detections behind it, so a verdict can be traced to the words that made
 * it.
 */
final class CriteriaAssessor {
  private static final int MAX_EVIDENCE = 3;
  private static final int MAX_HINTS = 2;

  private final Hints hints;

  CriteriaAssessor(Hints hints) {
    this.hints = hints;
  }

  /**
   * @param detections what fired in the letter
   * @param fullNameGiven whether the letter gives the person's full name (for the facility rule)
   * @param language the language hints are given in
   */
  Map<Criterion, CriterionResult> assess(
      List<Detection> detections, boolean fullNameGiven, Language language) {
    Set<Detector> fired = EnumSet.noneOf(Detector.class);
    detections.forEach(d -> fired.add(d.detector()));
    Map<Criterion, CriterionResult> results = new EnumMap<>(Criterion.class);
    for (Criterion criterion : Criterion.values()) {
      List<Detection> mine =
          detections.stream()
              .filter(d -> d.detector().criterion().equals(Optional.of(criterion)))
              .toList();
      Set<Detector> deciding = deciding(criterion, fired, fullNameGiven);
      CriterionStatus status =
          !deciding.isEmpty()
              ? CriterionStatus.MET
              : mine.isEmpty() ? CriterionStatus.MISSING : CriterionStatus.WEAK;
      List<Detection> ordered = new ArrayList<>(mine);
      ordered.sort(
          Comparator.comparing((Detection d) -> !deciding.contains(d.detector()))
              .thenComparing(d -> d.detector().role())
              .thenComparing(Detection::sentence));
      Set<String> evidence = new LinkedHashSet<>();
      for (Detection d : ordered) {
        if (evidence.size() < MAX_EVIDENCE) {
          evidence.add(d.sentenceText());
        }
      }
      Optional<String> hint =
          status == CriterionStatus.MET
              ? Optional.empty()
              : Optional.of(hint(criterion, fired, language));
      results.put(criterion, new CriterionResult(status, List.copyOf(evidence), hint, ordered));
    }
    return results;
  }

  /** The detectors that make the criterion met; empty when it is not. */
  static Set<Detector> deciding(Criterion criterion, Set<Detector> fired, boolean fullNameGiven) {
    Set<Detector> met = EnumSet.noneOf(Detector.class);
    for (Detector d : fired) {
      if (d.criterion().equals(Optional.of(criterion)) && d.role() == Detector.Role.MEETS) {
        met.add(d);
      }
    }
    if (criterion == Criterion.IDENTITY) {
      if (fired.contains(Detector.RELATIONSHIP) && fired.contains(Detector.ACQUAINTANCE)) {
        met.add(Detector.RELATIONSHIP);
        met.add(Detector.ACQUAINTANCE);
      }
      if (fired.contains(Detector.FACILITY) && fullNameGiven) {
        met.add(Detector.FACILITY);
      }
    }
    return met;
  }

  private String hint(Criterion criterion, Set<Detector> fired, Language language) {
    List<String> keys =
        switch (criterion) {
          case IDENTITY -> {
            List<String> k = new ArrayList<>();
            if (!fired.contains(Detector.RELATIONSHIP)) {
              k.add("relationship");
            }
            if (!fired.contains(Detector.ACQUAINTANCE)) {
              k.add("duration");
            }
            k.add("identifiers");
            yield k;
          }
          case FLIGHT_RISK -> List.of("plan", "statement");
          case DANGER -> List.of("statement", "observed");
        };
    String group = groupName(criterion);
    return String.join(
        " ",
        keys.stream()
            .limit(MAX_HINTS)
            .map(k -> hints.get(language, "hint." + group + "." + k))
            .toList());
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
