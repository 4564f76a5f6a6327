package org.parolekit.check;

import java.util.Optional;
import java.util.ResourceBundle;
import org.parolekit.model.Language;

/**
 * Hints and messages from the {@code CheckMessages} bundles, in English or Spanish. Messages
 * ({@code msg.*}) speak to the volunteer running the check, in the reader's language (English when
 * none is chosen); hints ({@code hint.*}) speak to the letter's writer, in the letter's language
 * unless a reader's language is chosen, which then holds for both. Immutable.
 */
final class Hints {
  private static final String BUNDLE = "org.parolekit.check.CheckMessages";
  private final ResourceBundle english;
  private final ResourceBundle spanish;
  private final Optional<Language> reader;

  /** Messages in English, hints in each letter's language. */
  Hints() {
    this(Optional.empty());
  }

  /** Messages, and hints too when {@code reader} is given, in the reader's language. */
  Hints(Optional<Language> reader) {
    ResourceBundle.Control noFallback =
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    english = ResourceBundle.getBundle(BUNDLE, Language.EN.locale(), noFallback);
    spanish = ResourceBundle.getBundle(BUNDLE, Language.ES.locale(), noFallback);
    this.reader = reader;
  }

  /**
   * A hint for the writer of a letter in {@code language}, with {0}, {1}... replaced by the
   * arguments.
   */
  String get(Language language, String key, Object... args) {
    return text(reader.orElse(language), key, args);
  }

  /** A message for the volunteer running the check. */
  String message(String key, Object... args) {
    return text(reader.orElse(Language.EN), key, args);
  }

  private String text(Language language, String key, Object... args) {
    ResourceBundle bundle = language == Language.ES ? spanish : english;
    String text = bundle.getString(key);
    for (int i = 0; i < args.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return text;
  }
}
