package org.parolekit.output;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The output writer's user-facing messages, read from {@code Messages.properties} beside this class. */
final class Messages {
  private static final ResourceBundle BUNDLE =
      ResourceBundle.getBundle("org.parolekit.output.Messages", Locale.ROOT);

  private Messages() {}

  static String get(String key, Object... args) {
    return new MessageFormat(BUNDLE.getString(key), Locale.ROOT).format(args);
  }
}
