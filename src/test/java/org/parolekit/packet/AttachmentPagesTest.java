package org.parolekit.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * Where an attachment lands on its packet pages: inside one-inch margins, below its caption (44
 * points and an 8-point gap under the top margin), centered, as large as fits and never enlarged.
 */
class AttachmentPagesTest {
  private static final LocalDate DATE = LocalDate.of(2026, 11, 27);
  private static final AttachmentPages.Caption CAPTION =
      new AttachmentPages.Caption("Exhibit A: Lease", "Shows where Ana will live.");
  private static final double LEFT = 72;
  private static final double RIGHT = 612 - 72;
  private static final double BOTTOM = 72;
  private static final double TOP = 792 - 72 - 44 - 8;
  private static final int LIGHT_GRAY = 0xc0c0c0;

  @Test
  void aWideScanFillsTheWidthBetweenTheMarginsAndHangsFromBelowTheCaption() throws IOException {
    AttachmentPages.Pages pages = AttachmentPages.image(png(2400, 1200), 2400, CAPTION, DATE);
    Rectangle2D image = onlyImage(pages.pdf());
    assertThat(image.getMinX()).isCloseTo(LEFT, within(0.01));
    assertThat(image.getMaxX()).isCloseTo(RIGHT, within(0.01));
    assertThat(image.getMaxY()).isCloseTo(TOP, within(0.01));
    assertThat(image.getHeight()).isCloseTo(image.getWidth() / 2, within(0.01));
  }

  @Test
  void aTallScanFillsTheHeightAndIsCentered() throws IOException {
    AttachmentPages.Pages pages = AttachmentPages.image(png(600, 1800), 600, CAPTION, DATE);
    Rectangle2D image = onlyImage(pages.pdf());
    assertThat(image.getMinY()).isCloseTo(BOTTOM, within(0.01));
    assertThat(image.getMaxY()).isCloseTo(TOP, within(0.01));
    assertThat(image.getCenterX()).isCloseTo(306, within(0.01));
    assertThat(image.getWidth()).isCloseTo(image.getHeight() / 3, within(0.01));
  }

  @Test
  void aScansResolutionIsItsPixelsOverTheInchesItPrintsAt() throws IOException {
    AttachmentPages.Pages pages = AttachmentPages.image(png(2400, 1200), 2400, CAPTION, DATE);
    double inches = onlyImage(pages.pdf()).getWidth() / 72;
    assertThat(pages.ppi()).isEqualTo((int) Math.round(2400 / inches));
    assertThat(pages.ppi()).isGreaterThan(AttachmentPages.MIN_READABLE_PPI);
  }

  @Test
  void theCaptionIsWrittenAboveTheScan() throws IOException {
    AttachmentPages.Pages pages = AttachmentPages.image(png(400, 300), 400, CAPTION, DATE);
    try (PDDocument doc = Loader.loadPDF(pages.pdf())) {
      List<TextPosition> text = text(doc, 1);
      assertThat(string(text)).contains("Exhibit A: Lease").contains("Shows where Ana will live.");
      for (TextPosition t : text) {
        assertThat(baseline(t)).as(t.getUnicode()).isGreaterThan(TOP).isLessThan(792 - 72 + 14);
        assertThat((double) t.getXDirAdj()).isGreaterThanOrEqualTo(LEFT - 0.01);
      }
    }
  }

  @Test
  void everyPageOfAPdfIsPlacedOnItsOwnPageWithTheCaptionAndAGrayFrame() throws IOException {
    byte[] letter = pdf(PDRectangle.LETTER, 3);
    AttachmentPages.Pages pages = AttachmentPages.pdf(letter, CAPTION, DATE);
    assertThat(pages.ppi()).isZero();
    try (PDDocument doc = Loader.loadPDF(pages.pdf())) {
      assertThat(doc.getNumberOfPages()).isEqualTo(3);
      for (int i = 1; i <= 3; i++) {
        String text = string(text(doc, i));
        assertThat(text).contains("Exhibit A: Lease").contains("SOURCE-PAGE-" + i);
        assertThat(text).doesNotContain("SOURCE-PAGE-" + (i % 3 + 1));
        PageDrawing.Shape frame = onlyFrame(doc.getPage(i - 1));
        Rectangle2D r = frame.bounds();
        assertThat(r.getMaxY()).isCloseTo(TOP, within(0.01));
        assertThat(r.getMinY()).isCloseTo(BOTTOM, within(0.01));
        assertThat(r.getCenterX()).isCloseTo(306, within(0.01));
        assertThat(r.getWidth() / r.getHeight()).isCloseTo(612.0 / 792, within(0.001));
        assertThat(frame.rgb()).isEqualTo(LIGHT_GRAY);
        assertThat(frame.lineWidth()).isEqualTo(0.5f);
      }
    }
  }

  @Test
  void aPageWiderThanTheFrameIsScaledToItsWidth() throws IOException {
    AttachmentPages.Pages pages =
        AttachmentPages.pdf(pdf(new PDRectangle(1224, 792), 1), CAPTION, DATE);
    try (PDDocument doc = Loader.loadPDF(pages.pdf())) {
      Rectangle2D r = onlyFrame(doc.getPage(0)).bounds();
      assertThat(r.getMinX()).isCloseTo(LEFT, within(0.01));
      assertThat(r.getMaxX()).isCloseTo(RIGHT, within(0.01));
      assertThat(r.getMaxY()).isCloseTo(TOP, within(0.01));
      assertThat(r.getHeight()).isCloseTo(r.getWidth() * 792 / 1224, within(0.01));
    }
  }

  @Test
  void aSmallPageIsNotEnlarged() throws IOException {
    AttachmentPages.Pages pages =
        AttachmentPages.pdf(pdf(new PDRectangle(200, 100), 1), CAPTION, DATE);
    try (PDDocument doc = Loader.loadPDF(pages.pdf())) {
      Rectangle2D r = onlyFrame(doc.getPage(0)).bounds();
      assertThat(r.getWidth()).isCloseTo(200, within(0.01));
      assertThat(r.getHeight()).isCloseTo(100, within(0.01));
      assertThat(r.getCenterX()).isCloseTo(306, within(0.01));
      assertThat(r.getMaxY()).isCloseTo(TOP, within(0.01));
    }
  }

  @Test
  void aPageWhoseBoxDoesNotStartAtZeroKeepsItsTextInsideTheFrame() throws IOException {
    byte[] shifted = pdf(new PDRectangle(1000, 1000, 1224, 792), 1);
    AttachmentPages.Pages pages = AttachmentPages.pdf(shifted, CAPTION, DATE);
    try (PDDocument doc = Loader.loadPDF(pages.pdf())) {
      Rectangle2D frame = onlyFrame(doc.getPage(0)).bounds();
      List<TextPosition> source = text(doc, 1).stream().filter(t -> baseline(t) < TOP).toList();
      assertThat(string(source)).contains("SOURCE-PAGE-1");
      for (TextPosition t : source) {
        assertThat(frame.contains(t.getXDirAdj(), baseline(t))).as(t.getUnicode()).isTrue();
      }
    }
  }

  @Test
  void aCaptionOfTwoLinesOfHeadingAndTwoOfHelpIsPrintedWholeInsideTheMarginsAboveTheScan()
      throws IOException {
    AttachmentPages.Caption twoAndTwo =
        new AttachmentPages.Caption(
            "Documento adjunto 3 de 4: Contrato de alquiler de su tía Rosa, en la dirección donde"
                + " usted vivirá con ella",
            "Sirve para mostrar que se presentará a sus audiencias (no hay riesgo de fuga) y que"
                + " tiene un lugar donde vivir con su familia en Chula Vista, California.");
    AttachmentPages.Pages pages = AttachmentPages.image(png(400, 300), 400, twoAndTwo, DATE);
    try (PDDocument doc = Loader.loadPDF(pages.pdf())) {
      List<TextPosition> text = text(doc, 1);
      assertThat(text.stream().map(TextPosition::getYDirAdj).distinct().count())
          .as("lines")
          .isEqualTo(4);
      assertThat(string(text).replace(" ", ""))
          .isEqualTo((twoAndTwo.heading() + twoAndTwo.helpsShow()).replace(" ", ""));
      for (TextPosition t : text) {
        assertThat((double) t.getXDirAdj() + t.getWidthDirAdj())
            .as(t.getUnicode())
            .isLessThanOrEqualTo(RIGHT + 0.01);
        assertThat(baseline(t)).as(t.getUnicode()).isGreaterThan(TOP);
      }
    }
  }

  @Test
  void theSameScanOrPdfWithTheSameCaptionGivesTheSameBytes() throws IOException {
    byte[] scan = png(400, 300);
    assertThat(AttachmentPages.image(scan, 400, CAPTION, DATE).pdf())
        .isEqualTo(AttachmentPages.image(scan, 400, CAPTION, DATE).pdf());
    byte[] pdf = pdf(PDRectangle.LETTER, 2);
    assertThat(AttachmentPages.pdf(pdf, CAPTION, DATE).pdf())
        .isEqualTo(AttachmentPages.pdf(pdf, CAPTION, DATE).pdf());
  }

  private static Rectangle2D onlyImage(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<Rectangle2D> images = PageDrawing.of(doc.getPage(0)).images();
      assertThat(images).hasSize(1);
      return images.get(0);
    }
  }

  private static PageDrawing.Shape onlyFrame(PDPage page) throws IOException {
    List<PageDrawing.Shape> stroked =
        PageDrawing.of(page).shapes().stream().filter(s -> !s.filled()).toList();
    assertThat(stroked).hasSize(1);
    return stroked.get(0);
  }

  private static double baseline(TextPosition t) {
    return t.getPageHeight() - t.getYDirAdj();
  }

  private static String string(List<TextPosition> text) {
    StringBuilder s = new StringBuilder();
    text.forEach(t -> s.append(t.getUnicode()));
    return s.toString();
  }

  private static List<TextPosition> text(PDDocument doc, int page) throws IOException {
    List<TextPosition> found = new ArrayList<>();
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void processTextPosition(TextPosition text) {
            found.add(text);
          }
        };
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    stripper.getText(doc);
    return found;
  }

  /** A PDF of {@code count} pages of {@code box}, each saying which page it is near its middle. */
  private static byte[] pdf(PDRectangle box, int count) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      for (int i = 1; i <= count; i++) {
        PDPage page = new PDPage(box);
        doc.addPage(page);
        try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
          s.beginText();
          s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 24);
          s.newLineAtOffset(box.getLowerLeftX() + 20, box.getLowerLeftY() + box.getHeight() / 2);
          s.showText("SOURCE-PAGE-" + i);
          s.endText();
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static byte[] png(int width, int height) throws IOException {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    img.setRGB(width / 2, height / 2, 0xff0000);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }
}
