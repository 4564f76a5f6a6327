package org.parolekit.model;

import java.util.List;

/** The person who offers housing and support and answers for the person's appearance. */
public record Sponsor(
    @Required
        @Doc(value = "Sponsor's full name, exactly as written.", example = "Rosa Hernández Díaz")
        String name,
    @Required @Doc(value = "How the sponsor is related to the person.", example = "aunt")
        String relationship,
    @Required
        @Doc(
            value = "Since when they know each other: YYYY, YYYY-MM or YYYY-MM-DD.",
            example = "1994")
        PartialDate since,
    @Required @Doc(value = "citizen, permanent-resident or other.", example = "permanent-resident")
        ImmigrationStatus immigrationStatus,
    @Doc(value = "Details when the status is other, for example TPS or asylee.")
        String statusDetail,
    @Required @Doc(value = "Sponsor's street address (not a PO box).") Address address,
    @Required @Doc(value = "Sponsor's phone.", example = "(619) 555-0143") String phone,
    @Doc(value = "Sponsor's email.") String email,
    @Doc(value = "Sponsor's occupation.") String occupation,
    @Doc(
            value = "Where the sponsor works, as the letter should say it.",
            example = "Sharp Chula Vista Medical Center")
        String employer,
    @Doc(
            value =
                "The sponsor's income in US dollars a month, when the sponsor wants the letter to"
                    + " say it.",
            example = "4100")
        Integer monthlyIncome,
    @Required @Doc(value = "Language the sponsor reads and signs in: en or es.", example = "es")
        Language language,
    @Required @Doc(value = "What the sponsor commits to provide.") Commitments commitments,
    @Doc(value = "Where the person will live, when not at the sponsor's address.")
        Address personWillLiveAt,
    @Doc(value = "The sponsor's own words about the person, in the sponsor's language.")
        Statements statements,
    @Doc(value = "English translation of the statements, when the sponsor writes in Spanish.")
        Translation translation,
    @Doc(value = "A whole letter the sponsor wrote (.txt or .md), typeset as written.")
        FileRef letterFile,
    @Doc(value = "Documents the sponsor attaches: ID, proof of status, proof of address.")
        List<SponsorDocument> documents,
    @Doc(
            value =
                "true to make the letter a declaration under penalty of perjury (28 U.S.C. §"
                    + " 1746).")
        Boolean declaration)
    implements LetterWriter {

  public Sponsor {
    documents = documents == null ? List.of() : List.copyOf(documents);
  }

  /** A sponsor without employer, income or declaration. */
  public Sponsor(
      String name,
      String relationship,
      PartialDate since,
      ImmigrationStatus immigrationStatus,
      String statusDetail,
      Address address,
      String phone,
      String email,
      String occupation,
      Language language,
      Commitments commitments,
      Address personWillLiveAt,
      Statements statements,
      Translation translation,
      FileRef letterFile,
      List<SponsorDocument> documents) {
    this(
        name,
        relationship,
        since,
        immigrationStatus,
        statusDetail,
        address,
        phone,
        email,
        occupation,
        null,
        null,
        language,
        commitments,
        personWillLiveAt,
        statements,
        translation,
        letterFile,
        documents,
        null);
  }

  @Override
  public boolean sworn() {
    return Boolean.TRUE.equals(declaration);
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
