package org.parolekit.core;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * User-facing words kept in a {@code Messages.properties} bundle (UTF-8, MessageFormat patterns:
 * {@code ''} for an apostrophe), one file per language, so they can be translated without touching
 * the code. The one way every package reads its messages. Immutable.
 */
public final class MessageBundle {
  private final ResourceBundle bundle;
  private final Locale locale;

  /**
   * @param baseName the bundle, for example {@code org.parolekit.load.Messages}
   * @param locale the language wanted; the base file answers where a translation lacks a key, and
   *     no other locale's file is ever used
   */
  public MessageBundle(String baseName, Locale locale) {
    this.locale = Objects.requireNonNull(locale, "locale");
    this.bundle =
        ResourceBundle.getBundle(
            baseName,
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** Whether the bundle (or the base file under it) has {@code key}. */
  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  /** The text for {@code key}, with its arguments filled in. */
  public String get(String key, Object... args) {
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }
}
