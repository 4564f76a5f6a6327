package org.parolekit.model;

/** A document that shows who the person is, and where it is now. */
public record IdentityDocument(
    @Required @Doc(value = "Kind of document.", example = "passport") IdentityDocumentType type,
    @Required @Doc(value = "Country that issued it.", example = "Honduras") String issuingCountry,
    @Required @Doc(value = "Where the document is now.", example = "with-ice")
        DocumentLocation location,
    @Doc(value = "Anything else worth saying about it.") String note) {}
