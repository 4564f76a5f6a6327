package org.parolekit.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The command line's own messages, from {@code Messages.properties} beside the commands. */
record CliText(ResourceBundle bundle) {
  static CliText load() {
    return new CliText(ResourceBundle.getBundle("org.parolekit.cli.Messages"));
  }

  String get(String key, Object... args) {
    return new MessageFormat(bundle.getString(key), Locale.ROOT).format(args);
  }
}
