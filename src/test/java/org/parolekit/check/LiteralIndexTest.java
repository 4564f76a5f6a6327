package org.parolekit.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LiteralIndexTest {
  private final LiteralIndex index =
      LiteralIndex.of(List.of("parole", "par", "role", "ice", "mexico", "méxico", "check-in"));

  private boolean holds(String text, String... literals) {
    ScannedText scanned = index.scan(text);
    int[] ids = new int[literals.length];
    for (int i = 0; i < literals.length; i++) {
      ids[i] = index.id(literals[i]);
    }
    return scanned.holdsAny(ids);
  }

  @Test
  void findsEveryLiteralTheTextHoldsWhereverItStands() {
    String text = "a request for parole at the ice office";
    assertThat(holds(text, "parole")).isTrue();
    assertThat(holds(text, "par")).as("a literal inside a longer one").isTrue();
    assertThat(holds(text, "role")).as("a literal overlapping another").isTrue();
    assertThat(holds(text, "ice")).as("inside 'office' too").isTrue();
    assertThat(holds("she went to check-in", "check-in")).as("at the very end").isTrue();
    assertThat(holds("méxico", "méxico")).as("outside ASCII").isTrue();
  }

  @Test
  void findsNoLiteralTheTextDoesNotHold() {
    assertThat(holds("a request for pardon", "parole", "role", "ice", "mexico")).isFalse();
    assertThat(holds("pa", "par")).as("a literal's start at the end of the text").isFalse();
    assertThat(holds("", "par", "ice")).isFalse();
    assertThat(holds("check in", "check-in")).isFalse();
  }

  @Test
  void numbersOnlyItsOwnLiterals() {
    assertThat(index.id("parole")).isNotNegative();
    assertThat(index.id("pardon")).isEqualTo(-1);
    assertThatThrownBy(() -> LiteralIndex.of(List.of("a", "")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSetNumberedInTheIndexAgreesWithItsTextSearch() {
    LiteralSet set = LiteralSet.of(Optional.of(Set.of("parole", "ice"))).indexedBy(index);
    for (String text : List.of("parole", "my office", "pardon", "", "p", "roles")) {
      assertThat(set.foundIn(index.scan(text))).as(text).isEqualTo(set.foundIn(text));
    }
    LiteralIndex other = LiteralIndex.of(List.of("pardon"));
    assertThat(set.foundIn(other.scan("parole"))).as("scanned with another index").isTrue();
    assertThat(set.foundIn(other.scan("pardon"))).isFalse();
    assertThat(LiteralSet.ANY_TEXT.indexedBy(index).foundIn(index.scan("x"))).isTrue();
    assertThatThrownBy(() -> LiteralSet.of(Optional.of(Set.of("asylum"))).indexedBy(index))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
