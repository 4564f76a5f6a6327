package org.parolekit.load;

import java.util.Locale;
import org.parolekit.core.MessageBundle;

/**
 * The words of every problem the loader reports, kept in {@code Messages.properties} so they can be
 * translated (a Spanish bundle is a file away) without touching the code.
 */
final class Messages {
  private final MessageBundle bundle;

  Messages(Locale locale) {
    this.bundle = new MessageBundle("org.parolekit.load.Messages", locale);
  }

  /** The text for {@code key}, with its arguments filled in. */
  String get(String key, Object... args) {
    return bundle.get(key, args);
  }
}
