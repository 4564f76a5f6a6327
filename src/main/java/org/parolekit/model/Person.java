package org.parolekit.model;

import java.time.LocalDate;
import java.util.List;

/** The person in detention on whose behalf the letters are written. */
public record Person(
    @Required
        @Doc(
            value = "Given names exactly as the person writes them, with accents.",
            example = "María José")
        String givenNames,
    @Required
        @Doc(
            value = "Family names exactly as written, both when there are two.",
            example = "Hernández López")
        String familyNames,
    @Doc(value = "The spelling on ICE records, when it differs.") NameOnRecords nameOnIceRecords,
    @Required
        @Doc(value = "Alien Registration Number: A and 8 or 9 digits.", example = "A123-456-789")
        ANumber aNumber,
    @Required @Doc(value = "Date of birth, YYYY-MM-DD.", example = "1994-05-17")
        LocalDate dateOfBirth,
    @Required @Doc(value = "Country of birth.", example = "Honduras") String countryOfBirth,
    @Required @Doc(value = "Nationality.", example = "Honduran") String nationality,
    @Required @Doc(value = "she, he or they.", example = "she") Pronouns pronouns,
    @Required
        @Doc(
            value = "Languages for the person's own documents, in order of preference: en, es.",
            example = "[es]")
        List<Language> languages,
    @Doc(value = "Other languages the person speaks, such as an Indigenous language.")
        List<String> otherLanguages,
    @Required @Doc(value = "Where the person is held.") Detention detention,
    @Doc(value = "Identity documents: passport, national ID, birth certificate.")
        List<IdentityDocument> identityDocuments) {

  public Person {
    languages = List.copyOf(languages);
    otherLanguages = otherLanguages == null ? List.of() : List.copyOf(otherLanguages);
    identityDocuments = identityDocuments == null ? List.of() : List.copyOf(identityDocuments);
  }

  /** Given and family names as the person writes them. */
  public String fullName() {
    return givenNames + " " + familyNames;
  }

  @Override
  public String toString() {
    return "Person(redacted)";
  }
}
