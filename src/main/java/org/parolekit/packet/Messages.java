package org.parolekit.packet;

import java.util.Locale;
import org.parolekit.core.MessageBundle;

/** Why an attachment is refused, read from {@code Messages.properties} beside this class. */
final class Messages {
  private static final MessageBundle BUNDLE =
      new MessageBundle("org.parolekit.packet.Messages", Locale.ROOT);

  private Messages() {}

  /** The message {@code key}; pass numbers as text so that they print without grouping. */
  static String get(String key, Object... args) {
    return BUNDLE.get(key, args);
  }
}
