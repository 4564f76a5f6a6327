package org.parolekit.model;

import java.util.List;

/** The person who offers housing and support and answers for the person's appearance. */
public record Sponsor(
    @Required @Doc(value = "Sponsor's full name, exactly as written.", example = "Rosa Hernández Díaz") String name,
    @Required @Doc(value = "How the sponsor is related to the person.", example = "aunt") String relationship,
    @Required @Doc(value = "Since when they know each other: YYYY, YYYY-MM or YYYY-MM-DD.", example = "1994") PartialDate since,
    @Required @Doc(value = "citizen, permanent-resident or other.", example = "permanent-resident") ImmigrationStatus immigrationStatus,
    @Doc(value = "Details when the status is other, for example TPS or asylee.") String statusDetail,
    @Required @Doc(value = "Sponsor's street address (not a PO box).") Address address,
    @Required @Doc(value = "Sponsor's phone.", example = "(619) 555-0143") String phone,
    @Doc(value = "Sponsor's email.") String email,
    @Doc(value = "Sponsor's occupation.") String occupation,
    @Required @Doc(value = "Language the sponsor reads and signs in: en or es.", example = "es") Language language,
    @Required @Doc(value = "What the sponsor commits to provide.") Commitments commitments,
    @Doc(value = "Where the person will live, when not at the sponsor's address.") Address personWillLiveAt,
    @Doc(value = "The sponsor's own words about the person, in the sponsor's language.") Statements statements,
    @Doc(value = "English translation of the statements, when the sponsor writes in Spanish.") Translation translation,
    @Doc(value = "A whole letter the sponsor wrote (.txt or .md), typeset as written.") FileRef letterFile,
    @Doc(value = "Documents the sponsor attaches: ID, proof of status, proof of address.") List<SponsorDocument> documents)
    implements LetterWriter {

  public Sponsor {
    documents = documents == null ? List.of() : List.copyOf(documents);
  }

  /** Where the person will live: the given address, or the sponsor's own. */
  public Address destination() {
    return personWillLiveAt != null ? personWillLiveAt : address;
  }

  @Override
  public String roleName() {
    return "sponsor";
  }

  @Override
  public String toString() {
    return "Sponsor(redacted)";
  }
}
