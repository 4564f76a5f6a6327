package org.parolekit.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parolekit.cli.ExampleCopy;
import org.parolekit.model.Language;

/** The caption over each attachment: which of how many it is, and what it helps show. */
class AttachmentCaptionsTest {
  @TempDir Path dir;

  @Test
  void anAttachmentSaysWhatItHelpsShowOneCriterionAloneOrAllThreeJoinedInThePersonsLanguage()
      throws IOException {
    ExampleCopy maria =
        ExampleCopy.of("maria-hernandez", dir)
            .replace("supports: [identity]", "supports: [identity, flight-risk, danger]");
    PacketService.Packet packet =
        PacketServiceTest.build(maria.caseFile().toString(), false, Language.EN);
    try (PDDocument doc = Loader.loadPDF(packet.pdf())) {
      assertThat(page(doc, packet, "Copia de su cédula de identidad de Honduras"))
          .contains("Documento adjunto 1 de 4: Copia de su cédula de identidad de Honduras")
          .contains(
              "Sirve para mostrar quién es usted (identidad), que se presentará a sus audiencias"
                  + " (no hay riesgo de fuga) y que no es un peligro para la comunidad.");
      assertThat(page(doc, packet, "Licencia de conducir de California de su tía Rosa (copia)"))
          .contains(
              "Documento adjunto 3 de 4: Licencia de conducir de California de su tía Rosa"
                  + " (copia) Sirve para mostrar que se presentará a sus audiencias (no hay riesgo"
                  + " de fuga).");
    }
  }

  @Test
  void twoAttachmentsDescribedAlikeGetTitlesTheContentsCanTellApart() throws IOException {
    ExampleCopy maria =
        ExampleCopy.of("maria-hernandez", dir)
            .replace(
                "descriptionEs: Contrato de alquiler de su tía Rosa, en la dirección donde usted"
                    + " vivirá",
                "descriptionEs: Copia de su cédula de identidad de Honduras");
    PacketService.Packet packet =
        PacketServiceTest.build(maria.caseFile().toString(), false, Language.EN);
    assertThat(packet.firstPages())
        .containsEntry("Copia de su cédula de identidad de Honduras", 21)
        .containsEntry("Copia de su cédula de identidad de Honduras (2)", 22);
  }

  private static String page(PDDocument doc, PacketService.Packet packet, String title)
      throws IOException {
    int page = packet.firstPages().get(title);
    return PacketServiceTest.text(doc, page, page).replaceAll("\\s+", " ");
  }
}
