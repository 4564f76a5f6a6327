package org.parolekit.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parolekit.model.ANumber;
import org.parolekit.model.Address;
import org.parolekit.model.CaseFile;
import org.parolekit.model.Commitments;
import org.parolekit.model.ImmigrationStatus;
import org.parolekit.model.Language;
import org.parolekit.model.NameOnRecords;
import org.parolekit.model.PartialDate;
import org.parolekit.model.Person;
import org.parolekit.model.PreparedBy;
import org.parolekit.model.PreparerRole;
import org.parolekit.model.Pronouns;
import org.parolekit.model.Sponsor;

class CheckContextTest {

  private static CaseFile caseFile(PreparerRole role) {
    Person person =
        new Person(
            "María José",
            "Hernández López",
            new NameOnRecords("Maria Jose", "Hernandez"),
            ANumber.parse("A123-456-789"),
            LocalDate.of(1994, 5, 17),
            "Honduras",
            "Honduran",
            Pronouns.SHE,
            List.of(Language.ES),
            null,
            null,
            null);
    Address home = new Address("1420 Calle Ocho", "Apt 3B", "Chula Vista", "CA", "91910", null);
    Sponsor sponsor =
        new Sponsor(
            "Rosa Hernández Díaz",
            "aunt",
            PartialDate.parse("1994"),
            ImmigrationStatus.PERMANENT_RESIDENT,
            null,
            home,
            "(619) 555-0143",
            null,
            null,
            Language.ES,
            new Commitments(true, true, true, true),
            null,
            null,
            null,
            null,
            null);
    return new CaseFile(person, sponsor, null, null, new PreparedBy(role, "Ana", null), null, null);
  }

  @Test
  void fromCaseTakesTheNameSpellingsANumberBirthDateAndDestination() {
    CheckContext context = CheckContext.fromCase(caseFile(PreparerRole.VOLUNTEER));
    assertThat(context.personFullName()).contains("María José Hernández López");
    assertThat(context.otherSpellings()).containsExactly("Maria Jose Hernandez");
    assertThat(context.aNumber().orElseThrow().digits()).isEqualTo("123456789");
    assertThat(context.dateOfBirth()).contains(LocalDate.of(1994, 5, 17));
    assertThat(context.destination().orElseThrow().street()).isEqualTo("1420 Calle Ocho");
    assertThat(context.mayAddressCaseMerits()).isFalse();
    assertThat(context.toString()).doesNotContain("123", "1994");
    assertThat(CheckContext.fromCase(caseFile(PreparerRole.ATTORNEY)).mayAddressCaseMerits())
        .isTrue();
  }

  @Test
  void theSpellingOnIceRecordsIsAcceptedAsExact() {
    LetterReport r =
        new LetterChecker()
            .check(
                LetterText.of("Re: Maria Jose Hernandez, A123-456-789", "a.txt"),
                CheckContext.fromCase(caseFile(PreparerRole.VOLUNTEER)));
    assertThat(r.findings())
        .extracting(Finding::code)
        .doesNotContain(
            FindingCodes.NAME_NEAR_MISS, FindingCodes.NAME_MISSING, FindingCodes.WRONG_PERSON_NAME);
  }
}
