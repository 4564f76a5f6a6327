package org.parolekit.packet;

import java.util.Locale;
import java.util.ResourceBundle;
import org.parolekit.model.Language;

/** The packet's own words in one language, from {@code PacketText.properties} bundles. */
final class PacketText {
  private final Language language;
  private final ResourceBundle bundle;

  PacketText(Language language) {
    this.language = language;
    this.bundle =
        ResourceBundle.getBundle(
            "org.parolekit.packet.PacketText",
            language.locale(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  Language language() {
    return language;
  }

  /** The text of {@code key} with {@code {0}}, {@code {1}}... replaced, literally. */
  String get(String key, Object... args) {
    String text = bundle.getString(key);
    for (int i = 0; i < args.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return text;
  }

  /** Two words joined by "and"; in Spanish "e" before a word that starts with an i sound. */
  String and(String a, String b) {
    if (language == Language.ES) {
      String lower = b.toLowerCase(Locale.ROOT);
      boolean iSound =
          (lower.startsWith("i") || lower.startsWith("hi")) && !lower.startsWith("hie");
      return a + (iSound ? " e " : " y ") + b;
    }
    return get("languages.join", a, b);
  }
}
