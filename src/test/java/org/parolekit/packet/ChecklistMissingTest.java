package org.parolekit.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parolekit.cli.ExampleCopy;
import org.parolekit.model.Language;

/** What the packet says is still missing when a document the case names is not in it. */
class ChecklistMissingTest {
  @TempDir Path dir;

  @Test
  void anIdentityCopyTheCaseSaysIsAttachedButNoAttachmentShowsIsMissingByName() throws IOException {
    ExampleCopy maria =
        ExampleCopy.of("maria-hernandez", dir)
            .replace(
                "descriptionEs: Copia de su cédula de identidad de Honduras\n"
                    + "    supports: [identity]",
                "descriptionEs: Copia de su cédula de identidad de Honduras\n"
                    + "    supports: [danger]");
    PacketService.Packet packet = build(maria, Language.EN);
    assertThat(packet.draft()).isTrue();
    assertThat(packet.missing())
        .containsExactly(
            "Identity: The copy of National identity card from Honduras is missing: the case says"
                + " it is attached, but it is not in this packet.");
  }

  @Test
  void noIdentityCopyAtAllIsMissingWhenIceHoldsNoDocumentEither() throws IOException {
    ExampleCopy emmanuel =
        ExampleCopy.of("emmanuel-tabi", dir)
            .replace(
                "issuingCountry: Cameroon\n      location: with-ice",
                "issuingCountry: Cameroon\n      location: with-person");
    assertThat(build(emmanuel, Language.EN).missing())
        .containsExactly("Identity: This packet holds no copy of an identity document.");
  }

  @Test
  void aSponsorDocumentWithNoFileIsMissingAsACopyToAskForDescribedInTheVolunteersLanguage()
      throws IOException {
    ExampleCopy maria =
        ExampleCopy.of("maria-hernandez", dir)
            .replace("      file: attachments/sponsor-id.png\n", "");
    assertThat(build(maria, Language.EN).missing())
        .containsExactly(
            "Not a flight risk: A copy of your sponsor's ID (California driver license) is not in"
                + " this packet; your sponsor has it: ask for a copy.");
    assertThat(build(maria, Language.ES).missing())
        .containsExactly(
            "No hay riesgo de fuga: Falta en este paquete una copia de la identificación de su"
                + " patrocinador (Licencia de conducir de California de su tía Rosa); su"
                + " patrocinador la tiene: pídale una copia.");
  }

  private static PacketService.Packet build(ExampleCopy example, Language messages) {
    return PacketServiceTest.build(example.caseFile().toString(), false, messages);
  }
}
