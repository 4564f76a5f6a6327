package org.parolekit.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parolekit.cli.ExampleCopy;
import org.parolekit.core.ExitStatus;
import org.parolekit.core.ParolekitException;
import org.parolekit.model.Language;

/** A case that falls short: a draft that says what is missing, or no packet and why. */
class DraftPacketTest {
  @TempDir Path dir;

  @Test
  void anIncompleteCaseIsADraftThatSaysWhatIsMissingInTheVolunteersLanguage() throws IOException {
    PacketService.Packet draft =
        PacketServiceTest.build("examples/incomplete/case.yaml", false, Language.EN);
    assertThat(draft.draft()).isTrue();
    assertThat(draft.missing())
        .anyMatch(m -> m.startsWith("Identity: "))
        .anyMatch(m -> m.contains("PO box"));
    try (PDDocument doc = Loader.loadPDF(draft.pdf())) {
      assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " "))
          .contains("BORRADOR — incompleto")
          .contains("No se indica ningún documento de identidad")
          .contains("La dirección del patrocinador es un apartado postal");
    }
  }

  @Test
  void anIncompleteCaseIsRefusedWhenCompletenessIsRequiredListingWhatIsMissing() {
    assertThatThrownBy(
            () -> PacketServiceTest.build("examples/incomplete/case.yaml", true, Language.ES))
        .isInstanceOfSatisfying(
            ParolekitException.class, e -> assertThat(e.status()).isEqualTo(ExitStatus.FINDINGS))
        .hasMessageContaining("--require-complete was given; nothing was written. Still missing:")
        .hasMessageContaining("\n  - Identidad: ")
        .hasMessageContaining("apartado postal");
  }

  @Test
  void aCompleteCaseStillBuildsWhenCompletenessIsRequired() {
    PacketService.Packet packet =
        PacketServiceTest.build("examples/emmanuel-tabi/case.yaml", true, Language.EN);
    assertThat(packet.draft()).isFalse();
  }

  @Test
  void aLetterArguingTheMeritsIsRefusedQuotingItUnlessAnAttorneyPreparedThePacket()
      throws IOException {
    ExampleCopy merits =
        ExampleCopy.of("emmanuel-tabi", dir)
            .replace(
                "He has never been arrested or accused of any crime.",
                "He has never been arrested. His asylum claim is very strong and he will win his"
                    + " case.");
    assertThatThrownBy(
            () -> PacketServiceTest.build(merits.caseFile().toString(), false, Language.EN))
        .isInstanceOfSatisfying(
            ParolekitException.class, e -> assertThat(e.status()).isEqualTo(ExitStatus.FINDINGS))
        .hasMessageContaining("speaks to the merits of the legal case (\"")
        .hasMessageContaining("only material prepared by an attorney or accredited representative")
        .hasMessageEndingWith("nothing was written");
    merits.replace(
        "  role: volunteer\n  name: Michael Brennan", "  role: attorney\n  name: Michael Brennan");
    assertThat(PacketServiceTest.build(merits.caseFile().toString(), false, Language.EN).pdf())
        .isNotEmpty();
  }

  @Test
  void anAttachmentOutsideTheCaseFolderIsRefusedByItsField() throws IOException {
    ExampleCopy outside =
        ExampleCopy.of("emmanuel-tabi", dir)
            .replace("file: attachments/sponsor-id.png", "file: ../../outside.png");
    java.nio.file.Files.copy(
        Path.of("examples/emmanuel-tabi/attachments/sponsor-id.png"), dir.resolve("outside.png"));
    assertThatThrownBy(
            () -> PacketServiceTest.build(outside.caseFile().toString(), false, Language.EN))
        .isInstanceOfSatisfying(
            ParolekitException.class,
            e -> assertThat(e.status()).isEqualTo(ExitStatus.INVALID_INPUT))
        .hasMessageStartingWith(
            "sponsor.documents[0].file (../../outside.png): is outside the case folder")
        .hasMessageContaining("--allow-attachment ../../outside.png");
  }
}
