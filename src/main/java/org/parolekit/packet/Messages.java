package org.parolekit.packet;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Why an attachment is refused, read from {@code Messages.properties} beside this class. */
final class Messages {
  private static final ResourceBundle BUNDLE =
      ResourceBundle.getBundle("org.parolekit.packet.Messages", Locale.ROOT);

  private Messages() {}

  /** The message {@code key}; pass numbers as text so that they print without grouping. */
  static String get(String key, Object... args) {
    return new MessageFormat(BUNDLE.getString(key), Locale.ROOT).format(args);
  }
}
