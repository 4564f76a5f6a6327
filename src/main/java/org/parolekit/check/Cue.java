package org.parolekit.check;

import java.util.regex.Pattern;
import org.parolekit.model.Language;

/**
 * One line of a cue lexicon: a pattern that counts for a criterion aspect or signals something.
 *
 * @param key criterion.aspect or a signal name such as merits
 * @param weight how much a match counts
 * @param onlyWhenNegated true for cues naming something bad ("arrested"), which count only when
 *     negated ("never arrested")
 * @param pattern matched against folded text
 * @param language the lexicon the cue comes from
 */
record Cue(String key, int weight, boolean onlyWhenNegated, Pattern pattern, Language language) {

  /** The part of the key before the dot: identity, flightRisk, danger, merits... */
  String group() {
    int dot = key.indexOf('.');
    return dot < 0 ? key : key.substring(0, dot);
  }

  /** The part after the dot, such as relationship; empty for signals. */
  String aspect() {
    int dot = key.indexOf('.');
    return dot < 0 ? "" : key.substring(dot + 1);
  }
}
