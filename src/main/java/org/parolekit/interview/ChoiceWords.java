package org.parolekit.interview;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parolekit.model.FieldOffice;
import org.parolekit.model.YamlEnum;

/**
 * The answers a closed-set question takes, in the interview's language: each value as it is shown,
 * and every word that means it (the case file's code, the shown word and the bundle's synonyms),
 * matched without regard to case, accents or hyphens. The words are data in the message bundles.
 */
final class ChoiceWords {
  /** One value: the code the case file keeps, the word shown for it, and what else it is called. */
  record Word(String code, String shown, String description, List<String> accepted) {}

  private final List<Word> words;

  private ChoiceWords(List<Word> words) {
    this.words = List.copyOf(words);
  }

  /**
   * The values of {@code type}, an enumeration the case file spells by {@link YamlEnum#yamlName()}.
   */
  static ChoiceWords of(Class<?> type, InterviewText text) {
    List<Word> words = new ArrayList<>();
    for (Object constant : type.getEnumConstants()) {
      String code = ((YamlEnum) constant).yamlName();
      List<String> accepted = new ArrayList<>(List.of(code));
      String shown = code;
      String description;
      if (constant instanceof FieldOffice office) {
        description = office.displayName();
        accepted.add(description);
      } else {
        shown = text.shown((Enum<?>) constant, code);
        description = shown.equals(code) ? text.describe((Enum<?>) constant, code) : "";
        accepted.add(shown);
        if (!description.isEmpty()) {
          accepted.add(description);
        }
        accepted.addAll(text.alsoAccepted((Enum<?>) constant, code));
      }
      words.add(new Word(code, shown, description, List.copyOf(accepted)));
    }
    return new ChoiceWords(words);
  }

  List<Word> words() {
    return words;
  }

  /** Whether the values are shown in other words than their codes. */
  boolean translated() {
    return words.stream().anyMatch(w -> !w.shown().equals(w.code()));
  }

  /** The word shown for {@code code}, or the code itself when it is not one of these values. */
  String shown(String code) {
    return words.stream()
        .filter(w -> w.code().equals(code))
        .map(Word::shown)
        .findFirst()
        .orElse(code);
  }

  /** The code one answer means, if it is one of the words for a value. */
  Optional<String> code(String answer) {
    String key = fold(answer);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    return words.stream()
        .filter(w -> w.accepted().stream().anyMatch(a -> fold(a).equals(key)))
        .map(Word::code)
        .findFirst();
  }

  /**
   * The codes a list answer means, joined by commas: items separated by commas or semicolons, or by
   * spaces when the whole answer is not one value.
   */
  Optional<String> codes(String answer) {
    Optional<String> whole = code(answer);
    if (whole.isPresent()) {
      return whole;
    }
    Optional<String> byPunctuation = all(answer.split("[,;]"));
    return byPunctuation.isPresent() ? byPunctuation : all(answer.split("[,;\\s]+"));
  }

  private Optional<String> all(String[] items) {
    List<String> codes = new ArrayList<>();
    for (String item : items) {
      if (item.isBlank()) {
        continue;
      }
      Optional<String> code = code(item);
      if (code.isEmpty()) {
        return Optional.empty();
      }
      codes.add(code.get());
    }
    return codes.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", codes));
  }

  /**
   * The values one of whose words begins with {@code answer}: what an unfinished answer may mean.
   */
  List<Word> startingWith(String answer) {
    String key = fold(answer);
    if (key.isEmpty()) {
      return List.of();
    }
    Map<String, Word> found = new LinkedHashMap<>();
    for (Word w : words) {
      if (w.accepted().stream().anyMatch(a -> fold(a).startsWith(key))) {
        found.put(w.code(), w);
      }
    }
    return List.copyOf(found.values());
  }

  /**
   * An answer as it is compared: no accents, lower case, hyphens and runs of spaces as one space.
   */
  static String fold(String s) {
    return Normalizer.normalize(s.strip(), Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[\\s_-]+", " ")
        .strip();
  }
}
