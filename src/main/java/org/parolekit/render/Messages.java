package org.parolekit.render;

import java.util.Locale;
import org.parolekit.core.MessageBundle;

/** The renderer's user-facing messages, read from {@code Messages.properties} beside this class. */
final class Messages {
  private static final MessageBundle BUNDLE =
      new MessageBundle("org.parolekit.render.Messages", Locale.ROOT);

  private Messages() {}

  static String get(String key, Object... args) {
    return BUNDLE.get(key, args);
  }
}
