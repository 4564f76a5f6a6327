package org.parolekit.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.parolekit.load.LoadedCase;
import org.parolekit.model.CaseFile;
import org.parolekit.model.Language;
import org.parolekit.model.PreparedBy;
import org.parolekit.model.PreparerRole;
import org.parolekit.model.Pronouns;
import org.parolekit.model.Supporter;

class LetterServiceTest {
  private final LetterService service = new LetterService();

  private RenderResult render(LoadedCase c) {
    return service.render(c, LetterOptions.defaults(Fixtures.LETTER_DATE));
  }

  private static RenderedDocument find(
      RenderResult r, DocumentKind kind, Language lang, String writer) {
    return r.documents().stream()
        .filter(d -> d.kind() == kind && d.language() == lang && d.writer().equals(writer))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " " + lang + " " + writer));
  }

  static String pdfText(RenderedDocument d) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(d.output(OutputFormat.PDF).orElseThrow())) {
      return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }
  }

  @Test
  void plansEveryDocumentTheCaseCallsForInPacketOrder() {
    RenderResult r = render(Fixtures.maria());
    List<String> plan = new ArrayList<>();
    for (RenderedDocument d : r.documents()) {
      plan.add(
          d.sequence() + " " + d.kind().slug() + " " + d.language().yamlName() + " " + d.writer());
    }
    assertThat(plan)
        .containsExactly(
            "1 sponsor-letter es Rosa Hernández Díaz",
            "2 sponsor-letter en Rosa Hernández Díaz",
            "3 translation-certificate en Daniel Ruiz",
            "4 support-letter es Luis Ortega Ávila",
            "5 support-letter en Luis Ortega Ávila",
            "6 translation-certificate en Daniel Ruiz",
            "7 support-letter en Susan Miller",
            "8 support-letter en Ana Lucía Peña",
            "9 organization-letter en Border Visitation Friends",
            "10 organization-letter es Border Visitation Friends",
            "11 writing-guide es Rosa Hernández Díaz",
            "12 writing-guide es Luis Ortega Ávila",
            "13 writing-guide en Susan Miller",
            "14 writing-guide en Ana Lucía Peña");
    assertThat(r.hasSkipped()).isFalse();
  }

  @Test
  void spanishSponsorLetterKeepsNamesAccentsAndAgreement() throws IOException {
    RenderResult r = render(Fixtures.maria());
    String es = pdfText(find(r, DocumentKind.SPONSOR_LETTER, Language.ES, "Rosa Hernández Díaz"));
    assertThat(es)
        .contains("María José Hernández López")
        .contains("Rosa Hernández Díaz")
        .contains("A012-345-678")
        .contains("27 de noviembre de 2026")
        .contains("está detenida en el centro de detención Otay Mesa (Otay Mesa Detention Center)")
        .contains("Soy hermana de la mamá de María José. La conozco desde que nació")
        .doesNotContain("la conozco desde 1994")
        .doesNotContain("darle alojamiento")
        .contains("permiso de permanencia temporal (parole)")
        .contains("¡Gracias por leer mi carta! ¿Qué más puedo decir?")
        .contains("cariñosa")
        .contains(
            "Ref.: María José Hernández López, A012-345-678 (en los registros de ICE: Maria Jose")
        .contains("San Diego Field Office")
        .doesNotContain("November");
  }

  @Test
  void englishTranslationComesFromTheSuppliedTranslation() throws IOException {
    RenderResult r = render(Fixtures.maria());
    RenderedDocument en = find(r, DocumentKind.SPONSOR_LETTER, Language.EN, "Rosa Hernández Díaz");
    String text = pdfText(en);
    assertThat(text)
        .contains("November 27, 2026")
        .contains(
            "Re: María José Hernández López, A012-345-678 (ICE records: Maria Jose Hernandez)")
        .contains("English translation of the original letter in Spanish")
        .contains("I work as a seamstress.")
        .contains("I am the sister of María José's mother.")
        .doesNotContain("I have known her since 1994")
        .doesNotContain("a place to live")
        .contains("help her with expenses: food, clothing and whatever else she needs")
        .doesNotContain("cariñosa")
        .doesNotContain("Soy ");
    assertThat(en.translationOf())
        .hasValue("Carta de patrocinio de Rosa Hernández Díaz para María José Hernández López");
  }

  @Test
  void certificateNamesTheDocumentAndTheTranslator() throws IOException {
    RenderResult r = render(Fixtures.maria());
    String cert = pdfText(r.documents().get(2));
    assertThat(cert)
        .contains("Certificate of Translation")
        .contains(
            "I, Daniel Ruiz, certify that I am competent to translate from Spanish into English")
        .contains("sponsor letter written in Spanish by Rosa Hernández Díaz")
        .contains("complete and accurate")
        .contains("Printed name: Daniel Ruiz")
        .contains("Date: November 27, 2026");
  }

  @Test
  void spanishAgreementFollowsThePersonsPronouns() throws IOException {
    LoadedCase heCase =
        Fixtures.sponsorOnly(Fixtures.mariaPerson(Pronouns.HE), Fixtures.rosaWithoutWords());
    String he =
        pdfText(
            find(render(heCase), DocumentKind.SPONSOR_LETTER, Language.ES, "Rosa Hernández Díaz"));
    assertThat(he)
        .contains("está detenido en")
        .contains("y lo conozco desde 1994")
        .doesNotContain("detenida");
    LoadedCase theyCase =
        Fixtures.sponsorOnly(Fixtures.mariaPerson(Pronouns.THEY), Fixtures.rosaWithoutWords());
    String they =
        pdfText(
            find(
                render(theyCase), DocumentKind.SPONSOR_LETTER, Language.ES, "Rosa Hernández Díaz"));
    assertThat(they)
        .contains("se encuentra bajo custodia de ICE en el centro de detención Otay Mesa")
        .contains("Soy la tía de María José y nos conocemos desde 1994.")
        .doesNotContain("detenida")
        .doesNotContain("detenido");
    RenderResult r = render(Fixtures.maria(Pronouns.THEY));
    String guide = find(r, DocumentKind.WRITING_GUIDE, Language.ES, "Rosa Hernández Díaz").text();
    assertThat(guide).doesNotContain("detenida").doesNotContain("detenido");
    String en =
        find(render(theyCase), DocumentKind.SPONSOR_LETTER, Language.EN, "Rosa Hernández Díaz")
            .text();
    assertThat(en).contains("give them a place to live").contains("I have known them since 1994");
  }

  @Test
  void englishManCaseAddressesTheDeportationOfficerAndListsOnlyCommitmentsMade()
      throws IOException {
    RenderResult r = render(Fixtures.joseph());
    assertThat(r.documents())
        .extracting(d -> d.kind().slug() + " " + d.language().yamlName())
        .containsExactly("sponsor-letter en", "writing-guide en");
    String text = pdfText(r.documents().get(0));
    assertThat(text)
        .contains("Officer Daniel Reyes, Deportation Officer")
        .contains("Miami Field Office")
        .contains("Re: Joseph Kamara, A987-654-321")
        .contains("Joseph is my younger brother.")
        .contains("I was there the day he was born in Freetown.")
        .doesNotContain("I have known Joseph since")
        .doesNotContain("I am Joseph's sister")
        .contains("I work as a nurse.")
        .contains("I am a citizen of the United States.")
        .contains("If Joseph is granted parole, I commit to give him a place to live.")
        .doesNotContain("take him to every immigration court hearing")
        .contains("Joseph will live at:")
        .contains("2160 NW 7th Street, Unit 4")
        .doesNotContain("financially")
        .doesNotContain("complies with all conditions");
  }

  @Test
  void wholeLetterIsTypesetAsWrittenWithHeadingAndSignature() throws IOException {
    RenderResult r = render(Fixtures.maria());
    RenderedDocument d = find(r, DocumentKind.SUPPORT_LETTER, Language.EN, "Ana Lucía Peña");
    String text = pdfText(d);
    assertThat(text)
        .contains("Re: María José Hernández López, A012-345-678")
        .contains("My name is Ana Lucía Peña. I met María José in June 2024")
        .contains("I will help her aunt Rosa drive her to her hearings whenever Rosa cannot.")
        .doesNotContain("I am writing in support");
  }

  @Test
  void organizationLetterSaysWhoItIsHowItKnowsThePersonAndThatItIsNotRepresentingThem()
      throws IOException {
    RenderResult r = render(Fixtures.maria());
    String text =
        pdfText(
            find(r, DocumentKind.ORGANIZATION_LETTER, Language.EN, "Border Visitation Friends"));
    assertThat(text)
        .contains("Border Visitation Friends is a volunteer group")
        .contains(
            "Our volunteer Carmen Ibáñez has been visiting and writing to María José since March"
                + " 2026.")
        .doesNotContain("speaks only to what")
        .contains("is not María José's legal representative")
        .contains("Elena Núñez Castillo");
    try (PDDocument pdf =
        Loader.loadPDF(
            find(r, DocumentKind.ORGANIZATION_LETTER, Language.EN, "Border Visitation Friends")
                .output(OutputFormat.PDF)
                .orElseThrow())) {
      assertThat(pdf.getPage(0).getResources().getXObjectNames()).isNotEmpty();
    }
  }

  @Test
  void spanishCopyOfTheOrganizationLetterIsForThePersonAndSaysSo() throws IOException {
    RenderResult r = render(Fixtures.maria());
    String text =
        pdfText(
            find(r, DocumentKind.ORGANIZATION_LETTER, Language.ES, "Border Visitation Friends"));
    assertThat(text)
        .contains(
            "Esta es la traducción al español, para que María José sepa lo que dice la carta.")
        .contains("La carta que se presenta a ICE es la versión en inglés")
        .contains(
            "Carmen Ibáñez, de nuestro equipo de voluntariado, visita a María José y le escribe"
                + " desde marzo de 2026.")
        .contains("no es representante legal de María José")
        .contains("Border Visitation Friends es un grupo de voluntariado")
        .doesNotContain("is a volunteer group");
  }

  @Test
  void aGuidePreparedByAnAttorneyDoesNotSayItsPreparerIsNoAttorney() {
    LoadedCase m = Fixtures.maria();
    CaseFile c = m.caseFile();
    CaseFile byAttorney =
        new CaseFile(
            c.person(),
            c.sponsor(),
            c.supporters(),
            c.organization(),
            new PreparedBy(PreparerRole.ATTORNEY, "Laura Quintero", "Legal Aid Clinic"),
            c.attachments(),
            c.letterDate());
    RenderResult r = render(new LoadedCase(m.source(), byAttorney, m.organization()));
    assertThat(find(r, DocumentKind.WRITING_GUIDE, Language.ES, "Rosa Hernández Díaz").text())
        .contains("no es asesoría legal para usted. La preparó Laura Quintero (Legal Aid Clinic).")
        .doesNotContain("no es abogado");
    assertThat(find(r, DocumentKind.WRITING_GUIDE, Language.EN, "Susan Miller").text())
        .contains("not legal advice to you. Laura Quintero (Legal Aid Clinic) prepared it.")
        .doesNotContain("not an attorney");
  }

  @Test
  void writingGuidesAreInTheWritersLanguageWithTheNotice() {
    RenderResult r = render(Fixtures.maria());
    String es = find(r, DocumentKind.WRITING_GUIDE, Language.ES, "Rosa Hernández Díaz").text();
    assertThat(es)
        .contains("Cómo escribir una carta para ayudar a María José Hernández López")
        .contains(
            "María José, que está detenida en el centro de detención Otay Mesa (Otay Mesa Detention"
                + " Center)")
        .contains("Esta guía no es asesoría legal. La preparó ")
        .contains(", que no es abogado ni abogada.")
        .contains("Diga siempre la verdad; una carta honesta es la que más ayuda.")
        .contains("Comprobante de ingresos: sus talones de pago recientes")
        .doesNotContain("/a ")
        .contains("No escriba sobre el fondo del caso")
        .contains("Una copia del comprobante de su estatus migratorio")
        .contains("nunca los originales")
        .contains("¿Tiene preguntas?");
    String en = find(r, DocumentKind.WRITING_GUIDE, Language.EN, "Susan Miller").text();
    assertThat(en)
        .contains("How to write a letter to help María José Hernández López")
        .contains("This guide is not legal advice.")
        .contains(", who prepared it, is not an attorney.")
        .contains("Do not write about the legal case itself")
        .doesNotContain("Proof of your immigration status");
  }

  @Test
  void aWholeTextLetterKeepsTheWritersLineBreaks() {
    RenderResult r = render(Fixtures.maria());
    String html =
        find(r, DocumentKind.SUPPORT_LETTER, Language.EN, "Ana Lucía Peña").html().orElseThrow();
    assertThat(html).contains("<p>Sincerely,</p>").contains("To the Field Office Director:</p>");
  }

  @Test
  void wordsTheToolCannotWriteInBothLanguagesAreLeftOutOfBothVersions() {
    Supporter p = Fixtures.pastor();
    Supporter coworker =
        new Supporter(
            "Marta Solís",
            p.role(),
            "compañera de trabajo en la maquila",
            p.since(),
            "operaria de costura",
            p.immigrationStatus(),
            p.address(),
            p.phone(),
            p.email(),
            p.language(),
            p.statements(),
            p.translation(),
            null);
    CaseFile base = Fixtures.maria().caseFile();
    CaseFile c =
        new CaseFile(
            base.person(),
            null,
            List.of(coworker),
            null,
            base.preparedBy(),
            List.of(),
            base.letterDate());
    RenderResult r =
        render(new LoadedCase(java.nio.file.Path.of("case.yaml"), c, java.util.Optional.empty()));
    String es = find(r, DocumentKind.SUPPORT_LETTER, Language.ES, "Marta Solís").text();
    String en = find(r, DocumentKind.SUPPORT_LETTER, Language.EN, "Marta Solís").text();
    assertThat(es).doesNotContain("compañera").doesNotContain("operaria");
    assertThat(en).doesNotContain("compañera").doesNotContain("operaria");
    // Her own words already say how she knows María José (the church, every week for ten years):
    // no note about the relationship, and no "since 2012" said a second time.
    assertThat(es).contains("cada semana durante diez años").doesNotContain("desde 2012");
    assertThat(en).doesNotContain("since 2012");
    assertThat(r.findings())
        .filteredOn(f -> f.severity() == RenderFinding.Severity.NOTE)
        .extracting(RenderFinding::message)
        .noneMatch(m -> m.contains("relationship"))
        .anyMatch(m -> m.contains("occupation"));
  }

  @Test
  void missingTranslationIsASkippedFindingAndNoEnglishLetter() {
    LoadedCase c = Fixtures.sponsorOnly(Fixtures.mariaPerson(Pronouns.SHE), Fixtures.rosa(null));
    RenderResult r = render(c);
    assertThat(r.documents())
        .extracting(d -> d.kind().slug() + " " + d.language().yamlName())
        .containsExactly("sponsor-letter es", "writing-guide es");
    assertThat(r.hasSkipped()).isTrue();
    assertThat(r.findings())
        .anySatisfy(
            f -> {
              assertThat(f.severity()).isEqualTo(RenderFinding.Severity.SKIPPED);
              assertThat(f.kind()).isEqualTo(DocumentKind.SPONSOR_LETTER);
              assertThat(f.language()).isEqualTo(Language.EN);
              assertThat(f.hint()).contains("does not machine-translate");
            })
        .anySatisfy(f -> assertThat(f.kind()).isEqualTo(DocumentKind.TRANSLATION_CERTIFICATE));
  }

  @Test
  void partialTranslationIsAlsoSkipped() {
    var t = Fixtures.rosaTranslation();
    var partial =
        new org.parolekit.model.Translation(
            t.translator(), t.relationship(), t.appearance(), null, t.more(), null, null);
    RenderResult r =
        render(Fixtures.sponsorOnly(Fixtures.mariaPerson(Pronouns.SHE), Fixtures.rosa(partial)));
    assertThat(r.documents()).noneMatch(d -> d.language() == Language.EN);
    assertThat(r.findings())
        .anySatisfy(f -> assertThat(f.message()).contains("translation.character"));
  }

  @Test
  void languageAndFormatFiltersAreHonored() {
    LetterOptions options =
        LetterOptions.defaults(Fixtures.LETTER_DATE)
            .withLanguages(EnumSet.of(Language.ES))
            .withFormats(Set.of(OutputFormat.TXT));
    RenderResult r = service.render(Fixtures.maria(), options);
    assertThat(r.documents()).allMatch(d -> d.language() == Language.ES);
    assertThat(r.documents()).extracting(RenderedDocument::sequence).containsExactly(1, 2, 3, 4, 5);
    assertThat(r.documents())
        .allMatch(
            d -> d.output(OutputFormat.PDF).isEmpty() && d.output(OutputFormat.TXT).isPresent());
  }

  @Test
  void pdfsEmbedTheirFontsAndCarryTitleAuthorAndLanguage() throws IOException {
    RenderResult r = render(Fixtures.maria());
    for (RenderedDocument d : r.documents()) {
      try (PDDocument pdf = Loader.loadPDF(d.output(OutputFormat.PDF).orElseThrow())) {
        assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(d.title());
        assertThat(pdf.getDocumentInformation().getAuthor()).isNotBlank();
        assertThat(pdf.getDocumentCatalog().getLanguage())
            .isEqualTo(d.language() == Language.ES ? "es-US" : "en-US");
        assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
        assertThat(pdf.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
        for (PDPage page : pdf.getPages()) {
          for (var name : page.getResources().getFontNames()) {
            PDFont font = page.getResources().getFont(name);
            assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            assertThat(font.getName()).contains("Liberation");
          }
        }
      }
    }
  }

  @Test
  void renderingTwiceGivesTheSameBytes() {
    RenderResult a = render(Fixtures.maria());
    RenderResult b = render(Fixtures.maria());
    assertThat(a.documents()).hasSameSizeAs(b.documents());
    for (int i = 0; i < a.documents().size(); i++) {
      for (OutputFormat f : OutputFormat.values()) {
        byte[] x = a.documents().get(i).output(f).orElseThrow();
        byte[] y = b.documents().get(i).output(f).orElseThrow();
        int at = java.util.Arrays.mismatch(x, y);
        assertThat(at)
            .as(
                a.documents().get(i)
                    + " "
                    + f
                    + " differs at byte "
                    + at
                    + ": "
                    + (at < 0
                        ? ""
                        : new String(
                            x,
                            Math.max(0, at - 60),
                            Math.min(120, x.length - Math.max(0, at - 60)),
                            java.nio.charset.StandardCharsets.ISO_8859_1)))
            .isEqualTo(-1);
      }
    }
  }

  @Test
  void caseDateWinsOverTheOptionDate() {
    RenderResult r =
        service.render(
            Fixtures.maria(), LetterOptions.defaults(java.time.LocalDate.of(2030, 1, 2)));
    assertThat(r.documents().get(0).text()).contains("27 de noviembre de 2026");
    RenderResult j =
        service.render(
            Fixtures.joseph(), LetterOptions.defaults(java.time.LocalDate.of(2030, 1, 2)));
    assertThat(j.documents().get(0).text()).contains("November 27, 2026");
  }
}
