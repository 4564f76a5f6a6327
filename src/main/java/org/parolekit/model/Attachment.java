package org.parolekit.model;

import java.util.List;

/** A supporting document and the criteria it speaks to. */
public record Attachment(
    @Required @Doc(value = "PDF, JPEG or PNG file, relative to the case file.", example = "attachments/baptism-certificate.pdf") FileRef file,
    @Required @Doc(value = "What the document is.", example = "Baptism certificate") String description,
    @Required @Doc(value = "Which criteria it supports: identity, flight-risk, danger.", example = "[identity]") List<Criterion> supports) {

  public Attachment {
    supports = List.copyOf(supports);
  }
}
