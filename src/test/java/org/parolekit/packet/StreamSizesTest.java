package org.parolekit.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parolekit.core.ExitStatus;
import org.parolekit.core.ParolekitException;

/** Where an attachment's compressed streams stop being accepted: at the limits, not near them. */
class StreamSizesTest {
  private static final int MB = 1 << 20;
  private static final String ONE_PART = "unpacks to more than 2 MB (the limit for one part)";

  @TempDir Path dir;

  /** Two megabytes a stream, four in all. */
  private final AttachmentInspector inspector =
      new AttachmentInspector(
          new AttachmentLimits(
              25L * MB, 60, 60_000_000L, Duration.ofSeconds(20), 2 * MB, 4 * MB, 1_000_000));

  @Test
  void aStreamOfExactlyTheLimitIsAcceptedAndOneByteMoreIsNot() throws IOException {
    assertAccepted(HostilePdfs.withStreams("/Filter /FlateDecode", zeros(2 * MB)));
    assertRefused(HostilePdfs.withStreams("/Filter /FlateDecode", zeros(2 * MB + 1)), ONE_PART);
  }

  @Test
  void streamsOfExactlyTheTotalAreAcceptedAndOneByteMoreIsNot() throws IOException {
    byte[] two = zeros(2 * MB);
    assertAccepted(HostilePdfs.withStreams("/Filter /FlateDecode", two, two));
    assertRefused(
        HostilePdfs.withStreams("/Filter /FlateDecode", two, two, zeros(1)),
        "unpacks to more than 4 MB in all");
  }

  @Test
  void aDeclaredSizeOfExactlyTheLimitIsAcceptedAndOneByteMoreIsNot() throws IOException {
    byte[] small = zeros(10);
    assertAccepted(HostilePdfs.withStreams("/Filter /FlateDecode /DL " + 2 * MB, small));
    assertRefused(
        HostilePdfs.withStreams("/Filter /FlateDecode /Length1 " + (2 * MB + 1), small),
        "says it unpacks to 2 MB, over the limit of 2 MB for one part");
  }

  @Test
  void aStreamWhoseKeywordEndsInCarriageReturnAndLineFeedIsMeasured() throws IOException {
    assertRefused(oneStream("/Filter /FlateDecode", "\r\n", zeros(3 * MB)), ONE_PART);
  }

  @Test
  void aStreamWhoseKeywordEndsInACarriageReturnAloneIsMeasured() throws IOException {
    assertRefused(oneStream("/Filter /FlateDecode", "\r", zeros(3 * MB)), ONE_PART);
  }

  @Test
  void aStreamIsMeasuredThroughItsOwnFiltersEvenWhenItsDictionarySaysObj() throws IOException {
    byte[] hex = hex(zeros(3 * MB));
    assertRefused(HostilePdfs.withStreams("/Filter [/AHx /Fl] /Note (see obj 4)", hex), ONE_PART);
  }

  @Test
  void aStreamPastWhatIsLeftOfTheTotalIsRefusedForTheTotalThoughItIsAlsoOverThePartLimit()
      throws IOException {
    byte[] two = zeros(2 * MB);
    assertRefused(
        HostilePdfs.withStreams("/Filter /FlateDecode", two, two, zeros(3 * MB)),
        "unpacks to more than 4 MB in all");
  }

  @Test
  void aStreamMoreThanAMegabyteIntoTheFileIsMeasuredThroughItsOwnFiltersThoughItsDictionarySaysObj()
      throws IOException {
    byte[] noise = new byte[600 * 1024];
    new Random(7).nextBytes(noise);
    byte[] farAway = hex(zeros(3 * MB));
    byte[] pdf =
        HostilePdfs.withStreams(
            "/Filter [/AHx /Fl] /Note (see obj 4)", hex(HostilePdfs.deflate(noise)), farAway);
    assertThat(indexOf(pdf, farAway)).isGreaterThan(MB);
    assertRefused(pdf, ONE_PART);
  }

  @Test
  void aStreamWhoseDictionaryCannotBeReadIsMeasuredAsFlate() throws IOException {
    assertRefused(HostilePdfs.withStreams("/Filter /FlateDecode /F {x}", zeros(3 * MB)), ONE_PART);
  }

  @Test
  void aFileCutOffRightAfterAStreamKeywordIsDamagedNotUnreadable() throws IOException {
    for (String end : new String[] {"stream", "stream\r"}) {
      byte[] cut =
          ("%PDF-1.4\n1 0 obj\n<< /Length 10 >>\n" + end).getBytes(StandardCharsets.US_ASCII);
      assertRefused(cut, "is a damaged or unreadable PDF");
    }
  }

  /** A PDF of one stream object whose keyword {@code stream} is followed by {@code eol}. */
  private static byte[] oneStream(String dict, String eol, byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(
        ("%PDF-1.4\n1 0 obj\n<< /Length " + data.length + " " + dict + " >>\nstream" + eol)
            .getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(data);
    out.writeBytes("\nendstream\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  /** {@code count} zero bytes, deflated. */
  private static byte[] zeros(int count) {
    return HostilePdfs.deflate(new byte[count]);
  }

  private static int indexOf(byte[] in, byte[] part) {
    return new String(in, StandardCharsets.ISO_8859_1)
        .indexOf(new String(part, StandardCharsets.ISO_8859_1));
  }

  private static byte[] hex(byte[] data) {
    StringBuilder s = new StringBuilder();
    for (byte b : data) {
      s.append(String.format("%02x", b & 0xff));
    }
    return s.append('>').toString().getBytes(StandardCharsets.US_ASCII);
  }

  private void assertAccepted(byte[] pdf) throws IOException {
    assertThat(inspector.inspect(write(pdf), "x").pages()).isEqualTo(1);
  }

  private void assertRefused(byte[] pdf, String reason) throws IOException {
    Path f = write(pdf);
    assertThatThrownBy(() -> inspector.inspect(f, "x"))
        .isInstanceOfSatisfying(
            ParolekitException.class,
            e -> assertThat(e.status()).isEqualTo(ExitStatus.INVALID_INPUT))
        .hasMessageStartingWith("x: ")
        .hasMessageContaining(reason);
  }

  private Path write(byte[] pdf) throws IOException {
    return Files.write(dir.resolve("attachment.pdf"), pdf);
  }
}
