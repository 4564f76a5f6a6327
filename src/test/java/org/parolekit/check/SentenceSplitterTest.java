package org.parolekit.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private static List<String> split(String text) {
    return SentenceSplitter.split(text).stream().map(Sentence::text).toList();
  }

  @Test
  void keepsAbbreviationsAndSplitsLinesAndSentences() {
    assertThat(
            split(
                "Dear Dr. Smith,\nI live at 12 Main St. in Yuma. Rev. Ortega knows her! Does he?"))
        .containsExactly(
            "Dear Dr. Smith,",
            "I live at 12 Main St. in Yuma.",
            "Rev. Ortega knows her!",
            "Does he?");
  }

  @Test
  void allCapsSplitsLikeAnyText() {
    assertThat(split("MY SON IS GOOD. HE WORKED WITH ME."))
        .containsExactly("MY SON IS GOOD.", "HE WORKED WITH ME.");
  }

  @Test
  void oneLongCommaSplicedParagraphIsCutIntoQuotableClauses() {
    String paragraph =
        String.join(
            ", ", java.util.Collections.nCopies(30, "she is kind and works hard every day"));
    List<String> parts = split(paragraph);
    assertThat(parts).hasSizeGreaterThan(3);
    assertThat(parts)
        .allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(SentenceSplitter.LONG));
    assertThat(String.join(" ", parts)).isEqualTo(paragraph);
  }

  @Test
  void foldingStripsAccentsAndCaseOnly() {
    assertThat(Fold.fold("JOSÉ Hernández’s Niño")).isEqualTo("jose hernandez's nino");
  }
}
