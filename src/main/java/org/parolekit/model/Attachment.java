package org.parolekit.model;

import java.util.List;

/** A supporting document and the criteria it speaks to. */
public record Attachment(
    @Required
        @Doc(
            value = "PDF, JPEG or PNG file, relative to the case file.",
            example = "attachments/baptism-certificate.pdf")
        FileRef file,
    @Required @Doc(value = "What the document is.", example = "Baptism certificate")
        String description,
    @Required
        @Doc(
            value = "Which criteria it supports: identity, flight-risk, danger.",
            example = "[identity]")
        List<Criterion> supports,
    @Doc(
            value = "What the document is, in Spanish, for a packet in Spanish.",
            example = "Fe de bautismo")
        String descriptionEs) {

  public Attachment {
    supports = List.copyOf(supports);
  }

  /** The description in {@code language}; English when there is none in it. */
  public String description(Language language) {
    return language == Language.ES && descriptionEs != null && !descriptionEs.isBlank()
        ? descriptionEs.strip()
        : description;
  }
}
