package org.parolekit.check;

import java.util.Set;
import org.parolekit.model.Language;

/** Tells English from Spanish by counting each language's most common words. */
final class LanguageDetector {
  private static final Set<String> EN =
      Set.of(
          "the", "and", "is", "i", "to", "of", "he", "she", "his", "her", "was", "with", "have",
          "has", "will", "my", "for", "that", "in", "it", "him", "be", "are", "we", "you", "this",
          "not", "at", "they", "from", "since", "who", "when", "every", "all", "me", "am", "our");
  private static final Set<String> ES =
      Set.of(
          "el", "la", "los", "las", "de", "y", "que", "es", "en", "un", "una", "su", "sus", "con",
          "por", "para", "yo", "mi", "me", "lo", "le", "se", "del", "al", "ella", "desde", "muy",
          "nunca", "como", "soy", "todos", "todas", "pero", "va", "esta", "hace", "nos", "tiene");

  private LanguageDetector() {}

  /** The language with more of its common words; English on a tie. */
  static Language detect(String text) {
    int en = 0;
    int es = 0;
    for (String token : Fold.fold(text).split("[^a-z']+")) {
      if (EN.contains(token)) {
        en++;
      }
      if (ES.contains(token)) {
        es++;
      }
    }
    return es > en ? Language.ES : Language.EN;
  }
}
