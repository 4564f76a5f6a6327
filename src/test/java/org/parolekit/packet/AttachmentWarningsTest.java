package org.parolekit.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parolekit.cli.ExampleCopy;
import org.parolekit.model.Language;

/** What the volunteer is told to fix in the attachments, while the packet is still built. */
class AttachmentWarningsTest {
  @TempDir Path dir;

  @Test
  void anAttachmentWithNoSpanishDescriptionIsShownInEnglishAndTheVolunteerIsTold()
      throws IOException {
    ExampleCopy maria =
        ExampleCopy.of("maria-hernandez", dir)
            .replace(
                "    descriptionEs: Contrato de alquiler de su tía Rosa, en la dirección donde"
                    + " usted vivirá\n",
                "");
    PacketService.Packet packet =
        PacketServiceTest.build(maria.caseFile().toString(), false, Language.EN);
    assertThat(packet.warnings())
        .containsExactly(
            "attachments[1].descriptionEs: not given; the Spanish packet shows the English"
                + " description (\"Sponsor's lease at the address where María José will live\")."
                + " Add the Spanish description.");
    assertThat(packet.firstPages())
        .containsKey("Sponsor's lease at the address where María José will live");
    assertThat(packet.draft()).isFalse();
  }

  @Test
  void aScanTooCoarseToReadIsLaidOutAndTheVolunteerIsToldItsResolutionInTheirLanguage()
      throws IOException {
    ExampleCopy maria = ExampleCopy.of("maria-hernandez", dir);
    ImageIO.write(
        new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB),
        "png",
        maria.folder().resolve("attachments/national-id-copy.png").toFile());
    PacketService.Packet packet =
        PacketServiceTest.build(maria.caseFile().toString(), false, Language.ES);
    int ppi = Math.round(300 / ((612 - 2 * 72) / 72f));
    assertThat(packet.warnings())
        .containsExactly(
            "attachments[0].file (attachments/national-id-copy.png): se imprimiría a "
                + ppi
                + " ppp, muy poco para leerse bien. Escanéelo de nuevo a 300 ppp o más.");
    try (PDDocument doc = Loader.loadPDF(packet.pdf())) {
      assertThat(new PDFTextStripper().getText(doc))
          .contains("Documento adjunto 1 de 4: Copia de su cédula de identidad de Honduras");
    }
  }
}
