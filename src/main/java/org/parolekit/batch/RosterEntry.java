package org.parolekit.batch;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.parolekit.model.ANumber;
import org.parolekit.model.ContactFrequency;
import org.parolekit.model.ContactKind;
import org.parolekit.model.Detention;
import org.parolekit.model.Doc;
import org.parolekit.model.FieldOffice;
import org.parolekit.model.Language;
import org.parolekit.model.LocalizedText;
import org.parolekit.model.NameOnRecords;
import org.parolekit.model.PartialDate;
import org.parolekit.model.Person;
import org.parolekit.model.Pronouns;
import org.parolekit.model.Required;

/**
 * One person on a coordinator's roster: what an organizational letter needs. The column names of a
 * roster are these component names.
 */
public record RosterEntry(
    @Required @Doc(value = "Given names exactly as written, with accents.", example = "María José")
        String givenNames,
    @Required @Doc(value = "Family names exactly as written.", example = "Hernández López")
        String familyNames,
    @Doc(value = "Given names as on ICE records, when they differ.") String iceGivenNames,
    @Doc(value = "Family names as on ICE records, when they differ.") String iceFamilyNames,
    @Required @Doc(value = "A-number.", example = "A012-345-678") ANumber aNumber,
    @Doc(value = "Date of birth, YYYY-MM-DD.") LocalDate dateOfBirth,
    @Doc(value = "Country of birth.") String countryOfBirth,
    @Doc(value = "Nationality.") String nationality,
    @Required @Doc(value = "she, he or they.", example = "she") Pronouns pronouns,
    @Required @Doc(value = "Languages: en, es, or both.", example = "es") List<Language> languages,
    @Required @Doc(value = "Detention facility.", example = "Otay Mesa Detention Center")
        String facility,
    @Required @Doc(value = "ICE field office.", example = "san-diego") FieldOffice fieldOffice,
    @Doc(value = "Deportation officer, when known.") String deportationOfficer,
    @Required
        @Doc(value = "visits, letters, visits-and-letters or phone-calls.", example = "visits")
        ContactKind contact,
    @Required @Doc(value = "Since when: YYYY, YYYY-MM or YYYY-MM-DD.", example = "2026-03")
        PartialDate since,
    @Doc(value = "Volunteer who visits or writes to the person.") String volunteer,
    @Doc(value = "How often: weekly, every-two-weeks, monthly or now-and-then.", example = "weekly")
        ContactFrequency frequency,
    @Doc(
            value =
                "One thing the volunteer has seen of the person, in English, in the volunteer's"
                    + " words.")
        String observation,
    @Doc(value = "The same in Spanish, for the person's copy.") String observationEs) {

  public RosterEntry {
    languages = List.copyOf(languages);
  }

  /** The volunteer's observation in both languages, or null when the row gives none. */
  public LocalizedText observationText() {
    return observation == null || observation.isBlank()
        ? null
        : new LocalizedText(observation.strip(), observationEs);
  }

  /** The column names a roster may have, in the documented order. */
  public static List<String> columns() {
    return Arrays.stream(RosterEntry.class.getRecordComponents()).map(c -> c.getName()).toList();
  }

  /** The columns a roster must have. */
  public static List<String> requiredColumns() {
    return Arrays.stream(RosterEntry.class.getRecordComponents())
        .filter(c -> c.isAnnotationPresent(Required.class))
        .map(c -> c.getName())
        .toList();
  }

  public String fullName() {
    return givenNames + " " + familyNames;
  }

  /** The person as far as the roster knows them; facts a roster does not carry stay empty. */
  public Person person() {
    NameOnRecords onRecords =
        iceGivenNames == null && iceFamilyNames == null
            ? null
            : new NameOnRecords(
                iceGivenNames == null ? givenNames : iceGivenNames,
                iceFamilyNames == null ? familyNames : iceFamilyNames);
    return new Person(
        givenNames,
        familyNames,
        onRecords,
        aNumber,
        dateOfBirth,
        countryOfBirth,
        nationality,
        pronouns,
        languages,
        List.of(),
        new Detention(facility, fieldOffice, deportationOfficer),
        List.of());
  }

  @Override
  public String toString() {
    return "RosterEntry(redacted)";
  }
}
