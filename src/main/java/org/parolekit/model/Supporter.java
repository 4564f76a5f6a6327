package org.parolekit.model;

/** A family member, friend, pastor, employer or neighbor who writes a letter of support. */
public record Supporter(
    @Required
        @Doc(value = "Writer's full name, exactly as written.", example = "Pastor Luis Ortega")
        String name,
    @Required
        @Doc(
            value =
                "family, friend, clergy, employer, coworker, neighbor, teacher, volunteer or"
                    + " other.",
            example = "clergy")
        SupporterRole role,
    @Required
        @Doc(
            value = "How the writer knows the person.",
            example = "pastor of the person's church in Tegucigalpa")
        String relationship,
    @Required @Doc(value = "Since when: YYYY, YYYY-MM or YYYY-MM-DD.", example = "2012")
        PartialDate since,
    @Doc(value = "Writer's occupation.") String occupation,
    @Doc(value = "Writer's immigration status, when it helps the letter.")
        ImmigrationStatus immigrationStatus,
    @Doc(value = "Writer's address.") Address address,
    @Doc(value = "Writer's phone.") String phone,
    @Doc(value = "Writer's email.") String email,
    @Required @Doc(value = "Language the writer reads and signs in: en or es.", example = "en")
        Language language,
    @Doc(value = "The writer's own words about the person.") Statements statements,
    @Doc(value = "English translation, when the writer writes in Spanish.") Translation translation,
    @Doc(value = "A whole letter the writer wrote (.txt or .md), typeset as written.")
        FileRef letterFile,
    @Doc(
            value =
                "true to make the letter a declaration under penalty of perjury (28 U.S.C. §"
                    + " 1746).")
        Boolean declaration)
    implements LetterWriter {

  /** A supporter whose letter is not a sworn declaration. */
  public Supporter(
      String name,
      SupporterRole role,
      String relationship,
      PartialDate since,
      String occupation,
      ImmigrationStatus immigrationStatus,
      Address address,
      String phone,
      String email,
      Language language,
      Statements statements,
      Translation translation,
      FileRef letterFile) {
    this(
        name,
        role,
        relationship,
        since,
        occupation,
        immigrationStatus,
        address,
        phone,
        email,
        language,
        statements,
        translation,
        letterFile,
        null);
  }

  @Override
  public boolean sworn() {
    return Boolean.TRUE.equals(declaration);
  }

  @Override
  public String roleName() {
    return role.yamlName();
  }

  @Override
  public String toString() {
    return "Supporter(redacted)";
  }
}
