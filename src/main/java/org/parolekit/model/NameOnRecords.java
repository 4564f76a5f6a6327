package org.parolekit.model;

/** The person's name as ICE records spell it, when it differs from how the person writes it. */
public record NameOnRecords(
    @Required @Doc(value = "Given names as on ICE records.") String givenNames,
    @Required @Doc(value = "Family names as on ICE records.") String familyNames) {

  public String fullName() {
    return givenNames + " " + familyNames;
  }
}
