package org.parolekit.model;

/** The organization that knows the person, and how it knows them. */
public record OrganizationLink(
    @Required
        @Doc(
            value = "Path to the organization profile YAML, relative to the case file.",
            example = "organization.yaml")
        FileRef profile,
    @Required
        @Doc(value = "visits, letters, visits-and-letters or phone-calls.", example = "visits")
        ContactKind contact,
    @Required @Doc(value = "Since when: YYYY, YYYY-MM or YYYY-MM-DD.", example = "2026-03")
        PartialDate since,
    @Doc(value = "Name of the volunteer who visits or writes to the person.") String volunteer,
    @Doc(value = "How often: weekly, every-two-weeks, monthly or now-and-then.", example = "weekly")
        ContactFrequency frequency,
    @Doc(
            value =
                "One thing the volunteer has seen of the person, in the volunteer's words (en, and"
                    + " es for the person's copy).")
        LocalizedText observation) {

  /** A link with only what every case gives. */
  public OrganizationLink(
      FileRef profile, ContactKind contact, PartialDate since, String volunteer) {
    this(profile, contact, since, volunteer, null, null);
  }
}
