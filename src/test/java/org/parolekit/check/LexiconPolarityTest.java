package org.parolekit.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A "+" line counts only when no negation stands before it or inside what it matched; a "+" line
 * whose pattern opens with a negation ("not had any trouble since then", "no ha vuelto a probar
 * alcohol") can therefore never count. Such a line must be "=" (it carries its own polarity).
 */
class LexiconPolarityTest {
  /** A pattern that opens with a negation word, bare or as the first of its alternatives. */
  private static final Pattern OPENS_NEGATED =
      Pattern.compile(
          "^\\\\b(?:\\(\\?:)?(?:not|no|never|nor|neither|without|nunca|jamas|sin|ni|tampoco)(?:\\||\\)|"
              + " |\\\\b)");

  @Test
  void noAffirmedDetectorLineOpensWithANegation() {
    Lexicon lexicon = Lexicon.builtIn();
    List<String> dead = new ArrayList<>();
    for (Detector detector : Detector.values()) {
      for (Cue cue : lexicon.section(detector.section())) {
        if (cue.polarity() == Cue.Polarity.AFFIRMED
            && OPENS_NEGATED.matcher(cue.pattern().pattern()).find()) {
          dead.add(cue.source());
        }
      }
    }
    assertThat(dead).as("'+' lines that open with a negation and so never count").isEmpty();
  }

  @Test
  void theCheckSeesALineThatOpensWithANegation() {
    assertThat(OPENS_NEGATED.matcher("\\b(?:not|never) (?:had )?trouble since").find()).isTrue();
    assertThat(OPENS_NEGATED.matcher("\\bno (?:ha )?vuelto a probar").find()).isTrue();
    assertThat(OPENS_NEGATED.matcher("\\b(?:nothing|peaceful) person").find()).isFalse();
    assertThat(OPENS_NEGATED.matcher("\\b(?:noble|nonviolent)").find()).isFalse();
  }
}
