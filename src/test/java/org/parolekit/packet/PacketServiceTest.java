package org.parolekit.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parolekit.check.CaseCheck;
import org.parolekit.load.CaseLoader;
import org.parolekit.load.LoadedCase;
import org.parolekit.model.Language;
import org.parolekit.render.LetterService;
import org.parolekit.resources.ResourceDirectories;
import org.parolekit.validate.CaseValidator;
import org.parolekit.validate.LetterChecks;

/** The packet the service builds for the bundled complete example, read back as a reader would. */
class PacketServiceTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  private PacketService.Packet packet;
  private String text;

  @BeforeEach
  void buildTheExamplePacket() throws IOException {
    packet = build("examples/maria-hernandez/case.yaml", false, Language.EN);
    try (PDDocument doc = Loader.loadPDF(packet.pdf())) {
      text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  static PacketService.Packet build(String caseFile, boolean requireComplete, Language messages) {
    LoadedCase loaded = new CaseLoader(TODAY).load(Path.of(caseFile));
    LetterService letters = new LetterService();
    PacketService service =
        new PacketService(letters, new LetterChecks(letters, new CaseCheck()), new CaseValidator());
    return service.build(
        loaded,
        new PacketService.Options(
            TODAY,
            new ResourceDirectories(TODAY).builtIn(),
            requireComplete,
            Set.of(),
            Optional.empty(),
            AttachmentLimits.DEFAULT,
            messages));
  }

  /** The text of pages {@code from} to {@code to} (1-based, inclusive), as PDFBox extracts it. */
  static String text(PDDocument doc, int from, int to) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(from);
    stripper.setEndPage(to);
    return stripper.getText(doc);
  }

  @Test
  void theCoverSaysWhoTheyAreAndWhoPreparedItAndTheResourcesHowToReachEach() {
    assertThat(text)
        .contains(
            "María José Hernández López Número A: A012-345-678 (en los registros de ICE: Maria"
                + " Jose Hernandez) Fecha de preparación: 27 de noviembre de 2026 Idiomas: español"
                + " Preparado por: Sarah Goldberg, persona voluntaria, Friends on the Border"
                + " Visitation Project")
        .contains("Por teléfono: 1-800-898-7180. Información automática")
        .contains("Dónde: todo el país. Revisado por última vez: 1 de diciembre de 2026.");
  }

  @Test
  void aCompleteCaseIsNoDraftAndLacksNothing() {
    assertThat(packet.draft()).isFalse();
    assertThat(packet.missing()).isEmpty();
    assertThat(text).doesNotContain("BORRADOR");
  }

  @Test
  void everyPageCarriesThePersonsNameANumberAndItsPageInSpanish() throws IOException {
    try (PDDocument doc = Loader.loadPDF(packet.pdf())) {
      int n = doc.getNumberOfPages();
      assertThat(packet.pages()).isEqualTo(n);
      for (int i = 1; i <= n; i++) {
        assertThat(text(doc, i, i))
            .as("page %d", i)
            .contains("María José Hernández López, A012-345-678 · Página " + i + " de " + n);
      }
      assertThat(doc.getDocumentInformation().getTitle())
          .isEqualTo("Paquete de recursos pro se para María José Hernández López");
    }
  }

  @Test
  void eachPartStartsOnThePageTheContentsAndTheSectionPagesGive() throws IOException {
    try (PDDocument doc = Loader.loadPDF(packet.pdf())) {
      String contents = text(doc, 2, 2).replaceAll("[ .]+\n", "\n");
      assertThat(packet.firstPages())
          .containsKeys(
              "Lea esto primero",
              "Lista de verificación",
              "Carta de patrocinio: Rosa Hernández Díaz (traducción al inglés para ICE)",
              "Carta de patrocinio: Rosa Hernández Díaz (original en español)",
              "Certificado de traducción: carta de Rosa Hernández Díaz",
              "Documentos adjuntos");
      packet
          .firstPages()
          .forEach(
              (title, page) -> {
                assertThat(page).as(title).isGreaterThan(2).isLessThanOrEqualTo(packet.pages());
                if (title.length() < 40) {
                  assertThat(contents)
                      .as("contents")
                      .containsPattern(Pattern.quote(title) + "\\W+" + page);
                }
              });
      int letters = packet.firstPages().get("Carta de apoyo: Jennifer Morales");
      assertThat(text(doc, letters, letters)).contains("since we were seven years old");
    }
  }

  @Test
  void theContentsListEachWritersTranslationThenOriginalThenCertificateAndTheOrganizationLast() {
    assertThat(packet.firstPages())
        .containsExactly(
            entry("Lea esto primero", 3),
            entry("Los tres puntos que hay que demostrar", 4),
            entry("Lista de verificación", 5),
            entry("Recursos pro se", 6),
            entry("Cartas", 7),
            entry("Carta de patrocinio: Rosa Hernández Díaz (traducción al inglés para ICE)", 8),
            entry("Carta de patrocinio: Rosa Hernández Díaz (original en español)", 9),
            entry("Certificado de traducción: carta de Rosa Hernández Díaz", 10),
            entry("Carta de apoyo: Efraín Mejía Zelaya (traducción al inglés para ICE)", 11),
            entry("Carta de apoyo: Efraín Mejía Zelaya (original en español)", 12),
            entry("Certificado de traducción: carta de Efraín Mejía Zelaya", 13),
            entry("Carta de apoyo: Ana Lucía Barrios (traducción al inglés para ICE)", 14),
            entry("Carta de apoyo: Ana Lucía Barrios (original en español)", 15),
            entry("Certificado de traducción: carta de Ana Lucía Barrios", 16),
            entry("Carta de apoyo: Jennifer Morales", 17),
            entry("Carta de la organización: Friends on the Border Visitation Project", 18),
            entry(
                "Carta de la organización: Friends on the Border Visitation Project (versión en"
                    + " español, solo para su información)",
                19),
            entry("Documentos adjuntos", 20),
            entry("Copia de su cédula de identidad de Honduras", 21),
            entry("Contrato de alquiler de su tía Rosa, en la dirección donde usted vivirá", 22),
            entry("Licencia de conducir de California de su tía Rosa (copia)", 23),
            entry("Tarjeta de residente permanente de su tía Rosa (copia)", 24));
    assertThat(packet.pages()).isEqualTo(24);
  }

  @Test
  void theChecklistNamesTheEnglishCopyOfEachLetterAndTheAttachmentsWithTheirPages() {
    String checklist =
        text.substring(
            text.indexOf("Lista de verificación Para cada"),
            text.indexOf("Recursos para quien se representa"));
    assertThat(checklist)
        .contains(
            "Identidad En este paquete • Carta de patrocinio: Rosa Hernández Díaz (traducción al"
                + " inglés para ICE): página 8")
        .contains("• Copia de su cédula de identidad de Honduras: página 21 En otro lugar")
        .contains("• Pasaporte de Honduras: en manos de ICE No hay riesgo de fuga")
        .doesNotContain("original en español", "Todavía falta");
    assertThat(text).contains("Documento adjunto 1 de 4: Copia de su cédula de identidad");
    assertThat(packet.warnings()).isEmpty();
  }
}
