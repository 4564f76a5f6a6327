package org.parolekit.model;

/** Who signs an organization's letters. */
public record Signer(
    @Required @Doc(value = "Signer's full name.") String name,
    @Required @Doc(value = "Signer's title.", example = "Coordinator") String title) {}
