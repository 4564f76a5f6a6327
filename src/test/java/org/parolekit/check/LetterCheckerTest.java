package org.parolekit.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parolekit.model.ANumber;
import org.parolekit.model.Address;
import org.parolekit.model.Criterion;
import org.parolekit.model.Language;

class LetterCheckerTest {
  private static final LetterChecker CHECKER = new LetterChecker();

  private static LetterReport check(String text) {
    return CHECKER.check(LetterText.of(text, "letter.txt"));
  }

  private static CheckContext person(String name, String aNumber) {
    return new CheckContext(
        Optional.of(name),
        List.of(),
        Optional.of(ANumber.parse(aNumber)),
        Optional.of(LocalDate.of(1994, 5, 17)),
        Optional.of(new Address("1420 Calle Ocho", "Apt 3B", "Chula Vista", "CA", "91910", null)),
        false);
  }

  private static final String STRONG =
      "November 20, 2026\n\n"
          + "Re: María José Hernández López, A123-456-789\n\n"
          + "I am María José's aunt. I have known her since the day she was born in 1994 and I saw"
          + " her every week.\n"
          + "She will live with me at 1420 Calle Ocho, Apt 3B, Chula Vista, CA 91910. I will drive"
          + " her to every hearing and every ICE check-in, and I will pay for her food and"
          + " clothes.\n"
          + "She is gentle and honest. She worked at a bakery and sang in the church choir. She has"
          + " never been arrested.\n\n"
          + "Sincerely,\n"
          + "Rosa Hernández Díaz\n";

  @Test
  void aHardWrappedEmailIsReadAcrossItsLineBreaks() {
    // The full name and the facility stand on two lines of one sentence, as e-mail wraps it.
    String mail =
        String.join(
            "\n",
            "Dear Officer Reyes,",
            "",
            "I write on behalf of my neighbor Tomás Quispe Mamani, who has been held",
            "since March at the Otay Mesa Detention Center in San Diego. For six years",
            "he has lived next door to us with his wife and daughter, and I have never",
            "seen him lose his temper, not once, even when others around him did.",
            "",
            "Sincerely,",
            "Lorna Whitcombe");
    LetterReport r = check(mail);
    assertThat(r.status(Criterion.IDENTITY)).isEqualTo(CriterionStatus.MET);
    assertThat(r.criteria().get(Criterion.IDENTITY).evidence())
        .anyMatch(e -> e.contains("Quispe Mamani, who has been held since March at the Otay"));
  }

  @Test
  void theFacilitySentenceMayReferBackToTheNameJustBefore() {
    String named =
        "Dear Director,\n\nThis spring Samir Haddad, a nursing student, was detained at his"
            + " check-in. He is being held at a facility in Newark, New Jersey.\n";
    assertThat(check(named).status(Criterion.IDENTITY)).isEqualTo(CriterionStatus.MET);
    String apart =
        "Dear Director,\n\nThis spring Samir Haddad, a nursing student, was detained at his"
            + " check-in.\n\nHe is being held at a facility in Newark, New Jersey.\n";
    assertThat(check(apart).status(Criterion.IDENTITY))
        .as("the name in another paragraph")
        .isNotEqualTo(CriterionStatus.MET);
  }

  @Test
  void aSpanishFacilityIsNamedByTheCapitalizedWordsAfterIt() {
    String named =
        "Señores:\n\nSoy vecino de Abel Quispe Mamani, a quien tienen en el centro de detención"
            + " de Piedra Blanca desde agosto.\n";
    assertThat(check(named).status(Criterion.IDENTITY)).isEqualTo(CriterionStatus.MET);
    String unnamed =
        "Señores:\n\nSoy vecino de Abel Quispe Mamani, a quien tienen en el centro de detención"
            + " de la ciudad desde agosto.\n";
    assertThat(check(unnamed).status(Criterion.IDENTITY))
        .as("a facility in general")
        .isNotEqualTo(CriterionStatus.MET);
  }

  @Test
  void aCenterInAnOrganizationsNameIsNoFacility() {
    String held =
        "Dear Director,\n\nAna Lucía Mora Vidal is held at the Eastfield Detention Center.\n";
    assertThat(check(held).status(Criterion.IDENTITY)).isEqualTo(CriterionStatus.MET);
    String leads =
        "Dear Director,\n\nAna Lucía Mora Vidal leads the Eastfield Detention Center Resistance.\n";
    assertThat(check(leads).status(Criterion.IDENTITY))
        .as("an organization's name")
        .isNotEqualTo(CriterionStatus.MET);
    String coalicion =
        "Señores:\n\n"
            + "Ana Lucía Mora Vidal dirige la Coalición del Centro de Detención de Eastfield.\n";
    assertThat(check(coalicion).status(Criterion.IDENTITY))
        .as("una organización")
        .isNotEqualTo(CriterionStatus.MET);
  }

  @Test
  void theOriginOfSomeoneNobodyNamesTouchesIdentityOnly() {
    String unnamed =
        "Querido Santa:\n\nEste año me porté bien. Mis papás son hondureños y tengo miedo de que"
            + " se los lleven.\n";
    assertThat(check(unnamed).status(Criterion.IDENTITY)).isEqualTo(CriterionStatus.WEAK);
    String named =
        "Señores:\n\nEscribo por mi papá, Julio César Amaya Reyes. Es hondureño y trabaja en"
            + " una panadería.\n";
    assertThat(check(named).status(Criterion.IDENTITY)).isEqualTo(CriterionStatus.MET);
  }

  @Test
  void aBirthDateMayFollowThePlaceOfBirth() {
    String born =
        "Señores:\n\nLes escribo por mi hija Rosa. Ella nació aquí en el ejido Las Palmas el 3"
            + " de mayo de 1999.\n";
    assertThat(check(born).status(Criterion.IDENTITY)).isEqualTo(CriterionStatus.MET);
  }

  @Test
  void inThePersonsOwnLetterTheNameBeforeIsTheirs() {
    String own =
        "To whom it may concern,\n\nMy name is Tien Vo. I am detained at the Otay Mesa Detention"
            + " Center since May. I miss my son every day.\n";
    assertThat(check(own).status(Criterion.IDENTITY)).isEqualTo(CriterionStatus.MET);
    String visitor =
        "To whom it may concern,\n\nMy name is Ana Ruiz. I visit people at the Otay Mesa"
            + " Detention Center every week.\n";
    assertThat(check(visitor).status(Criterion.IDENTITY))
        .as("a visitor's own name")
        .isNotEqualTo(CriterionStatus.MET);
  }

  @Test
  void aWriterWhoHasNotMetThePersonDoesNotAttestWhoTheyAre() {
    String neverMet =
        "To the officer,\n\n"
            + "I am the pastor of the Lakeview Church and I have known the Abara family for nine"
            + " years. Chidi's mother sings in our choir every Sunday. I have not yet met Chidi"
            + " himself.\n";
    assertThat(check(neverMet).status(Criterion.IDENTITY)).isNotEqualTo(CriterionStatus.MET);
    String met =
        "To the officer,\n\nI am Chidi's pastor and I have known him for nine years. He sings in"
            + " our choir every Sunday.\n";
    assertThat(check(met).status(Criterion.IDENTITY)).isEqualTo(CriterionStatus.MET);
  }

  @Test
  void detentionInATitleIsNoFacility() {
    String title =
        "Congress: Free Everyone from ICE Detention Dear Speaker Walter Brandt and Leader Ines"
            + " Carvalho,\n\nWe urge you to end immigration detention this year.\n";
    assertThat(check(title).status(Criterion.IDENTITY)).isNotEqualTo(CriterionStatus.MET);
  }

  @Test
  void inThePersonsOwnLetterTheFacilityInTheLetterheadIsWhereTheWriterIsHeld() {
    String own =
        "Cedar Flats Processing Center\nDormitorio B, cama 12\n\nSeñor oficial:\n\nMi nombre"
            + " completo es Wilmer Josué Castañeda Ríos. Le pido que me dejen salir. Voy a ir a"
            + " todas mis audiencias.\n\nAtentamente,\nWilmer J. Castañeda Ríos\n";
    assertThat(check(own).status(Criterion.IDENTITY)).isEqualTo(CriterionStatus.MET);
    String noName =
        "Cedar Flats Processing Center\n\nSeñor oficial:\n\nLe pido que me dejen salir. Voy a"
            + " ir a todas mis audiencias.\n";
    assertThat(check(noName).status(Criterion.IDENTITY))
        .as("the facility without the writer's full name")
        .isNotEqualTo(CriterionStatus.MET);
  }

  @Test
  void theFacilitySentenceMayCallThePersonByANameOfTheFullNameGivenEarlier() {
    String called =
        "Dear Director,\n\nLast March Tomasz \"Tomek\" Wiśniewski went to his check-in as he"
            + " always had. Today Tomek sits at the Riverbend Processing Center instead of at home"
            + " with his daughters.\n";
    assertThat(check(called).status(Criterion.IDENTITY)).isEqualTo(CriterionStatus.MET);
    String other =
        "Dear Director,\n\nLast March Tomasz Wiśniewski went to his check-in as he always had."
            + " Since then Marek sits at the Riverbend Processing Center instead of at home.\n";
    assertThat(check(other).status(Criterion.IDENTITY))
        .as("a first name that is not part of the full name given")
        .isNotEqualTo(CriterionStatus.MET);
    String facilityWord =
        "Dear Director,\n\nThe volunteers of Riverbend Friends visit every week. The people at"
            + " the Riverbend Processing Center ask to be heard.\n";
    assertThat(check(facilityWord).status(Criterion.IDENTITY))
        .as("the facility's own name shared with a group's")
        .isNotEqualTo(CriterionStatus.MET);
  }

  @Test
  void aGroupLetterAddressedToOfficialsAtTheirStreetNamesNobody() {
    // The addressees' titles, their street and a bulleted demand name no one held.
    LetterReport r =
        check(
            "Deputy Director and Senior Official of the Agency\n"
                + "3801 Larkspur Ave. NW\n\n"
                + "The undersigned groups write about the 900 people held at the Riverbend"
                + " Processing Center, where the illness has arrived.\n\n"
                + "- Release every person held there.\n"
                + "- Suspend new arrests.\n");
    assertThat(r.status(Criterion.IDENTITY)).isEqualTo(CriterionStatus.MISSING);
    LetterReport named =
        check(
            "Deputy Director and Senior Official of the Agency\n"
                + "3801 Larkspur Ave. NW\n\n"
                + "The undersigned groups write about the 900 people held at the Riverbend"
                + " Processing Center, among them Halima Yusuf Abdi, a mother of two.\n");
    assertThat(named.status(Criterion.IDENTITY)).isNotEqualTo(CriterionStatus.MISSING);
  }

  @ParameterizedTest(name = "a group letter names nobody: {0}")
  @ValueSource(
      strings = {
        // origin or faith before a word for people
        "The undersigned ask you to release the West African men held at the Riverbend"
            + " Processing Center.",
        // an organization known by its acronym, named again without it
        "Neighbors United for Refugees (NUR) and our partners ask you to release the mothers held"
            + " at the Riverbend Processing Center. Neighbors United for Refugees will receive"
            + " them.",
        // a town and its state
        "We ask you to release the fathers held at the Riverbend Processing Center in the hills"
            + " above Corwin Falls, Oregon.",
        // a body and a document named in capitals
        "The undersigned ask you to release the mothers held at the Riverbend Processing Center,"
            + " as the Progressive Caucus urged and as the Halvorsen Memo allows.",
        // a template's blanks
        "We ask you to release the families held at the Riverbend Processing Center.\n\n"
            + "[First Name] [Last Name]"
      })
  void aGroupLetterThatNamesNobodyDoesNotIdentifyAnyone(String letter) {
    assertThat(check(letter).status(Criterion.IDENTITY)).isEqualTo(CriterionStatus.MISSING);
  }

  @Test
  void aLetterThatNamesNobodyDescribesNoOneInParticular() {
    // An unnamed student at a named facility: no one the reader could tell apart.
    String body =
        "To the Field Office Director,\n\nA community college student has been held at the"
            + " Riverbend Processing Center since March. We urge you to act.\n\nSincerely,\n"
            + "The Riverside Book Club\n";
    assertThat(check(body).status(Criterion.IDENTITY)).isEqualTo(CriterionStatus.MISSING);
    // The same letter with the person's name in its subject line touches identity.
    assertThat(check("Re: Tomasz Wierzbicki\n\n" + body).status(Criterion.IDENTITY))
        .isNotEqualTo(CriterionStatus.MISSING);
  }

  @Test
  void thePersonsOwnLetterNeedNotNameThemToSayWhereTheyAreHeld() {
    LetterReport r =
        check(
            "To the Field Office Director,\n\nI have been held at the Riverbend Processing Center"
                + " since March. I ask you to let me go home to my children.\n");
    assertThat(r.status(Criterion.IDENTITY)).isEqualTo(CriterionStatus.WEAK);
  }

  @Test
  void aGroupLetterThatNamesOneOfThemIdentifiesThem() {
    LetterReport r =
        check(
            "The undersigned ask you to release the West African men held at the Riverbend"
                + " Processing Center, among them Kwame Boateng Mensah, who is sick.");
    assertThat(r.status(Criterion.IDENTITY)).isNotEqualTo(CriterionStatus.MISSING);
  }

  @Test
  void theOneTheGroupLetterSpeaksToIsNotThePerson() {
    // "you, Ms. Okonkwo" names the official addressed, not someone held.
    LetterReport r =
        check(
            "Dear Director,\n\nIt is an honor to write to you, Ms. Okonkwo, on behalf of the"
                + " mothers detained at the Riverbend Processing Center. We ask to be free.\n");
    assertThat(r.status(Criterion.IDENTITY)).isEqualTo(CriterionStatus.MISSING);
  }

  @Test
  void iceDetentionNamesNoFacility() {
    // "ICE" is the agency's acronym, not a facility's name.
    LetterReport r =
        check(
            "Dear Director,\n\nOur clinics serve Tomás Aguilar Vega and many others in ICE"
                + " detention who have waited months for an answer.\n");
    assertThat(r.status(Criterion.IDENTITY)).isNotEqualTo(CriterionStatus.MET);
    LetterReport named =
        check(
            "Dear Director,\n\nOur clinics serve Tomás Aguilar Vega, held at the Riverbend"
                + " Processing Center, who has waited months for an answer.\n");
    assertThat(named.status(Criterion.IDENTITY)).isEqualTo(CriterionStatus.MET);
  }

  @Test
  void aGroupLetterThatNamesOnlyTheCompanyRunningTheFacilityIdentifiesNobody() {
    // "the Calloway Group", a company, is no person's name.
    LetterReport r =
        check(
            "Dear Director,\n\nThe people detained at the Riverbend Processing Center, run by"
                + " the Calloway Group for profit, are on their third week of a hunger strike."
                + " We ask that all of them be released.\n");
    assertThat(r.status(Criterion.IDENTITY)).isEqualTo(CriterionStatus.MISSING);
  }

  @Test
  void aHeadlineInTitleCaseNamesNobodyHeldAtTheFacilityItNames() {
    // "Pardon Them" and "Editor's Note" are capitalized words in a row, not a person's name.
    LetterReport r =
        check(
            "Mothers Held at Otay Mesa Detention Center Ask Officials to Pardon Them\n\n"
                + "Editor's Note: the letter below reached us in May.\n\n"
                + "We are mothers held for a year with our children. We ask to be free.\n");
    assertThat(r.status(Criterion.IDENTITY)).isNotEqualTo(CriterionStatus.MET);
  }

  @Test
  void strongLetterMeetsAllThreeWithQuotedEvidence() {
    LetterReport r = check(STRONG);
    for (Criterion c : Criterion.values()) {
      assertThat(r.status(c)).as(c.name()).isEqualTo(CriterionStatus.MET);
      assertThat(r.criteria().get(c).hint()).isEmpty();
    }
    assertThat(r.criteria().get(Criterion.DANGER).evidence())
        .contains("She has never been arrested.");
    assertThat(r.language()).isEqualTo(Language.EN);
  }

  @Test
  void sameLetterInAllCapsAndWithoutAccentsStillMeetsAll() {
    LetterReport r =
        check(
            java.text.Normalizer.normalize(STRONG, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toUpperCase(java.util.Locale.ROOT));
    for (Criterion c : Criterion.values()) {
      assertThat(r.status(c)).as(c.name()).isEqualTo(CriterionStatus.MET);
    }
  }

  @Test
  void negatedResidenceIsNotEvidenceButNegatedArrestIs() {
    LetterReport r =
        check(
            "I don't know where she will live. She has never been arrested and never hurt anyone.");
    assertThat(r.status(Criterion.FLIGHT_RISK)).isEqualTo(CriterionStatus.MISSING);
    assertThat(r.status(Criterion.DANGER)).isNotEqualTo(CriterionStatus.MISSING);
  }

  @Test
  void anUnnegatedArrestIsNotEvidenceOfGoodConduct() {
    LetterReport r = check("He was arrested in 2019.");
    assertThat(r.status(Criterion.DANGER)).isEqualTo(CriterionStatus.MISSING);
  }

  @Test
  void spanishHintsForASpanishLetter() {
    LetterReport r =
        check(
            "Soy la tía de Yesenia. La conozco desde que nació. Es muy buena persona y la queremos"
                + " mucho.");
    assertThat(r.language()).isEqualTo(Language.ES);
    assertThat(r.criteria().get(Criterion.FLIGHT_RISK).hint().orElseThrow()).contains("vivirá");
  }

  @Test
  void caseMeritsInEnglishAndSpanishAreErrorsWithEvidence() {
    LetterReport en =
        check(
            "Her asylum case is very strong and she will win. She passed her credible fear"
                + " interview.");
    Finding f =
        en.findings().stream()
            .filter(x -> x.code().equals(FindingCodes.CASE_MERITS))
            .findFirst()
            .orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.evidence()).hasSize(2);

    assertThat(
            check("Su caso de asilo es fuerte y ganará su caso.")
                .hasFinding(FindingCodes.CASE_MERITS))
        .isTrue();
    assertThat(check("Tiene miedo creíble.").hasFinding(FindingCodes.CASE_MERITS)).isTrue();
    assertThat(
            check("Under 8 CFR 212.5 and Matter of Acosta she qualifies.")
                .hasFinding(FindingCodes.CASE_MERITS))
        .isTrue();
  }

  @Test
  void attendingAHearingIsNotCaseMerits() {
    assertThat(
            check("She has a hearing in March and will attend her asylum hearing.")
                .hasFinding(FindingCodes.CASE_MERITS))
        .isFalse();
    assertThat(
            check("I am not a lawyer and cannot say whether her case is strong.")
                .hasFinding(FindingCodes.CASE_MERITS))
        .isFalse();
  }

  @Test
  void paraphrasedMeritsAreRaisedForReview() {
    LetterReport r = check("Her claim is one that any judge would find convincing.");
    assertThat(r.findings())
        .anySatisfy(
            f -> {
              assertThat(f.code()).isEqualTo(FindingCodes.CASE_MERITS_REVIEW);
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
            });
    assertThat(
            check("She will attend her asylum hearing in March.")
                .hasFinding(FindingCodes.CASE_MERITS_REVIEW))
        .isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Any judge who hears her story will see that her claim deserves to be approved.",
        "He is entitled to protection under the law.",
        "Returning him to Iran would expose him to the kind of harm asylum exists to prevent.",
        "Si la regresan a Honduras la van a matar.",
        "Su solicitud merece ser aprobada."
      })
  void entitlementOutcomeAndHarmOnReturnArgueTheMerits(String sentence) {
    assertThat(check(sentence).findings())
        .anySatisfy(
            f -> {
              assertThat(f.code()).isEqualTo(FindingCodes.CASE_MERITS);
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "She will go back to work at the bakery when she is released.",
        "He returned to his village in 2019 to care for his mother.",
        "Her application for a work permit will be filed by her lawyer."
      })
  void ordinarySentencesAboutReturningOrApplyingAreNotMerits(String sentence) {
    assertThat(check(sentence).hasFinding(FindingCodes.CASE_MERITS)).isFalse();
  }

  @Test
  void theWriterIntroducingThemselfIsNoEvidenceAboutThePerson() {
    LetterReport r =
        check(
            "My occupation: pastor, First Baptist Church.\n\nI am a citizen of the United States.");
    for (var result : r.criteria().values()) {
      assertThat(result.evidence())
          .noneMatch(
              e -> e.contains("My occupation") || e.contains("citizen of the United States"));
    }
    LetterReport es =
        check(
            "Trabajó como mesero en nuestro restaurante y nunca tuvo ningún problema con nadie; es"
                + " una persona pacífica y honrada.");
    assertThat(es.criteria().get(org.parolekit.model.Criterion.DANGER).evidence())
        .anyMatch(e -> e.startsWith("Trabajó como mesero"));
  }

  @Test
  void caseMeritsAreOnlyAWarningWhenALawyerPreparedTheMaterial() {
    CheckContext lawyer =
        new CheckContext(
            Optional.empty(),
            List.of(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            true);
    LetterReport r = CHECKER.check(LetterText.of("He has a strong asylum case.", "a.txt"), lawyer);
    assertThat(r.findings())
        .anySatisfy(
            f -> {
              assertThat(f.code()).isEqualTo(FindingCodes.CASE_MERITS);
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
            });
  }

  @Test
  void rightPersonExactNameAndANumberInAnotherFormat() {
    LetterReport r =
        CHECKER.check(
            LetterText.of(STRONG.replace("A123-456-789", "A123456789"), "a.txt"),
            person("María José Hernández López", "A123-456-789"));
    assertThat(r.findings())
        .extracting(Finding::code)
        .doesNotContain(
            FindingCodes.NAME_NEAR_MISS,
            FindingCodes.NAME_MISSING,
            FindingCodes.A_NUMBER_MISMATCH,
            FindingCodes.A_NUMBER_NEAR_MISS,
            FindingCodes.A_NUMBER_MISSING,
            FindingCodes.WRONG_PERSON_NAME,
            FindingCodes.DOB_MISMATCH,
            FindingCodes.ADDRESS_MISMATCH);
  }

  @Test
  void nameNearMissesAreReportedDistinctly() {
    CheckContext ctx = person("María José Hernández López", "A123-456-789");
    LetterReport accents =
        CHECKER.check(LetterText.of("Re: Maria Jose Hernandez Lopez, A123-456-789", "a.txt"), ctx);
    assertThat(accents.findings())
        .anySatisfy(
            f -> {
              assertThat(f.code()).isEqualTo(FindingCodes.NAME_NEAR_MISS);
              assertThat(f.message()).contains("accents");
            });
    LetterReport dropped =
        CHECKER.check(LetterText.of("Re: María José Hernández, A123-456-789", "a.txt"), ctx);
    assertThat(dropped.findings())
        .anySatisfy(
            f -> {
              assertThat(f.code()).isEqualTo(FindingCodes.NAME_NEAR_MISS);
              assertThat(f.message()).contains("left out");
            });
    LetterReport other =
        CHECKER.check(
            LetterText.of("Re: Pedro Alvarado Ruiz, A123-456-789\nPedro is kind.", "a.txt"), ctx);
    assertThat(other.findings())
        .extracting(Finding::code)
        .contains(FindingCodes.WRONG_PERSON_NAME, FindingCodes.NAME_MISSING);
  }

  @Test
  void aNumberNearMissMismatchAndMissingWithoutPrintingDigits() {
    CheckContext ctx = person("Ana Pérez", "A123-456-789");
    LetterReport swapped =
        CHECKER.check(LetterText.of("Ana Pérez, A-number A123-465-789", "a.txt"), ctx);
    assertThat(swapped.findings())
        .extracting(Finding::code)
        .contains(FindingCodes.A_NUMBER_NEAR_MISS);
    LetterReport wrong = CHECKER.check(LetterText.of("Ana Pérez, A987-654-321", "a.txt"), ctx);
    assertThat(wrong.findings()).extracting(Finding::code).contains(FindingCodes.A_NUMBER_MISMATCH);
    LetterReport none = CHECKER.check(LetterText.of("Ana Pérez is my friend.", "a.txt"), ctx);
    assertThat(none.findings()).extracting(Finding::code).contains(FindingCodes.A_NUMBER_MISSING);
    for (LetterReport r : List.of(swapped, wrong, none)) {
      r.findings()
          .forEach(f -> assertThat(f.message() + f.hint()).doesNotContain("123", "465", "987"));
    }
  }

  @Test
  void dateOfBirthAndDestinationMismatchesWithoutPrintingTheDate() {
    CheckContext ctx = person("Ana Pérez", "A123-456-789");
    LetterReport r =
        CHECKER.check(
            LetterText.of(
                "Ana Pérez was born on May 18, 1994. She will live with me at 77 Pine Street, Chula"
                    + " Vista.",
                "a.txt"),
            ctx);
    assertThat(r.findings())
        .extracting(Finding::code)
        .contains(FindingCodes.DOB_MISMATCH, FindingCodes.ADDRESS_MISMATCH);
    r.findings().forEach(f -> assertThat(f.message()).doesNotContain("1994", "18"));
  }

  @Test
  void sponsorEssentials() {
    LetterReport thin =
        CHECKER.check(
            LetterText.of("I will sponsor him. My address is PO Box 44, Yuma, AZ.", "s.txt")
                .withWriterKind(WriterKind.SPONSOR),
            CheckContext.none());
    assertThat(thin.findings())
        .extracting(Finding::code)
        .contains(
            FindingCodes.SPONSOR_NO_STATUS,
            FindingCodes.SPONSOR_PO_BOX,
            FindingCodes.SPONSOR_NO_PHONE,
            FindingCodes.SPONSOR_NO_HOUSING,
            FindingCodes.SPONSOR_NO_FINANCIAL_SUPPORT,
            FindingCodes.SPONSOR_NO_TRANSPORT,
            FindingCodes.NO_DATE,
            FindingCodes.TOO_SHORT);
    LetterReport full =
        CHECKER.check(
            LetterText.of(STRONG + "I am a permanent resident. Phone (619) 555-0143.", "s.txt")
                .withWriterKind(WriterKind.SPONSOR),
            CheckContext.none());
    assertThat(full.findings())
        .extracting(Finding::code)
        .doesNotContain(
            FindingCodes.SPONSOR_NO_STATUS,
            FindingCodes.SPONSOR_PO_BOX,
            FindingCodes.SPONSOR_NO_ADDRESS,
            FindingCodes.SPONSOR_NO_PHONE,
            FindingCodes.SPONSOR_NO_HOUSING,
            FindingCodes.SPONSOR_NO_FINANCIAL_SUPPORT,
            FindingCodes.SPONSOR_NO_TRANSPORT,
            FindingCodes.NO_DATE,
            FindingCodes.NO_SIGNATURE);
  }

  @Test
  void placeholdersTemplatesLanguageTranslationAndJudge() {
    assertThat(
            check("I have known [NAME] for [NUMBER] years.")
                .hasFinding(FindingCodes.UNFILLED_PLACEHOLDER))
        .isTrue();
    LetterReport template =
        check(
            "To Whom It May Concern:\n"
                + "Miguel is a person of good moral character. He is a hard worker and a valued"
                + " member of the community. I believe he will attend all future hearings.");
    assertThat(template.hasFinding(FindingCodes.BOILERPLATE)).isTrue();
    LetterReport spanish =
        CHECKER.check(
            LetterText.of(
                    "Conozco a Lucía desde hace siete años y es una mujer muy trabajadora.",
                    "es.txt")
                .withDeclaredLanguage(Language.EN)
                .withEnglishTranslation(false),
            CheckContext.none());
    assertThat(spanish.findings())
        .extracting(Finding::code)
        .contains(FindingCodes.LANGUAGE_MISMATCH, FindingCodes.MISSING_TRANSLATION);
    assertThat(check("Dear Judge,\nHe is kind.").hasFinding(FindingCodes.ADDRESSED_TO_JUDGE))
        .isTrue();
    assertThat(
            check("Honorable Juez de Inmigración:\nEs amable.")
                .hasFinding(FindingCodes.ADDRESSED_TO_JUDGE))
        .isTrue();
  }

  @Test
  void errorsComeBeforeWarnings() {
    LetterReport r = check("[NAME] has a strong asylum case.");
    assertThat(r.findings().get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(r.findings().get(r.findings().size() - 1).severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void everyFindingCodeIsDocumentedOnce() {
    assertThat(FindingCodes.ALL).doesNotHaveDuplicates().allMatch(c -> c.matches("[a-z-]+"));
  }

  @Test
  void aNumberNearMissRule() {
    assertThat(LetterChecker.nearMiss("123456789", "123456798")).isTrue();
    assertThat(LetterChecker.nearMiss("123456789", "123456780")).isTrue();
    assertThat(LetterChecker.nearMiss("123456789", "987654321")).isFalse();
    assertThat(LetterChecker.nearMiss("123456789", "132456798")).isFalse();
  }
}
