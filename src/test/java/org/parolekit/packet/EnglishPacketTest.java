package org.parolekit.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parolekit.model.Language;

/** The packet for the bundled example whose person reads English, with the sponsor's documents. */
class EnglishPacketTest {
  private PacketService.Packet packet;
  private String checklist;

  @BeforeEach
  void buildTheEnglishExample() throws IOException {
    packet = PacketServiceTest.build("examples/emmanuel-tabi/case.yaml", false, Language.ES);
    try (PDDocument doc = Loader.loadPDF(packet.pdf())) {
      checklist =
          PacketServiceTest.text(
                  doc,
                  packet.firstPages().get("Checklist"),
                  packet.firstPages().get("Pro se resources") - 1)
              .replaceAll("\\s+", " ");
    }
  }

  @Test
  void theSponsorsDocumentsAreTitledInEnglishAfterTheLetters() {
    assertThat(packet.draft()).isFalse();
    assertThat(packet.missing()).isEmpty();
    assertThat(packet.firstPages().keySet())
        .containsExactly(
            "Please read this first",
            "The three things to show",
            "Checklist",
            "Pro se resources",
            "Letters",
            "Sponsor letter from Grace Fon Ashu",
            "Letter of support from Rev. Peter Ashu Nkwain",
            "Attachments",
            "Your sponsor's ID (California driver license)",
            "Your sponsor's proof of immigration status (US passport)",
            "Your sponsor's proof of address (Apartment lease and a utility bill)",
            "Your sponsor's proof of income (Two recent pay stubs)");
    assertThat(packet.pages()).isEqualTo(14);
  }

  @Test
  void theChecklistPutsEachItemUnderTheCriterionItShowsWithItsPage() {
    assertThat(checklist)
        .contains(
            "Identity In this packet • Sponsor letter from Grace Fon Ashu: page 8 • Letter of"
                + " support from Rev. Peter Ashu Nkwain: page 9 Elsewhere (not in this packet) •"
                + " Birth certificate from Cameroon: your sponsor has it • National identity card"
                + " from Cameroon: with ICE Not a flight risk In this packet")
        .contains(
            "• Your sponsor's ID (California driver license): page 11 • Your sponsor's proof of"
                + " immigration status (US passport): page 12")
        .contains("Not a danger to the community In this packet • Sponsor letter")
        .doesNotContain("Still missing");
  }

  @Test
  void everyPageIsStampedInEnglish() throws IOException {
    try (PDDocument doc = Loader.loadPDF(packet.pdf())) {
      assertThat(doc.getDocumentInformation().getTitle())
          .isEqualTo("Pro se resource packet for Emmanuel Tabi Ndip");
      assertThat(doc.getDocumentCatalog().getLanguage()).startsWith("en");
      assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " "))
          .contains(
              "Emmanuel Tabi Ndip A-number: A214-870-355 Prepared: November 27, 2026 Languages:"
                  + " English Prepared by: Michael Brennan, volunteer This packet")
          .contains("Emmanuel Tabi Ndip, A214-870-355 · Page 14 of 14")
          .doesNotContain("Página");
    }
  }
}
