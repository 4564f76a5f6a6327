package org.parolekit.model;

import java.util.Optional;

/** A document the sponsor attaches: ID, proof of status, proof of address. */
public record SponsorDocument(
    @Required @Doc(value = "What the document proves.", example = "proof-of-address")
        SponsorDocumentKind kind,
    @Required @Doc(value = "Short description, for example \"Lease, 2026\".") String description,
    @Doc(value = "Scan of the document (PDF, JPEG or PNG), relative to the case file.")
        FileRef file,
    @Doc(
            value = "Short description in Spanish, for a packet in Spanish.",
            example = "Contrato de alquiler, 2026")
        String descriptionEs) {

  /** The Spanish description, when the case gives one. */
  public Optional<String> spanishDescription() {
    return descriptionEs == null || descriptionEs.isBlank()
        ? Optional.empty()
        : Optional.of(descriptionEs.strip());
  }
}
