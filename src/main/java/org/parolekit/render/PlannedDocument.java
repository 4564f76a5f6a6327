package org.parolekit.render;

import java.util.Map;
import java.util.Optional;
import org.parolekit.model.Language;

/** One planned document before rendering: its kind, language, template and model. */
final class PlannedDocument {
  final DocumentKind kind;
  final Language language;
  final String writer;
  final String template;
  final Map<String, Object> model;
  String title = "";
  String author = "";
  String nameHint = "";
  Optional<String> translationOf = Optional.empty();
  Optional<byte[]> logo = Optional.empty();
  String reference = "";

  PlannedDocument(
      DocumentKind kind,
      Language language,
      String writer,
      String template,
      Map<String, Object> model) {
    this.kind = kind;
    this.language = language;
    this.writer = writer;
    this.template = template;
    this.model = model;
  }
}
