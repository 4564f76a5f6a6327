package org.parolekit.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parolekit.load.LoaderFixtures.MINIMAL;
import static org.parolekit.load.LoaderFixtures.TODAY;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parolekit.model.CaseFile;
import org.parolekit.model.ContactKind;
import org.parolekit.model.Criterion;
import org.parolekit.model.DocumentLocation;
import org.parolekit.model.FieldOffice;
import org.parolekit.model.IdentityDocumentType;
import org.parolekit.model.ImmigrationStatus;
import org.parolekit.model.Language;
import org.parolekit.model.OrganizationProfile;
import org.parolekit.model.PartialDate;
import org.parolekit.model.PreparerRole;
import org.parolekit.model.Pronouns;
import org.parolekit.model.SponsorDocumentKind;
import org.parolekit.model.SupporterRole;

class ValidCaseTest {
  @TempDir Path dir;

  private Path fullCase() {
    LoaderFixtures.write(dir, "letters/whitfield.txt", "Dear Officer,\n");
    LoaderFixtures.write(dir, "attachments/lease.pdf", "%PDF-1.4\n%%EOF\n");
    LoaderFixtures.write(
        dir,
        "attachments/baptism.png",
        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    LoaderFixtures.write(
        dir, "org/logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    LoaderFixtures.copyResource(dir, "organization.yaml", "org/organization.yaml");
    return LoaderFixtures.copyResource(dir, "full-case.yaml", "case.yaml");
  }

  @Test
  void loadsEverySectionOfAFullCase() {
    LoadedCase loaded = new CaseLoader(TODAY).load(fullCase());
    CaseFile c = loaded.caseFile();

    assertThat(c.person().givenNames()).isEqualTo("María José");
    assertThat(c.person().familyNames()).isEqualTo("Hernández de la Cruz");
    assertThat(c.person().nameOnIceRecords().familyNames()).isEqualTo("Hernandez");
    assertThat(c.person().aNumber().formatted()).isEqualTo("A012-345-678");
    assertThat(c.person().dateOfBirth()).isEqualTo(LocalDate.of(1994, 5, 17));
    assertThat(c.person().pronouns()).isEqualTo(Pronouns.SHE);
    assertThat(c.person().languages()).containsExactly(Language.ES, Language.EN);
    assertThat(c.person().otherLanguages()).containsExactly("Garífuna");
    assertThat(c.person().detention().fieldOffice()).isEqualTo(FieldOffice.SAN_DIEGO);
    assertThat(c.person().identityDocuments().get(0).type())
        .isEqualTo(IdentityDocumentType.PASSPORT);
    assertThat(c.person().identityDocuments().get(0).location())
        .isEqualTo(DocumentLocation.WITH_ICE);

    assertThat(c.sponsor().since()).isEqualTo(new PartialDate(1994, 0, 0));
    assertThat(c.sponsor().immigrationStatus()).isEqualTo(ImmigrationStatus.PERMANENT_RESIDENT);
    assertThat(c.sponsor().address().postalCode()).isEqualTo("01910");
    assertThat(c.sponsor().address().unit()).isEqualTo("Apt 3B");
    assertThat(c.sponsor().commitments().housing()).isTrue();
    assertThat(c.sponsor().commitments().financialSupport()).isTrue();
    assertThat(c.sponsor().commitments().transportToHearings()).isTrue();
    assertThat(c.sponsor().commitments().ensureAppearance()).isTrue();
    assertThat(c.sponsor().statements().character())
        .isEqualTo("Es una persona tranquila y trabajadora.");
    assertThat(c.sponsor().translation().translator().name()).isEqualTo("Ana Gómez");
    assertThat(c.sponsor().documents().get(0).kind())
        .isEqualTo(SponsorDocumentKind.PROOF_OF_ADDRESS);
    assertThat(c.sponsor().documents().get(0).file().resolved())
        .isEqualTo(dir.resolve("attachments/lease.pdf"));

    assertThat(c.supporters()).hasSize(2);
    assertThat(c.supporters().get(0).role()).isEqualTo(SupporterRole.CLERGY);
    assertThat(c.supporters().get(0).since()).isEqualTo(new PartialDate(2012, 3, 0));
    assertThat(c.supporters().get(1).letterFile().written()).isEqualTo("letters/whitfield.txt");
    assertThat(c.supporters().get(1).letterFile().resolved())
        .isEqualTo(dir.resolve("letters/whitfield.txt"));

    assertThat(c.organization().contact()).isEqualTo(ContactKind.VISITS_AND_LETTERS);
    assertThat(c.preparedBy().role()).isEqualTo(PreparerRole.VOLUNTEER);
    assertThat(c.attachments().get(0).supports())
        .containsExactly(Criterion.IDENTITY, Criterion.DANGER);
    assertThat(c.letterDate()).isEqualTo(LocalDate.of(2026, 11, 20));

    OrganizationProfile org = loaded.organization().orElseThrow();
    assertThat(org.name()).isEqualTo("Otay Mesa Visitors");
    assertThat(org.address().postalCode()).isEqualTo("92101");
    assertThat(org.logo().resolved()).isEqualTo(dir.resolve("org/logo.png"));
    assertThat(org.description().es()).isEqualTo("Visitamos a personas detenidas en Otay Mesa.");
  }

  @Test
  void keepsTemplateSyntaxInValuesAsPlainText() {
    CaseFile c = new CaseLoader(TODAY).load(fullCase()).caseFile();
    assertThat(c.sponsor().statements().relationship())
        .isEqualTo("Soy su tía. ${no.template} <#if x>literal</#if>");
    assertThat(c.sponsor().translation().relationship())
        .isEqualTo("I am her aunt. ${no.template} <#if x>literal</#if>");
  }

  @Test
  void loadsTheOrganizationProfileOnItsOwn() {
    fullCase();
    OrganizationProfile org =
        new CaseLoader(TODAY).loadOrganization(dir.resolve("org/organization.yaml"));
    assertThat(org.signer().title()).isEqualTo("Coordinator");
  }

  @Test
  void aMinimalCaseHasEmptyListsAndNoOrganization() {
    LoadedCase loaded = LoaderFixtures.load(dir, MINIMAL);
    assertThat(loaded.caseFile().supporters()).isEmpty();
    assertThat(loaded.caseFile().attachments()).isEmpty();
    assertThat(loaded.caseFile().person().otherLanguages()).isEmpty();
    assertThat(loaded.caseFile().person().identityDocuments()).isEmpty();
    assertThat(loaded.caseFile().sponsor()).isNull();
    assertThat(loaded.organization()).isEmpty();
    assertThat(loaded.source()).isEqualTo(dir.resolve("case.yaml"));
  }

  @Test
  void explicitNullListsBecomeEmpty() {
    LoadedCase loaded = LoaderFixtures.load(dir, MINIMAL + "supporters:\nattachments: ~\n");
    assertThat(loaded.caseFile().supporters()).isEmpty();
    assertThat(loaded.caseFile().attachments()).isEmpty();
  }

  @Test
  void keepsNamesExactlyAsWrittenStrippingOnlyTheEnds() {
    String yaml =
        MINIMAL
            .replace("givenNames: Ana", "givenNames: \"  María  de los Ángeles \"")
            .replace("familyNames: López", "familyNames: van der Berg  Núñez   ");
    CaseFile c = LoaderFixtures.load(dir, yaml).caseFile();
    assertThat(c.person().givenNames()).isEqualTo("María  de los Ángeles");
    assertThat(c.person().familyNames()).isEqualTo("van der Berg  Núñez");
  }

  @Test
  void aSpanishWriterWithoutTranslationIsNotALoadError() {
    String yaml =
        MINIMAL
            + """
            supporters:
              - name: Luis Ortega
                role: friend
                relationship: neighbor in Tegucigalpa
                since: 2015
                language: es
                statements:
                  character: Es muy trabajadora.
            """;
    assertThat(LoaderFixtures.load(dir, yaml).caseFile().supporters().get(0).translation())
        .isNull();
  }

  @Test
  void acceptsExplicitDocumentMarkers() {
    assertThat(
            LoaderFixtures.load(dir, "---\n" + MINIMAL + "...\n").caseFile().person().givenNames())
        .isEqualTo("Ana");
    assertThat(
            LoaderFixtures.load(dir, "%YAML 1.1\n---\n" + MINIMAL).caseFile().person().givenNames())
        .isEqualTo("Ana");
  }

  @Test
  void acceptsAUtf8ByteOrderMark() {
    byte[] text = MINIMAL.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);
    Path file = LoaderFixtures.write(dir, "case.yaml", withBom);
    assertThat(new CaseLoader(TODAY).load(file).caseFile().person().givenNames()).isEqualTo("Ana");
  }
}
