package org.parolekit.packet;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.parolekit.model.Language;

class PacketAssemblerTest {
  private final PacketAssembler assembler = new PacketAssembler();
  private static final LocalDate DATE = LocalDate.of(2026, 11, 27);

  @Test
  void tableOfContentsNumbersAreTheRealPagesEvenWhenItRunsPastOnePage() throws Exception {
    List<PacketPart> parts = manyParts(45);
    PacketAssembler.Assembled a =
        assembler.assemble(pages("COVER", 1), parts, layout(false, Language.EN));
    try (PDDocument doc = Loader.loadPDF(a.pdf())) {
      int expectedTotal = 1 + tocPages(doc) + parts.stream().mapToInt(p -> pagesOf(p.pdf())).sum();
      assertThat(doc.getNumberOfPages()).isEqualTo(expectedTotal).isEqualTo(a.pageCount());
      assertThat(tocPages(doc)).isGreaterThan(1);
      Map<String, Integer> listed = tocEntries(doc);
      assertThat(listed).as(textOf(doc, 2)).hasSize(parts.size());
      for (PacketPart p : parts) {
        int listedPage = listed.get(p.title());
        String marker = p.title().toUpperCase().replace(' ', '-') + "-P1";
        assertThat(textOf(doc, listedPage))
            .as("page %d should begin %s", listedPage, p.title())
            .contains(marker);
      }
      assertEveryPageStamped(doc);
    }
  }

  @Test
  void aCoverOfTwoPagesIsCountedInEveryStampAndEveryStart() throws Exception {
    List<PacketPart> parts = manyParts(4);
    PacketAssembler.Assembled a =
        assembler.assemble(pages("COVER", 2), parts, layout(false, Language.EN));
    try (PDDocument doc = Loader.loadPDF(a.pdf())) {
      assertThat(textOf(doc, 3)).contains("Contents");
      assertThat(a.firstPages().get("Part 1")).isEqualTo(4);
      assertThat(textOf(doc, 4)).contains("PART-1-P1");
      assertEveryPageStamped(doc);
    }
  }

  private static void assertEveryPageStamped(PDDocument doc) throws java.io.IOException {
    int n = doc.getNumberOfPages();
    for (int i = 1; i <= n; i++) {
      assertThat(textOf(doc, i)).as("page %d", i).contains("Page " + i + " of " + n);
    }
  }

  @Test
  void everyPageIsStampedPageXOfY() throws Exception {
    PacketAssembler.Assembled a =
        assembler.assemble(
            pages("COVER", 1), manyParts(4), layout(false, Language.ES, Language.EN));
    try (PDDocument doc = Loader.loadPDF(a.pdf())) {
      int n = doc.getNumberOfPages();
      for (int i = 1; i <= n; i++) {
        assertThat(textOf(doc, i))
            .contains("Página " + i + " de " + n)
            .contains("Page " + i + " of " + n);
      }
      assertThat(textOf(doc, 2)).contains("Contenido / Contents");
      assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("es-US");
      assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Packet for Test Person");
    }
  }

  @Test
  void bookmarksNestEntriesUnderTheirSectionAndPointToTheirPages() throws Exception {
    List<PacketPart> parts =
        List.of(
            new PacketPart("Notice", 0, pages("NOTICE", 1)),
            new PacketPart("Letters", 0, pages("LETTERS", 1)),
            new PacketPart("Sponsor letter", 1, pages("SPONSOR", 2)),
            new PacketPart("Pastor letter", 1, pages("PASTOR", 1)));
    PacketAssembler.Assembled a =
        assembler.assemble(pages("COVER", 1), parts, layout(false, Language.EN));
    try (PDDocument doc = Loader.loadPDF(a.pdf())) {
      List<String> top = new ArrayList<>();
      for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
        top.add(
            item.getTitle() + "@" + (doc.getPages().indexOf(item.findDestinationPage(doc)) + 1));
        if (item.getTitle().equals("Letters")) {
          List<String> kids = new ArrayList<>();
          for (PDOutlineItem kid : item.children()) {
            kids.add(
                kid.getTitle() + "@" + (doc.getPages().indexOf(kid.findDestinationPage(doc)) + 1));
          }
          assertThat(kids).containsExactly("Sponsor letter@5", "Pastor letter@7");
        }
      }
      assertThat(top).containsExactly("Cover@1", "Contents@2", "Notice@3", "Letters@4");
      assertThat(textOf(doc, 5)).contains("SPONSOR-P1");
      assertThat(textOf(doc, 7)).contains("PASTOR-P1");
    }
  }

  @Test
  void aDraftIsMarkedOnEveryPage() throws Exception {
    PacketAssembler.Assembled a =
        assembler.assemble(pages("COVER", 1), manyParts(3), layout(true, Language.ES));
    try (PDDocument doc = Loader.loadPDF(a.pdf())) {
      for (int i = 1; i <= doc.getNumberOfPages(); i++) {
        assertThat(textOf(doc, i)).contains("BORRADOR — incompleto");
      }
    }
    PacketAssembler.Assembled complete =
        assembler.assemble(pages("COVER", 1), manyParts(3), layout(false, Language.ES));
    try (PDDocument doc = Loader.loadPDF(complete.pdf())) {
      assertThat(new PDFTextStripper().getText(doc)).doesNotContain("BORRADOR");
    }
  }

  @Test
  void sameInputSameBytes() {
    List<PacketPart> parts = manyParts(6);
    byte[] cover = pages("COVER", 1);
    byte[] first = assembler.assemble(cover, parts, layout(true, Language.EN)).pdf();
    byte[] second = new PacketAssembler().assemble(cover, parts, layout(true, Language.EN)).pdf();
    assertThat(java.util.Arrays.equals(first, second)).as("identical bytes").isTrue();
  }

  private static PacketAssembler.Layout layout(boolean draft, Language... languages) {
    return new PacketAssembler.Layout(
        "Packet for Test Person", new PacketLabels(List.of(languages)), DATE, draft);
  }

  private static List<PacketPart> manyParts(int n) {
    List<PacketPart> parts = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      String title = "Part " + i;
      parts.add(new PacketPart(title, i % 4 == 1 ? 0 : 1, pages("PART-" + i, 1 + i % 3)));
    }
    return parts;
  }

  static byte[] pages(String marker, int count) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document();
    PdfWriter.getInstance(doc, out);
    doc.open();
    for (int i = 1; i <= count; i++) {
      if (i > 1) {
        doc.newPage();
      }
      doc.add(new Paragraph(marker + "-P" + i));
    }
    doc.close();
    return out.toByteArray();
  }

  private static int pagesOf(byte[] pdf) {
    try (PDDocument d = Loader.loadPDF(pdf)) {
      return d.getNumberOfPages();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String textOf(PDDocument doc, int page) throws java.io.IOException {
    PDFTextStripper s = new PDFTextStripper();
    s.setStartPage(page);
    s.setEndPage(page);
    return s.getText(doc);
  }

  private static int tocPages(PDDocument doc) throws java.io.IOException {
    int n = 0;
    for (int p = 2; p <= doc.getNumberOfPages(); p++) {
      if (textOf(doc, p).contains("PART-")) {
        break;
      }
      n++;
    }
    return n;
  }

  private static Map<String, Integer> tocEntries(PDDocument doc) throws java.io.IOException {
    Map<String, Integer> entries = new java.util.LinkedHashMap<>();
    Pattern line = Pattern.compile("^(Part \\d+)[ .…]*?(\\d+)\\s*$", Pattern.MULTILINE);
    for (int p = 2; p < 2 + tocPages(doc); p++) {
      Matcher m = line.matcher(textOf(doc, p));
      while (m.find()) {
        entries.put(m.group(1), Integer.parseInt(m.group(2)));
      }
    }
    return entries;
  }
}
