package org.parolekit.model;

/** The person who translated a letter and signs the certificate of translation. */
public record Translator(
    @Required @Doc(value = "Translator's full name.") String name,
    @Doc(value = "Translator's address, printed on the certificate.") Address address,
    @Doc(value = "Translator's phone.") String phone) {}
