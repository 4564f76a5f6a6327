package org.parolekit.output;

import java.util.Locale;
import org.parolekit.core.MessageBundle;

/**
 * The output writer's user-facing messages, read from {@code Messages.properties} beside this
 * class.
 */
final class Messages {
  private static final MessageBundle BUNDLE =
      new MessageBundle("org.parolekit.output.Messages", Locale.ROOT);

  private Messages() {}

  static String get(String key, Object... args) {
    return BUNDLE.get(key, args);
  }
}
