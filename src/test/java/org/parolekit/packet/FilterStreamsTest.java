package org.parolekit.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.function.Function;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.filter.FilterFactory;
import org.junit.jupiter.api.Test;

/** What each filter stream unpacks data to, checked against PDFBox's own encoders. */
class FilterStreamsTest {
  private static final long SEED = 17;

  @Test
  void lzwUnpacksWhatPdfBoxPackedEvenPastTheLongestCode() throws IOException {
    byte[] data = sample(200_000);
    assertThat(decode(FilterStreams.Lzw::new, encode(COSName.LZW_DECODE, data))).isEqualTo(data);
  }

  @Test
  void lzwUnpacksRepetitiveTextWhoseCodesReferToTheEntryBeingBuilt() throws IOException {
    byte[] data = "a".repeat(5_000).getBytes(StandardCharsets.US_ASCII);
    assertThat(decode(FilterStreams.Lzw::new, encode(COSName.LZW_DECODE, data))).isEqualTo(data);
  }

  @Test
  void lzwStopsAtACodeNotYetInItsTable() throws IOException {
    // 9-bit codes: clear (256), '/' (47), then 511, which no entry has yet
    byte[] codes = {(byte) 0x80, 0x0b, (byte) 0xff, (byte) 0xf0};
    assertThat(decode(FilterStreams.Lzw::new, codes)).containsExactly('/');
  }

  @Test
  void runLengthUnpacksWhatPdfBoxPacked() throws IOException {
    byte[] data = sample(50_000);
    assertThat(decode(FilterStreams.RunLength::new, encode(COSName.RUN_LENGTH_DECODE, data)))
        .isEqualTo(data);
  }

  @Test
  void runLengthRepeatsAByteAndEndsAtTheEndMarker() throws IOException {
    byte[] packed = {(byte) 254, 'x', 1, 'a', 'b', (byte) 128, 'z'};
    assertThat(new String(decode(FilterStreams.RunLength::new, packed), StandardCharsets.US_ASCII))
        .isEqualTo("xxxab");
  }

  @Test
  void runLengthEndsWhereItsDataRunsOut() throws IOException {
    assertThat(decode(FilterStreams.RunLength::new, new byte[] {4, 'a', 'b'})).hasSize(2);
    assertThat(decode(FilterStreams.RunLength::new, new byte[] {(byte) 200})).isEmpty();
  }

  @Test
  void asciiHexUnpacksWhatPdfBoxPacked() throws IOException {
    byte[] data = sample(10_000);
    assertThat(decode(FilterStreams.AsciiHex::new, encode(COSName.ASCII_HEX_DECODE, data)))
        .isEqualTo(data);
  }

  @Test
  void asciiHexSkipsSpacesAndPadsALastLoneDigit() throws IOException {
    byte[] hex = "4 1\n4a 7>ff".getBytes(StandardCharsets.US_ASCII);
    assertThat(decode(FilterStreams.AsciiHex::new, hex)).containsExactly(0x41, 0x4a, 0x70);
    assertThat(decode(FilterStreams.AsciiHex::new, "41x42".getBytes(StandardCharsets.US_ASCII)))
        .containsExactly(0x41);
  }

  @Test
  void ascii85UnpacksWhatPdfBoxPacked() throws IOException {
    byte[] data = sample(10_001);
    data[0] = data[1] = data[2] = data[3] = 0;
    assertThat(decode(FilterStreams.Ascii85::new, encode(COSName.ASCII85_DECODE, data)))
        .isEqualTo(data);
  }

  @Test
  void ascii85UnpacksAShortLastGroupAndStopsAtABadCharacter() throws IOException {
    byte[] text = HostilePdfs.ascii85("Hello".getBytes(StandardCharsets.US_ASCII));
    assertThat(new String(decode(FilterStreams.Ascii85::new, text), StandardCharsets.US_ASCII))
        .isEqualTo("Hello");
    assertThat(decode(FilterStreams.Ascii85::new, "z{".getBytes(StandardCharsets.US_ASCII)))
        .containsExactly(0, 0, 0, 0);
  }

  private static byte[] sample(int size) {
    Random random = new Random(SEED);
    byte[] data = new byte[size];
    for (int i = 0; i < size; i++) {
      data[i] = (byte) (i % 7 < 3 ? random.nextInt(4) : random.nextInt(256));
    }
    return data;
  }

  private static byte[] encode(COSName filter, byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FilterFactory.INSTANCE
        .getFilter(filter)
        .encode(new ByteArrayInputStream(data), out, new COSDictionary(), 0);
    return out.toByteArray();
  }

  private static byte[] decode(Function<InputStream, InputStream> filter, byte[] packed)
      throws IOException {
    try (InputStream in = filter.apply(new ByteArrayInputStream(packed))) {
      return in.readAllBytes();
    }
  }
}
