package org.parolekit.check;

import java.util.Locale;
import java.util.ResourceBundle;
import org.parolekit.model.Language;

/** Hints and messages from the {@code CheckMessages} bundles, in English or Spanish. */
final class Hints {
  private static final String BUNDLE = "org.parolekit.check.CheckMessages";
  private final ResourceBundle english;
  private final ResourceBundle spanish;

  Hints() {
    ResourceBundle.Control noFallback =
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    english = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, noFallback);
    spanish = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag("es"), noFallback);
  }

  /** The text for {@code key} in {@code language}, with {0}, {1}... replaced by the arguments. */
  String get(Language language, String key, Object... args) {
    ResourceBundle bundle = language == Language.ES ? spanish : english;
    String text = bundle.getString(key);
    for (int i = 0; i < args.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return text;
  }

  /** English text, for messages addressed to the volunteer running the check. */
  String message(String key, Object... args) {
    return get(Language.EN, key, args);
  }
}
