package org.parolekit.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parolekit.load.LoaderFixtures.MINIMAL;
import static org.parolekit.load.LoaderFixtures.load;
import static org.parolekit.load.LoaderFixtures.problems;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parolekit.model.FieldOffice;
import org.parolekit.model.ImmigrationStatus;

class ValueProblemsTest {
  @TempDir Path dir;

  private static final String SPONSOR =
      """
      sponsor:
        name: Rosa Hernández Díaz
        relationship: aunt
        since: 1994
        immigrationStatus: citizen
        address:
          street: 1420 Calle Ocho
          city: Chula Vista
          state: CA
          postalCode: "91910"
        phone: (619) 555-0143
        language: es
        commitments:
          housing: yes
          financialSupport: no
          transportToHearings: yes
          ensureAppearance: yes
      """;

  @ParameterizedTest
  @ValueSource(
      strings = {"012345678", "A012-345-678", "\"012345678\"", "a 012 345 678", "12345678"})
  void keepsANumbersAsTextEvenWhenYamlSeesANumber(String written) {
    var c = load(dir, MINIMAL.replace("aNumber: A123-456-789", "aNumber: " + written)).caseFile();
    assertThat(c.person().aNumber().formatted()).isEqualTo("A012-345-678");
  }

  @Test
  void refusesAnInvalidANumberWithoutRepeatingIt() {
    List<String> found =
        problems(dir, MINIMAL.replace("aNumber: A123-456-789", "aNumber: B98765432X"));
    assertThat(found)
        .containsExactly(
            "case.yaml:4:12: person.aNumber: is not an A-number. write \"A\" followed by 8 or 9"
                + " digits, for example A123-456-789.");
    assertThat(String.join("\n", found)).doesNotContain("98765432");
  }

  @Test
  void refusesAnImpossibleDateWithoutRepeatingIt() {
    List<String> found =
        problems(dir, MINIMAL.replace("dateOfBirth: 1990-01-02", "dateOfBirth: 2023-02-30"));
    assertThat(found)
        .containsExactly(
            "case.yaml:5:16: person.dateOfBirth: is not a real date. check the month (01 to 12) and"
                + " the day of the month.");
    assertThat(String.join("\n", found)).doesNotContain("2023").doesNotContain("02-30");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "17/05/1994 | is not a date written YYYY-MM-DD. write year, month and day with hyphens, for"
            + " example 1994-05-17.",
        "1994-5-17  | is not a date written YYYY-MM-DD. write year, month and day with hyphens, for"
            + " example 1994-05-17.",
        "2026-11-28 | is in the future. check the year of birth; write YYYY-MM-DD.",
        "1906-11-26 | is more than 120 years ago. check the year of birth; write YYYY-MM-DD."
      })
  void refusesImplausibleBirthDates(String written, String expected) {
    List<String> found =
        problems(dir, MINIMAL.replace("dateOfBirth: 1990-01-02", "dateOfBirth: " + written));
    assertThat(found).containsExactly("case.yaml:5:16: person.dateOfBirth: " + expected);
    assertThat(String.join("\n", found)).doesNotContain(written);
  }

  @Test
  void acceptsABirthDateOnTheEdgesOfPlausible() {
    assertThat(
            load(dir, MINIMAL.replace("dateOfBirth: 1990-01-02", "dateOfBirth: 1906-11-27"))
                .caseFile())
        .isNotNull();
    assertThat(
            load(dir, MINIMAL.replace("dateOfBirth: 1990-01-02", "dateOfBirth: 2026-11-27"))
                .caseFile())
        .isNotNull();
  }

  @Test
  void refusesASinceDateInTheFuture() {
    String yaml = MINIMAL + SPONSOR.replace("since: 1994", "since: 2026-12");
    assertThat(problems(dir, yaml))
        .containsExactly(
            "case.yaml:19:10: sponsor.since: is in the future. write when it began: YYYY, YYYY-MM"
                + " or YYYY-MM-DD.");
  }

  @Test
  void neverRepeatsAnAddressInAProblem() {
    String yaml =
        MINIMAL
            + SPONSOR
                .replace("  address:\n", "  address:\n    street2: 77 Secret Lane\n")
                .replace("postalCode: \"91910\"", "postalCode: [91910]");
    List<String> found = problems(dir, yaml);
    assertThat(found).hasSize(2);
    assertThat(String.join("\n", found)).doesNotContain("Secret").doesNotContain("91910");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "San Diego | SAN_DIEGO", "san_diego | SAN_DIEGO", "SAN-DIEGO | SAN_DIEGO",
        "St. Paul | ST_PAUL", "New York City | NEW_YORK_CITY", "el paso | EL_PASO"
      })
  void acceptsFriendlySpellingsOfEnumValues(String written, FieldOffice expected) {
    var c =
        load(dir, MINIMAL.replace("fieldOffice: san-diego", "fieldOffice: " + written)).caseFile();
    assertThat(c.person().detention().fieldOffice()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Permanent Resident | PERMANENT_RESIDENT", "permanent_resident | PERMANENT_RESIDENT",
        "Cítizen | CITIZEN", "OTHER | OTHER"
      })
  void ignoresCaseAccentsAndSeparatorsInEnumValues(String written, ImmigrationStatus expected) {
    var c =
        load(
                dir,
                MINIMAL
                    + SPONSOR.replace(
                        "immigrationStatus: citizen", "immigrationStatus: " + written))
            .caseFile();
    assertThat(c.sponsor().immigrationStatus()).isEqualTo(expected);
  }

  @Test
  void suggestsTheClosestEnumValue() {
    assertThat(problems(dir, MINIMAL.replace("fieldOffice: san-diego", "fieldOffice: San Diago")))
        .singleElement()
        .asString()
        .startsWith(
            "case.yaml:12:18: person.detention.fieldOffice: unknown value \"San Diago\". did you"
                + " mean \"san-diego\"? write one of: atlanta, baltimore,");
    assertThat(
            problems(
                dir,
                MINIMAL
                    + SPONSOR.replace("immigrationStatus: citizen", "immigrationStatus: resident")))
        .containsExactly(
            "case.yaml:20:22: sponsor.immigrationStatus: unknown value \"resident\". did you mean"
                + " \"permanent-resident\"? write one of: citizen, permanent-resident, other.");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "yes | true",
        "Yes | true",
        "TRUE | true",
        "sí | true",
        "Si | true",
        "SÍ | true",
        "no | false",
        "No | false",
        "false | false",
        "FALSE | false"
      })
  void readsCommitmentsAsYesOrNo(String written, boolean expected) {
    var c = load(dir, MINIMAL + SPONSOR.replace("housing: yes", "housing: " + written)).caseFile();
    assertThat(c.sponsor().commitments().housing()).isEqualTo(expected);
  }

  @Test
  void leftOutCommitmentsAreNotPromised() {
    var c = load(dir, MINIMAL + SPONSOR.replace("    financialSupport: no\n", "")).caseFile();
    assertThat(c.sponsor().commitments().financialSupport()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"maybe", "1", "y", "ok"})
  void refusesAnythingElseAsACommitment(String written) {
    assertThat(problems(dir, MINIMAL + SPONSOR.replace("housing: yes", "housing: " + written)))
        .containsExactly(
            "case.yaml:29:14: sponsor.commitments.housing: must be yes or no. write yes or no (true"
                + " or false, sí or no also work).");
  }

  @Test
  void keepsNumbersAndYesNoWordsInTextFieldsAsWritten() {
    var c =
        load(
                dir,
                MINIMAL
                    .replace("givenNames: Ana", "givenNames: No")
                    .replace("countryOfBirth: Guatemala", "countryOfBirth: 0012")
                    .replace("nationality: Guatemalan", "nationality: 1e3"))
            .caseFile();
    assertThat(c.person().givenNames()).isEqualTo("No");
    assertThat(c.person().countryOfBirth()).isEqualTo("0012");
    assertThat(c.person().nationality()).isEqualTo("1e3");
  }

  @Test
  void refusesAnImpossibleSinceDate() {
    assertThat(problems(dir, MINIMAL + SPONSOR.replace("since: 1994", "since: 2019-13")))
        .containsExactly(
            "case.yaml:19:10: sponsor.since: is not a real month. write YYYY, YYYY-MM or"
                + " YYYY-MM-DD.");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"4100 | 4100", "$4,100 | 4100", "4 100 | 4100", "10,000,000 | 10000000"})
  void readsAMonthlyIncomeAsWrittenByPeople(String written, int expected) {
    var c = load(dir, MINIMAL + SPONSOR + "  monthlyIncome: \"" + written + "\"\n").caseFile();
    assertThat(c.sponsor().monthlyIncome()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"10,000,001", "123456789", "-5", "4100.50", "about 4000"})
  void refusesAnIncomeThatIsNotAWholeAmountUpToTenMillion(String written) {
    assertThat(problems(dir, MINIMAL + SPONSOR + "  monthlyIncome: \"" + written + "\"\n"))
        .containsExactly(
            "case.yaml:33:18: sponsor.monthlyIncome: must be a whole amount in dollars. write the"
                + " number only, for example 4100.");
  }

  @Test
  void holdsANameToTheLengthOfARealNameWithoutRepeatingIt() {
    String longest = "Ana".repeat(33) + "x";
    var c = load(dir, MINIMAL.replace("givenNames: Ana", "givenNames: " + longest)).caseFile();
    assertThat(c.person().givenNames()).isEqualTo(longest);
    List<String> found =
        problems(dir, MINIMAL.replace("givenNames: Ana", "givenNames: " + longest + "y"));
    assertThat(found)
        .containsExactly(
            "case.yaml:2:15: person.givenNames: is longer than a name can be (more than 100"
                + " characters). write the name as the person writes it; put titles, nicknames or"
                + " notes elsewhere.");
    assertThat(problems(dir, MINIMAL + SPONSOR.replace("name: Rosa Hernández Díaz", "name: \"-\"")))
        .containsExactly(
            "case.yaml:17:9: sponsor.name: has no letter one can see (only marks, spaces or"
                + " invisible characters). type the name again with an ordinary keyboard rather"
                + " than pasting it.");
  }

  @Test
  void quotesAValueWrittenWithDotsWhenItIsACommonWordForAnAllowedOne() {
    assertThat(
            problems(
                dir,
                MINIMAL
                    + SPONSOR.replace(
                        "immigrationStatus: citizen", "immigrationStatus: U.S. Citizen")))
        .containsExactly(
            "case.yaml:20:22: sponsor.immigrationStatus: unknown value \"U.S. Citizen\". did you"
                + " mean \"citizen\"? write one of: citizen, permanent-resident, other.");
  }

  @Test
  void wordsAValueTheModelRefusesInTheLoadersLanguage() {
    Path file =
        LoaderFixtures.write(
            dir, "case.yaml", MINIMAL.replace("aNumber: A123-456-789", "aNumber: A98765"));
    assertThat(
            org.assertj.core.api.Assertions.catchThrowableOfType(
                    CaseFileException.class,
                    () ->
                        new CaseLoader(LoaderFixtures.TODAY, java.util.Locale.forLanguageTag("es"))
                            .load(file))
                .problems())
        .singleElement()
        .extracting(Problem::message)
        .isEqualTo("un número A tiene 8 o 9 dígitos; este tiene 5");
  }
}
