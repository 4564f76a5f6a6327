package org.parolekit.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parolekit.core.ExitStatus;
import org.parolekit.core.ParolekitException;

class AttachmentInspectorTest {
  @TempDir Path dir;
  private final AttachmentInspector inspector = new AttachmentInspector(AttachmentLimits.DEFAULT);

  @Test
  void acceptsAGoodPdfAndCountsItsPages() throws Exception {
    Path f = write("letter.pdf", pdf(3, false));
    InspectedAttachment a = inspector.inspect(f, "attachments[0].file");
    assertThat(a.kind()).isEqualTo(AttachmentKind.PDF);
    assertThat(a.pages()).isEqualTo(3);
  }

  @Test
  void acceptsPngAndJpegScans() throws Exception {
    assertThat(inspector.inspect(write("id.png", image("png")), "x").kind())
        .isEqualTo(AttachmentKind.PNG);
    assertThat(inspector.inspect(write("id.jpg", image("jpg")), "x").kind())
        .isEqualTo(AttachmentKind.JPEG);
  }

  @Test
  void refusesAJpegRenamedPdf() throws Exception {
    Path f = write("lease.pdf", image("jpg"));
    assertRefused(
        f,
        "attachments[1].file",
        "named like a PDF document but is a JPEG image",
        "Rename it to end in .jpg");
  }

  @Test
  void refusesAnEmptyFile() throws Exception {
    assertRefused(write("empty.pdf", new byte[0]), "attachments[0].file", "is empty");
  }

  @Test
  void refusesACorruptPdf() throws Exception {
    byte[] bytes =
        "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >> garbage garbage"
            .getBytes(StandardCharsets.US_ASCII);
    assertRefused(write("broken.pdf", bytes), "attachments[0].file", "damaged or unreadable PDF");
  }

  @Test
  void refusesATruncatedPdf() throws Exception {
    byte[] good = pdf(2, false);
    byte[] half = java.util.Arrays.copyOf(good, good.length / 3);
    assertRefused(write("half.pdf", half), "attachments[0].file", "PDF");
  }

  @Test
  void refusesAnEncryptedPdf() throws Exception {
    assertRefused(write("locked.pdf", pdf(1, true)), "attachments[0].file", "password");
  }

  @Test
  void refusesAFileOfAnotherKind() throws Exception {
    assertRefused(
        write("notes.pdf", "just some text".getBytes(StandardCharsets.UTF_8)),
        "x",
        "is not a PDF, JPEG or PNG file");
  }

  @Test
  void aFileOfNothingButItsKindsSignatureIsThatKindDamagedAndAShorterOneIsNoKind()
      throws Exception {
    assertRefused(
        write("statement.pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII)),
        "x",
        "is a damaged or unreadable PDF");
    assertRefused(
        write("scan.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
        "x",
        "is a broken image");
    assertRefused(
        write("cut.pdf", "%PD".getBytes(StandardCharsets.US_ASCII)),
        "x",
        "is not a PDF, JPEG or PNG file");
  }

  @Test
  void refusesABrokenImage() throws Exception {
    byte[] png = image("png");
    byte[] broken = java.util.Arrays.copyOf(png, 40);
    assertRefused(write("scan.png", broken), "x", "broken image");
  }

  @Test
  void refusesAnImageBombBeforeDecodingIt() throws Exception {
    assertRefused(
        write("bomb.png", pngHeaderOnly(100_000, 100_000)),
        "x",
        "100000 x 100000 pixels",
        "Scan it at a lower resolution");
  }

  @Test
  void refusesTooManyPages() throws Exception {
    AttachmentInspector strict =
        new AttachmentInspector(new AttachmentLimits(1 << 20, 2, 1_000_000, Duration.ofSeconds(5)));
    Path f = write("many.pdf", pdf(3, false));
    assertThatThrownBy(() -> strict.inspect(f, "x"))
        .hasMessageContaining("has 3 pages, over the limit of 2");
  }

  @Test
  void refusesAFileOverTheSizeLimit() throws Exception {
    AttachmentInspector strict =
        new AttachmentInspector(new AttachmentLimits(1000, 2, 1_000_000, Duration.ofSeconds(5)));
    Path f = write("big.pdf", pdf(3, false));
    assertThatThrownBy(() -> strict.inspect(f, "x")).hasMessageContaining("over the limit");
  }

  @Test
  void deeplyNestedPdfObjectsNeitherCrashNorHang() throws Exception {
    String nested = "[".repeat(200_000) + "]".repeat(200_000);
    String body =
        "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R /X "
            + nested
            + " >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\n"
            + "trailer << /Root 1 0 R >>\n%%EOF\n";
    Path f = write("deep.pdf", body.getBytes(StandardCharsets.US_ASCII));
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () -> assertRefused(f, "attachments[0].file", "damaged or unreadable PDF"));
  }

  @Test
  void aCompressedStreamBombIsNotExpanded() throws Exception {
    byte[] zeros = new byte[64 * 1024 * 1024];
    Deflater d = new Deflater(9);
    d.setInput(zeros);
    d.finish();
    ByteArrayOutputStream z = new ByteArrayOutputStream();
    byte[] buf = new byte[65536];
    while (!d.finished()) {
      z.write(buf, 0, d.deflate(buf));
    }
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    pdf.writeBytes(
        ("%PDF-1.4\n"
                + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>"
                + " endobj\n"
                + "4 0 obj << /Length "
                + z.size()
                + " /Filter /FlateDecode >> stream\n")
            .getBytes(StandardCharsets.US_ASCII));
    pdf.writeBytes(z.toByteArray());
    pdf.writeBytes(
        "\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII));
    InspectedAttachment a = inspector.inspect(write("bomb.pdf", pdf.toByteArray()), "x");
    assertThat(a.pages()).isEqualTo(1);
  }

  @Test
  void refusesAStreamThatUnpacksToAGigabyteWithoutUnpackingIt() throws Exception {
    Path f = write("bomb.pdf", HostilePdfs.flateBomb(1L << 30));
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () ->
            assertRefused(
                f,
                "x",
                "unpacks to more than 64 MB",
                "Print it to a new PDF, or scan the paper again at 300 dpi"));
  }

  @Test
  void refusesABombBehindAscii85() throws Exception {
    byte[] deflated = HostilePdfs.deflatedSpaces(80L << 20);
    Path f =
        write(
            "a85.pdf",
            HostilePdfs.withStreams("/Filter [/A85 /Fl]", HostilePdfs.ascii85(deflated)));
    assertRefused(f, "x", "unpacks to more than 64 MB");
  }

  @Test
  void refusesAStreamThatDeclaresAHugeDecodedLength() throws Exception {
    Path f =
        write(
            "dl.pdf",
            HostilePdfs.withStreams(
                "/Filter /FlateDecode /DL 99999999999", HostilePdfs.deflate(new byte[10])));
    assertRefused(f, "x", "says it unpacks to 95367 MB, over the limit of 64 MB");
  }

  @Test
  void refusesStreamsThatTogetherUnpackPastTheTotal() throws Exception {
    AttachmentInspector strict =
        new AttachmentInspector(
            new AttachmentLimits(
                1 << 20, 2, 1_000_000, Duration.ofSeconds(5), 8L << 20, 16L << 20, 1000));
    byte[] six = HostilePdfs.deflatedSpaces(6L << 20);
    Path f = write("many.pdf", HostilePdfs.withStreams("/Filter /FlateDecode", six, six, six));
    assertThatThrownBy(() -> strict.inspect(f, "x"))
        .hasMessage(
            "x: unpacks to more than 16 MB in all, over the limit for one attachment. Print it to a"
                + " new PDF, or scan the paper again at 300 dpi, and attach that.");
    assertThat(
            strict
                .inspect(
                    write("two.pdf", HostilePdfs.withStreams("/Filter /FlateDecode", six, six)),
                    "x")
                .pages())
        .isEqualTo(1);
  }

  @Test
  void refusesHugeOrLoopingCrossReferenceTablesQuickly() throws Exception {
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> {
          assertRefused(
              write("size.pdf", HostilePdfs.trailerSize(2_000_000_000L)),
              "x",
              "declares 2000000000 objects, over the limit of 1000000");
          assertRefused(
              write("count.pdf", HostilePdfs.subsectionCount(999_999_999L)),
              "x",
              "declares 999999999 objects");
          assertRefused(
              write("self.pdf", HostilePdfs.prevToItself()),
              "x",
              "loops back on itself",
              "save it again");
          assertRefused(write("loop.pdf", HostilePdfs.prevLoop()), "x", "loops back on itself");
        });
  }

  @Test
  void acceptsTheGoodTwinsOfTheHostileFiles() throws Exception {
    assertThat(inspector.inspect(write("plain.pdf", HostilePdfs.plain()), "x").pages())
        .isEqualTo(1);
    assertThat(inspector.inspect(write("size.pdf", HostilePdfs.trailerSize(5)), "x").pages())
        .isEqualTo(1);
    byte[] small = HostilePdfs.deflatedSpaces(2L << 20);
    assertThat(
            inspector
                .inspect(
                    write(
                        "a85.pdf",
                        HostilePdfs.withStreams("/Filter [/A85 /Fl]", HostilePdfs.ascii85(small))),
                    "x")
                .pages())
        .isEqualTo(1);
  }

  /** Found by fuzzing: accepted, then the packet failed copying the page (exit 70). */
  @Test
  void refusesAPdfWhoseContentStreamRunsPastTheEnd() throws Exception {
    byte[] seed =
        Files.readAllBytes(
            Path.of(
                "src/test/resources/org/parolekit/packet/AttachmentInspectorFuzzTestInputs"
                    + "/refusesOrLaysOutAnyAttachment/content-stream-past-the-end"));
    Path f = write("spliced.pdf", java.util.Arrays.copyOfRange(seed, 1, seed.length));
    assertRefused(f, "x", "damaged or unreadable PDF");
  }

  private void assertRefused(Path f, String label, String... fragments) {
    assertThatThrownBy(() -> inspector.inspect(f, label))
        .isInstanceOfSatisfying(
            ParolekitException.class,
            e -> assertThat(e.status()).isEqualTo(ExitStatus.INVALID_INPUT))
        .hasMessageStartingWith(label + ": ")
        .hasMessageContainingAll(fragments);
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path f = dir.resolve(name);
    Files.write(f, bytes);
    return f;
  }

  static byte[] pdf(int pages, boolean encrypted) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document();
    PdfWriter.getInstance(doc, out);
    doc.open();
    for (int i = 1; i <= pages; i++) {
      if (i > 1) {
        doc.newPage();
      }
      doc.add(new Paragraph("Page " + i));
    }
    doc.close();
    return encrypted ? encrypt(out.toByteArray(), "user") : out.toByteArray();
  }

  private static byte[] encrypt(byte[] pdf, String userPassword) throws IOException {
    try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      var policy =
          new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy(
              "owner", userPassword, new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
      policy.setEncryptionKeyLength(128);
      d.protect(policy);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      d.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void refusesAPdfEncryptedWithOnlyAnOwnerPassword() throws Exception {
    assertRefused(
        write("owner-only.pdf", encrypt(pdf(1, false), "")), "attachments[0].file", "encrypted");
  }

  static byte[] image(String format) throws IOException {
    BufferedImage img = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
    img.setRGB(5, 5, 0xff0000);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, format, out);
    return out.toByteArray();
  }

  private static byte[] pngHeaderOnly(int width, int height) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
    java.nio.ByteBuffer ihdr =
        java.nio.ByteBuffer.allocate(13)
            .putInt(width)
            .putInt(height)
            .put((byte) 8)
            .put((byte) 2)
            .put((byte) 0)
            .put((byte) 0)
            .put((byte) 0);
    byte[] type = "IHDR".getBytes(StandardCharsets.US_ASCII);
    out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(13).array());
    out.writeBytes(type);
    out.writeBytes(ihdr.array());
    CRC32 crc = new CRC32();
    crc.update(type);
    crc.update(ihdr.array());
    out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    return out.toByteArray();
  }
}
