package org.parolekit.load;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of every problem the loader reports, kept in {@code Messages.properties} so they can
 * be translated (a Spanish bundle is a file away) without touching the code.
 */
final class Messages {
  private final ResourceBundle bundle;
  private final Locale locale;

  Messages(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle("org.parolekit.load.Messages", locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The text for {@code key}, with its arguments filled in. */
  String get(String key, Object... args) {
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }
}
