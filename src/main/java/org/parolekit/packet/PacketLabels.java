package org.parolekit.packet;

import java.util.List;
import java.util.stream.Collectors;
import org.parolekit.model.Language;

/** The words the packet prints on its own pages, in the person's language or languages. */
public record PacketLabels(List<Language> languages) {
  public PacketLabels {
    languages = List.copyOf(languages);
    if (languages.isEmpty()) {
      throw new IllegalArgumentException("at least one language");
    }
  }

  public String contents() {
    return join("Contents", "Contenido");
  }

  public String page(int page, int of) {
    return languages.stream()
        .map(l -> l == Language.ES ? "Página " + page + " de " + of : "Page " + page + " of " + of)
        .collect(Collectors.joining(" · "));
  }

  public String draft() {
    return join("DRAFT — incomplete", "BORRADOR — incompleto");
  }

  public String cover() {
    return join("Cover", "Portada");
  }

  private String join(String en, String es) {
    return languages.stream()
        .map(l -> l == Language.ES ? es : en)
        .collect(Collectors.joining(" / "));
  }
}
