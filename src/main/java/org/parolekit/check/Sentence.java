package org.parolekit.check;

/**
 * A sentence (or clause of an overlong sentence) of a letter.
 *
 * @param text as written, for quoting
 * @param folded normalized, for matching
 * @param index position in the letter
 * @param alignment where each folded character comes from in {@code text}
 * @param paragraph the paragraph it stands in (paragraphs are separated by blank lines)
 */
record Sentence(String text, String folded, int index, Fold.Aligned alignment, int paragraph) {

  static Sentence of(String text, int index, int paragraph) {
    Fold.Aligned aligned = Fold.aligned(text);
    return new Sentence(text, aligned.text(), index, aligned, paragraph);
  }

  /** The words of the sentence, as written, behind folded {@code [start, end)}. */
  String quote(int start, int end) {
    return alignment.quote(text, start, end);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Sentence s && s.index == index && s.text.equals(text);
  }

  @Override
  public int hashCode() {
    return 31 * index + text.hashCode();
  }
}
