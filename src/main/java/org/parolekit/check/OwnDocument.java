package org.parolekit.check;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The documents parolekit writes beside the letters, which are not letters and are not judged as
 * one: a letter-writing guide, a certificate of translation, the pro se resource packet. Each is
 * recognized by the title its built-in template opens with together with a second sentence or
 * heading only that template writes, so a letter that merely quotes a title is still checked.
 */
public enum OwnDocument {
  WRITING_GUIDE(
      List.of("How to write a letter to help ", "Cómo escribir una carta para ayudar a "),
      List.of(
          "Start with who you are",
          "What to leave out",
          "This guide is",
          "Empiece por decir quién es usted",
          "Qué no incluir",
          "Esta guía")),
  TRANSLATION_CERTIFICATE(
      List.of("Certificate of Translation"), List.of("certify that I am competent to translate")),
  PACKET(
      List.of("Pro se resource packet", "Paquete de recursos para quien se representa"),
      List.of("Prepared by:", "Preparado por:"));

  /** How far into the text the title may stand (a draft mark or letterhead may come first). */
  private static final int TITLE_WITHIN_LINES = 3;

  private final List<String> titles;
  private final List<String> markers;

  OwnDocument(List<String> titles, List<String> markers) {
    this.titles = titles;
    this.markers = markers;
  }

  /** The key of this kind's description in a message bundle: {@code own-document.writing-guide}. */
  public String messageKey() {
    return "own-document." + name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Which of parolekit's own documents this text is, if it is one. */
  public static Optional<OwnDocument> recognize(String text) {
    List<String> opening =
        text.lines()
            .map(String::strip)
            .filter(l -> !l.isEmpty())
            .limit(TITLE_WITHIN_LINES)
            .toList();
    String folded = Fold.fold(text);
    for (OwnDocument kind : values()) {
      boolean titled =
          opening.stream()
              .anyMatch(
                  l ->
                      kind.titles.stream()
                          .anyMatch(t -> Fold.fold(l).startsWith(Fold.fold(t).strip())));
      if (titled && kind.markers.stream().anyMatch(m -> folded.contains(Fold.fold(m)))) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
