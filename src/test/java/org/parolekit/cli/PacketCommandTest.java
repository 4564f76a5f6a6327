package org.parolekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PacketCommandTest {
  @TempDir Path dir;

  @Test
  void theExamplePacketHasATableOfContentsWhoseNumbersAreTheRealPages() throws IOException {
    Path pdf = dir.resolve("packet.pdf");
    CliRun r = CliRun.run("packet", "examples/maria-hernandez/case.yaml", "-o", pdf.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      int n = doc.getNumberOfPages();
      assertThat(r.out()).contains("(" + n + " pages)");
      assertThat(text(doc, 1))
          .contains(
              "María José Hernández López",
              "A012-345-678",
              "27 de noviembre de 2026",
              "Sarah Goldberg");
      String toc = text(doc, 2);
      assertThat(toc).startsWith("Contenido");
      List<String> checked = new ArrayList<>();
      checkEntry(doc, toc, "Lea esto primero", "Lea esto primero", checked);
      checkEntry(doc, toc, "Lista de verificación", "Lista de verificación", checked);
      checkEntry(
          doc,
          toc,
          "Carta de patrocinio: Rosa Hernández Díaz (traducción al inglés para ICE)",
          "I will drive her to every hearing",
          checked);
      checkEntry(
          doc,
          toc,
          "Carta de patrocinio: Rosa Hernández Díaz (original en español)",
          "La llevaré en mi carro",
          checked);
      checkEntry(
          doc,
          toc,
          "Certificado de traducción: carta de Rosa Hernández Díaz",
          "Certificate of Translation",
          checked);
      checkEntry(
          doc, toc, "Carta de apoyo: Jennifer Morales", "since we were seven years old", checked);
      checkEntry(doc, toc, "Documentos adjuntos", "Documentos adjuntos", checked);
      assertThat(checked).hasSize(7);
      for (int i = 1; i <= n; i++) {
        assertThat(text(doc, i)).as("page %d stamp", i).contains("Página " + i + " de " + n);
      }
      assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("es-US");
      assertThat(doc.getDocumentInformation().getTitle())
          .isEqualTo("Paquete de recursos pro se para María José Hernández López");
      assertThat(new PDFTextStripper().getText(doc)).doesNotContain("BORRADOR");
    }
  }

  @Test
  void bookmarksCoverEverySectionLetterAndAttachment() throws IOException {
    Path pdf = dir.resolve("packet.pdf");
    CliRun r = CliRun.run("packet", "examples/maria-hernandez/case.yaml", "-o", pdf.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      List<String> top = new ArrayList<>();
      List<String> kids = new ArrayList<>();
      for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
        top.add(item.getTitle());
        for (PDOutlineItem kid : item.children()) {
          kids.add(kid.getTitle());
          int page = doc.getPages().indexOf(kid.findDestinationPage(doc)) + 1;
          assertThat(page).as(kid.getTitle()).isGreaterThan(2);
        }
      }
      assertThat(top)
          .containsExactly(
              "Portada",
              "Contenido",
              "Lea esto primero",
              "Los tres puntos que hay que demostrar",
              "Lista de verificación",
              "Recursos pro se",
              "Cartas",
              "Documentos adjuntos");
      assertThat(kids)
          .contains(
              "Carta de patrocinio: Rosa Hernández Díaz (traducción al inglés para ICE)",
              "Carta de la organización: Friends on the Border Visitation Project",
              "Carta de la organización: Friends on the Border Visitation Project (versión en"
                  + " español, solo para su información)",
              "Copia de su cédula de identidad de Honduras");
      assertThat(kids).as("every entry is named once").doesNotHaveDuplicates();
      Map<String, PDOutlineItem> attachments = new LinkedHashMap<>();
      for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
        if (item.getTitle().equals("Documentos adjuntos")) {
          item.children().forEach(kid -> attachments.put(kid.getTitle(), kid));
        }
      }
      assertThat(attachments).as("the lease named twice in the case is attached once").hasSize(4);
      PDOutlineItem id = attachments.get("Copia de su cédula de identidad de Honduras");
      assertThat(id).as(attachments.keySet().toString()).isNotNull();
      assertThat(text(doc, pageOf(doc, id)))
          .contains("Documento adjunto 1 de 4: Copia de su cédula de identidad de Honduras");
      List<PDOutlineItem> lease =
          attachments.values().stream()
              .filter(k -> k.getTitle().startsWith("Contrato de alquiler de su tía Rosa"))
              .toList();
      assertThat(lease).as(attachments.keySet().toString()).hasSize(1);
      assertThat(text(doc, pageOf(doc, lease.get(0))))
          .contains("SAMPLE LEASE - 742 Oleander Avenue", "Documento adjunto 2 de 4");
    }
  }

  private static int pageOf(PDDocument doc, PDOutlineItem item) throws IOException {
    return doc.getPages().indexOf(item.findDestinationPage(doc)) + 1;
  }

  @Test
  void aPersonWhoReadsBothLanguagesGetsTheNoticeInBoth() throws IOException {
    Path caseDir = ExampleCopy.of("emmanuel-tabi", dir).folder();
    Path yaml = caseDir.resolve("case.yaml");
    Files.writeString(
        yaml, Files.readString(yaml).replace("languages: [en]", "languages: [en, es]"));
    Path pdf = dir.resolve("packet.pdf");
    CliRun r = CliRun.run("packet", yaml.toString(), "-o", pdf.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      String all = new PDFTextStripper().getText(doc);
      assertThat(all).contains("This is not legal advice", "Esto no es asesoría legal");
      assertThat(all).contains("Denial is common", "Las negativas son frecuentes");
      assertThat(all).contains("ni lo han arrestado");
      assertThat(text(doc, 3))
          .contains(
              "Page 3 of " + doc.getNumberOfPages() + " · Página 3 de " + doc.getNumberOfPages());
    }
  }

  @Test
  void anIncompleteCaseBuildsADraftMarkedOnEveryPageOrFailsWhenCompletenessIsRequired()
      throws IOException {
    Path pdf = dir.resolve("draft.pdf");
    CliRun r = CliRun.run("packet", "examples/incomplete/case.yaml", "-o", pdf.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err())
        .as("the volunteer is told in English by default")
        .contains("DRAFT", "Still missing", "PO box");
    CliRun spanish =
        CliRun.run(
            "packet",
            "examples/incomplete/case.yaml",
            "-o",
            dir.resolve("es.pdf").toString(),
            "--lang",
            "es");
    assertThat(spanish.err()).contains("apartado postal");
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      for (int i = 1; i <= doc.getNumberOfPages(); i++) {
        assertThat(text(doc, i)).as("page %d", i).contains("BORRADOR — incompleto");
      }
      assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " "))
          .contains("Todavía falta", "No se indica ningún documento de identidad")
          .contains("La dirección del patrocinador es un apartado postal")
          .contains("Falta la traducción al inglés de una o más cartas escritas en español");
    }
    Path strict = dir.resolve("strict.pdf");
    CliRun required =
        CliRun.run(
            "packet",
            "examples/incomplete/case.yaml",
            "-o",
            strict.toString(),
            "--require-complete");
    assertThat(required.exitCode()).as(required.toString()).isEqualTo(1);
    assertThat(required.err()).contains("incomplete", "nothing was written");
    assertThat(strict).doesNotExist();
  }

  @Test
  void aLetterArguingTheMeritsIsRefusedAndNothingIsWritten() throws IOException {
    Path caseDir = ExampleCopy.of("emmanuel-tabi", dir).folder();
    Path yaml = caseDir.resolve("case.yaml");
    Files.writeString(
        yaml,
        Files.readString(yaml)
            .replace(
                "He has never been arrested or accused of any crime.",
                "He has never been arrested. His asylum claim is very strong and he will win his"
                    + " case."));
    Path pdf = dir.resolve("packet.pdf");
    CliRun r = CliRun.run("packet", yaml.toString(), "-o", pdf.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).contains("merits", "attorney", "nothing was written");
    assertThat(pdf).doesNotExist();
  }

  @Test
  void eachBadAttachmentIsNamedAndNothingIsWritten() throws IOException {
    byte[] jpeg =
        Files.readAllBytes(Path.of("examples/maria-hernandez/attachments/national-id-copy.png"));
    assertRefused(
        "encrypted-or-damaged.pdf",
        "%PDF-1.4\ngarbage that is not a pdf\n".getBytes(StandardCharsets.US_ASCII),
        "damaged or unreadable PDF");
    assertRefused("empty.pdf", new byte[0], "is empty");
    assertRefused("renamed.pdf", jpeg, "named like a PDF document but is a PNG image");
    assertRefused("broken.png", java.util.Arrays.copyOf(jpeg, 30), "broken image");
    assertRefused(
        "locked.pdf",
        encrypted(
            Files.readAllBytes(Path.of("examples/maria-hernandez/attachments/sponsor-lease.pdf"))),
        "encrypted or protected by a password");
  }

  /**
   * Found by fuzzing: the inspector passed it, then copying its page failed and the packet exited
   * 70.
   */
  @Test
  void aPdfThatTheLibraryCannotCopyIsRefusedAsDamaged() throws IOException {
    byte[] seed =
        Files.readAllBytes(
            Path.of(
                "src/test/resources/org/parolekit/packet/AttachmentInspectorFuzzTestInputs"
                    + "/refusesOrLaysOutAnyAttachment/copy-fails-on-a-missing-object"));
    assertRefused(
        "statement.pdf",
        java.util.Arrays.copyOfRange(seed, 1, seed.length),
        "damaged or unreadable PDF");
  }

  @Test
  void anAttachmentOutsideTheCaseFolderIsRefusedUnlessNamedOnTheCommandLine() throws IOException {
    Path caseDir = ExampleCopy.of("maria-hernandez", dir).folder();
    Path outside = caseDir.getParent().resolve("outside.png");
    Files.copy(Path.of("examples/maria-hernandez/attachments/national-id-copy.png"), outside);
    Path yaml = caseDir.resolve("case.yaml");
    Files.writeString(
        yaml,
        Files.readString(yaml)
            .replace("file: attachments/national-id-copy.png", "file: ../outside.png"));
    Path pdf = dir.resolve("packet.pdf");
    CliRun r = CliRun.run("packet", yaml.toString(), "-o", pdf.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(r.err())
        .contains(
            "attachments[0].file (../outside.png)",
            "outside the case folder",
            "--allow-attachment");
    assertThat(pdf).doesNotExist();
    CliRun allowed =
        CliRun.run(
            "packet",
            yaml.toString(),
            "-o",
            pdf.toString(),
            "--allow-attachment",
            outside.toString());
    assertThat(allowed.exitCode()).as(allowed.toString()).isZero();
  }

  @Test
  void samePacketSameBytesAndNoOverwriteWithoutForce() throws IOException {
    Path a = dir.resolve("a.pdf");
    Path b = dir.resolve("b.pdf");
    assertThat(
            CliRun.run("packet", "examples/maria-hernandez/case.yaml", "-o", a.toString())
                .exitCode())
        .isZero();
    assertThat(
            CliRun.run("packet", "examples/maria-hernandez/case.yaml", "-o", b.toString())
                .exitCode())
        .isZero();
    assertThat(java.util.Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b)))
        .as("identical bytes")
        .isTrue();
    CliRun again = CliRun.run("packet", "examples/maria-hernandez/case.yaml", "-o", a.toString());
    assertThat(again.exitCode()).as(again.toString()).isEqualTo(4);
    assertThat(again.err()).contains("already exists");
  }

  private void assertRefused(String name, byte[] bytes, String message) throws IOException {
    Path caseDir = ExampleCopy.of("maria-hernandez", dir).folder();
    Files.write(caseDir.resolve("attachments").resolve(name), bytes);
    Path yaml = caseDir.resolve("case.yaml");
    Files.writeString(
        yaml,
        Files.readString(yaml)
            .replace(
                "file: attachments/sponsor-lease.pdf\n    description: Sponsor's lease",
                "file: attachments/" + name + "\n    description: Sponsor's lease"));
    Path pdf = dir.resolve(name + ".packet.pdf");
    CliRun r = CliRun.run("packet", yaml.toString(), "-o", pdf.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(r.err()).contains("attachments[1].file (attachments/" + name + ")", message);
    assertThat(pdf).doesNotExist();
  }

  private static byte[] encrypted(byte[] pdf) throws IOException {
    try (PDDocument d = Loader.loadPDF(pdf)) {
      d.protect(
          new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy(
              "owner", "user", new org.apache.pdfbox.pdmodel.encryption.AccessPermission()));
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      d.save(out);
      return out.toByteArray();
    }
  }

  private static void checkEntry(
      PDDocument doc, String toc, String title, String expectedOnPage, List<String> checked)
      throws IOException {
    Matcher m =
        Pattern.compile("(?m)^" + Pattern.quote(title) + "[ .]*\\R?\\s*(\\d+)\\s*$").matcher(toc);
    assertThat(m.find()).as("contents lists %s", title).isTrue();
    int page = Integer.parseInt(m.group(1));
    assertThat(text(doc, page)).as("page %d holds %s", page, title).contains(expectedOnPage);
    checked.add(title);
  }

  private static String text(PDDocument doc, int page) throws IOException {
    PDFTextStripper s = new PDFTextStripper();
    s.setStartPage(page);
    s.setEndPage(page);
    return s.getText(doc);
  }
}
