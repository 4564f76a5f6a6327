package org.parolekit.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.parolekit.model.Language;

/**
 * How the stamps on a packet's pages look to the person reading it: the page number centered on a
 * white box above the bottom edge, the draft mark faint and diagonal across the middle with a plain
 * red line at the top, and the contents lines bold for sections and indented for what they hold.
 */
class PacketStampsTest {
  private static final LocalDate DATE = LocalDate.of(2026, 11, 27);
  private static final int WHITE = 0xffffff;
  private static final int DARK_GRAY = 0x404040;
  private final PacketAssembler assembler = new PacketAssembler();

  @Test
  void thePageNumberIsCenteredAboveTheBottomEdgeOnAWhiteBoxThatHoldsIt() throws IOException {
    try (PDDocument doc = packet(false, "Ana Test · A-123-456-789")) {
      int n = doc.getNumberOfPages();
      for (int page = 1; page <= n; page++) {
        List<Glyph> footer = line(glyphs(doc, page), PacketAssembler.FOOTER_BASELINE);
        assertThat(text(footer)).isEqualTo("Ana Test · A-123-456-789 · Page " + page + " of " + n);
        Rectangle2D extent = extent(footer);
        assertThat(extent.getCenterX()).isCloseTo(middle(doc, page).getX(), within(0.5));
        footer.forEach(g -> assertThat(g.rgb()).isEqualTo(DARK_GRAY));
        List<PageDrawing.Shape> boxes =
            PageDrawing.of(doc.getPage(page - 1)).shapes().stream()
                .filter(s -> s.filled() && s.rgb() == WHITE)
                .toList();
        assertThat(boxes).hasSize(1);
        Rectangle2D box = boxes.get(0).bounds();
        assertThat(box.getMinX()).isCloseTo(extent.getMinX() - 4, within(1.0));
        assertThat(box.getMaxX()).isCloseTo(extent.getMaxX() + 4, within(1.0));
        assertThat(box.getMinY()).isLessThan(PacketAssembler.FOOTER_BASELINE);
        assertThat(box.getMaxY()).isGreaterThan(PacketAssembler.FOOTER_BASELINE + 6);
      }
    }
  }

  @Test
  void aDraftIsMarkedFaintlyAcrossTheMiddleAndPlainlyAtTheTop() throws IOException {
    try (PDDocument doc = packet(true, "")) {
      for (int page = 1; page <= doc.getNumberOfPages(); page++) {
        List<Glyph> all = glyphs(doc, page);
        List<Glyph> diagonal = all.stream().filter(g -> Math.abs(g.angle() - 45) < 0.5).toList();
        assertThat(text(diagonal).replace(" ", "")).isEqualTo("DRAFT—incomplete".replace(" ", ""));
        for (Glyph g : diagonal) {
          assertThat(g.size()).isCloseTo(44, within(0.01));
          assertThat(g.rgb()).isEqualTo(0xc80000);
          assertThat(g.opacity()).isCloseTo(0.18, within(0.001));
        }
        assertThat(extent(diagonal).getCenterX()).isCloseTo(middle(doc, page).getX(), within(1.0));
        assertThat(extent(diagonal).getCenterY()).isCloseTo(middle(doc, page).getY(), within(1.0));
        double height = doc.getPage(page - 1).getMediaBox().getHeight();
        List<Glyph> top = line(all, height - PacketAssembler.DRAFT_LINE_FROM_TOP);
        assertThat(text(top)).isEqualTo("DRAFT — incomplete");
        assertThat(extent(top).getCenterX()).isCloseTo(middle(doc, page).getX(), within(0.5));
        for (Glyph g : top) {
          assertThat(g.size()).isCloseTo(10, within(0.01));
          assertThat(g.rgb()).isEqualTo(0xb40000);
          assertThat(g.opacity()).isEqualTo(1.0);
        }
      }
    }
  }

  @Test
  void contentsLinesAreBoldForSectionsAndIndentedForWhatTheyHold() throws IOException {
    try (PDDocument doc = packet(false, "")) {
      List<Glyph> toc = glyphs(doc, 2);
      Glyph section = first(toc, "Letters");
      Glyph entry = first(toc, "Sponsor letter");
      assertThat(section.font()).containsIgnoringCase("bold");
      assertThat(section.size()).isCloseTo(12, within(0.01));
      assertThat(entry.font()).doesNotContainIgnoringCase("bold");
      assertThat(entry.size()).isCloseTo(11, within(0.01));
      assertThat(entry.x() - section.x()).isCloseTo(18, within(0.01));
      assertThat(first(toc, "Notice").x()).isCloseTo(section.x(), within(0.01));
    }
  }

  @Test
  void contentsSectionsStandApartFromWhatCameBeforeMoreThanTheEntriesTheyHold() throws IOException {
    try (PDDocument doc = packet(false, "")) {
      List<Glyph> toc = glyphs(doc, 2);
      double heading = first(toc, "Contents").y();
      double notice = first(toc, "Notice").y();
      double letters = first(toc, "Letters").y();
      double sponsor = first(toc, "Sponsor letter").y();
      assertThat((heading - notice) - (notice - letters))
          .as("space under the heading")
          .isGreaterThan(17.5);
      assertThat((notice - letters) - (letters - sponsor))
          .as("extra space above a section")
          .isGreaterThan(4);
    }
  }

  @Test
  void thePacketSaysParolekitMadeIt() throws IOException {
    try (PDDocument doc = packet(false, "")) {
      assertThat(doc.getDocumentInformation().getProducer()).isEqualTo("parolekit");
    }
  }

  @Test
  void packetsOfDifferentAttachmentsHaveDifferentDocumentIds() throws IOException {
    byte[] cover = PacketAssemblerTest.pages("COVER", 1);
    PacketAssembler.Layout layout =
        new PacketAssembler.Layout("Packet", new PacketLabels(List.of(Language.EN)), DATE, false);
    byte[] one =
        assembler
            .assemble(
                cover,
                List.of(new PacketPart("Lease", 0, PacketAssemblerTest.pages("A", 1))),
                layout)
            .pdf();
    byte[] other =
        assembler
            .assemble(
                cover,
                List.of(new PacketPart("Lease", 0, PacketAssemblerTest.pages("B", 1))),
                layout)
            .pdf();
    try (PDDocument a = Loader.loadPDF(one);
        PDDocument b = Loader.loadPDF(other)) {
      assertThat(a.getDocument().getDocumentID().toString())
          .isNotEqualTo(b.getDocument().getDocumentID().toString());
    }
  }

  /**
   * One glyph drawn: its text, where its baseline starts, how far it runs across the page, its
   * angle, size, font, color and opacity.
   */
  private record Glyph(
      String text,
      double x,
      double y,
      double width,
      double angle,
      double size,
      String font,
      int rgb,
      double opacity) {}

  private PDDocument packet(boolean draft, String reference) throws IOException {
    List<PacketPart> parts =
        List.of(
            new PacketPart("Notice", 0, PacketAssemblerTest.pages("NOTICE", 1)),
            new PacketPart("Letters", 0, PacketAssemblerTest.pages("LETTERS", 1)),
            new PacketPart("Sponsor letter", 1, PacketAssemblerTest.pages("SPONSOR", 2)));
    PacketAssembler.Layout layout =
        new PacketAssembler.Layout(
            "Packet for Ana Test", new PacketLabels(List.of(Language.EN)), DATE, draft, reference);
    return Loader.loadPDF(
        assembler.assemble(PacketAssemblerTest.pages("COVER", 1), parts, layout).pdf());
  }

  private static java.awt.geom.Point2D middle(PDDocument doc, int page) {
    var box = doc.getPage(page - 1).getMediaBox();
    return new java.awt.geom.Point2D.Double(
        box.getLowerLeftX() + box.getWidth() / 2, box.getLowerLeftY() + box.getHeight() / 2);
  }

  private static Glyph first(List<Glyph> glyphs, String word) {
    String all = text(glyphs);
    int at = all.indexOf(word);
    assertThat(at).as(word).isNotNegative();
    int offset = 0;
    for (Glyph g : glyphs) {
      if (offset >= at) {
        return g;
      }
      offset += g.text().length();
    }
    throw new AssertionError(word);
  }

  private static List<Glyph> line(List<Glyph> glyphs, double baseline) {
    return glyphs.stream()
        .filter(g -> Math.abs(g.angle()) < 0.5 && Math.abs(g.y() - baseline) < 0.5)
        .toList();
  }

  private static String text(List<Glyph> glyphs) {
    StringBuilder s = new StringBuilder();
    glyphs.forEach(g -> s.append(g.text()));
    return s.toString();
  }

  private static Rectangle2D extent(List<Glyph> glyphs) {
    assertThat(glyphs).isNotEmpty();
    Rectangle2D r = new Rectangle2D.Double(glyphs.get(0).x(), glyphs.get(0).y(), 0, 0);
    for (Glyph g : glyphs) {
      double angle = Math.toRadians(g.angle());
      r.add(g.x(), g.y());
      r.add(g.x() + g.width(), g.y() + Math.tan(angle) * g.width());
    }
    return r;
  }

  private static List<Glyph> glyphs(PDDocument doc, int page) throws IOException {
    List<Glyph> found = new ArrayList<>();
    PDFTextStripper stripper =
        new PDFTextStripper() {
          {
            addOperator(new SetNonStrokingColorSpace(this));
            addOperator(new SetNonStrokingColor(this));
            addOperator(new SetNonStrokingColorN(this));
            addOperator(new SetNonStrokingDeviceRGBColor(this));
            addOperator(new SetNonStrokingDeviceGrayColor(this));
            addOperator(new SetNonStrokingDeviceCMYKColor(this));
          }

          @Override
          protected void processTextPosition(TextPosition t) {
            var m = t.getTextMatrix();
            var state = getGraphicsState();
            int rgb;
            try {
              rgb = state.getNonStrokingColor().toRGB();
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
            found.add(
                new Glyph(
                    t.getUnicode(),
                    m.getTranslateX(),
                    m.getTranslateY(),
                    t.getWidth(),
                    Math.toDegrees(Math.atan2(m.getShearY(), m.getScaleX())),
                    t.getFontSizeInPt(),
                    t.getFont().getName(),
                    rgb,
                    state.getNonStrokeAlphaConstant()));
          }
        };
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    stripper.getText(doc);
    return found;
  }
}
