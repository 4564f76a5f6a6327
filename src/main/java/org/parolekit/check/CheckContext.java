package org.parolekit.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parolekit.model.ANumber;
import org.parolekit.model.Address;
import org.parolekit.model.CaseFile;
import org.parolekit.model.Person;

/**
 * What the case file says about the person, so letters can be matched to the right person.
 *
 * @param personFullName the person's full name as they write it
 * @param otherSpellings other accepted spellings, such as the one on ICE records
 * @param aNumber the person's A-number
 * @param dateOfBirth the person's date of birth
 * @param destination where the person will live
 * @param mayAddressCaseMerits whether an attorney or accredited representative prepared the
 *     material, so that language on the merits of the case is allowed
 */
public record CheckContext(
    Optional<String> personFullName,
    List<String> otherSpellings,
    Optional<ANumber> aNumber,
    Optional<LocalDate> dateOfBirth,
    Optional<Address> destination,
    boolean mayAddressCaseMerits) {

  public CheckContext {
    personFullName =
        personFullName == null ? Optional.empty() : personFullName.filter(s -> !s.isBlank());
    otherSpellings = otherSpellings == null ? List.of() : List.copyOf(otherSpellings);
    aNumber = aNumber == null ? Optional.empty() : aNumber;
    dateOfBirth = dateOfBirth == null ? Optional.empty() : dateOfBirth;
    destination = destination == null ? Optional.empty() : destination;
  }

  /** No case file: only what can be judged from the letters themselves. */
  public static CheckContext none() {
    return new CheckContext(
        Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), false);
  }

  /** The context a loaded case file gives. */
  public static CheckContext fromCase(CaseFile caseFile) {
    Person person = caseFile.person();
    List<String> others = new ArrayList<>();
    if (person.nameOnIceRecords() != null) {
      others.add(person.nameOnIceRecords().fullName());
    }
    Optional<Address> destination =
        caseFile.sponsor() == null
            ? Optional.empty()
            : Optional.ofNullable(caseFile.sponsor().destination());
    return new CheckContext(
        Optional.of(person.fullName()),
        others,
        Optional.ofNullable(person.aNumber()),
        Optional.ofNullable(person.dateOfBirth()),
        destination,
        caseFile.preparedBy() != null && caseFile.preparedBy().mayAddressCaseMerits());
  }

  @Override
  public String toString() {
    return "CheckContext(redacted)";
  }
}
