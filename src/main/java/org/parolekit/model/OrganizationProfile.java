package org.parolekit.model;

/** A visitation or advocacy organization that issues organizational letters. */
public record OrganizationProfile(
    @Required @Doc(value = "Organization's name.") String name,
    @Required @Doc(value = "Organization's mailing address.") Address address,
    @Doc(value = "Phone.") String phone,
    @Doc(value = "Email.") String email,
    @Doc(value = "Website.") String website,
    @Doc(value = "Letterhead logo (PNG or JPEG), relative to this file.") FileRef logo,
    @Required @Doc(value = "Who signs the organization's letters.") Signer signer,
    @Doc(value = "Network the organization belongs to, if any.") String affiliation,
    @Required @Doc(value = "Who the organization is and what it does, in English and Spanish.")
        LocalizedText description,
    @Doc(value = "How the organization can connect the person to support where they will live.")
        LocalizedText support,
    @Doc(value = "The network it belongs to, in Spanish, for the person's copy of the letter.")
        String affiliationEs) {}
