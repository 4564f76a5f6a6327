package org.parolekit.model;

/** A document the sponsor attaches: ID, proof of status, proof of address. */
public record SponsorDocument(
    @Required @Doc(value = "What the document proves.", example = "proof-of-address") SponsorDocumentKind kind,
    @Required @Doc(value = "Short description, for example \"Lease, 2026\".") String description,
    @Doc(value = "Scan of the document (PDF, JPEG or PNG), relative to the case file.") FileRef file) {}
