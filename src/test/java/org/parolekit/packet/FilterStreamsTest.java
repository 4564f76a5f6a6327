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
  void lzwEndsAtAClearFollowedByNoByteCode() throws IOException {
    assertThat(decode(FilterStreams.Lzw::new, lzw(256, 256, 'A'))).isEmpty();
    assertThat(decode(FilterStreams.Lzw::new, lzw(256, 257, 'A'))).isEmpty();
  }

  @Test
  void lzwDoesNotGoOnPastACodeNotYetInItsTable() throws IOException {
    assertThat(decode(FilterStreams.Lzw::new, lzw(256, '/', 400, 'A', 257))).containsExactly('/');
  }

  @Test
  void lzwReadsTheLastCodeWhenTheDataEndsRightAfterIt() throws IOException {
    byte[] packed = lzw(256, 'A', 'B', 'C', 'D', 'E', 'F', 'G');
    assertThat(packed).hasSize(9);
    assertThat(new String(decode(FilterStreams.Lzw::new, packed), StandardCharsets.US_ASCII))
        .isEqualTo("ABCDEFG");
  }

  @Test
  void lzwKeepsReadingTwelveBitCodesOnceItsTableIsFull() throws IOException {
    int[] codes = new int[5_001];
    byte[] expected = new byte[5_000];
    codes[0] = 256;
    for (int i = 0; i < expected.length; i++) {
      expected[i] = (byte) ('a' + i % 26);
      codes[i + 1] = expected[i] & 0xff;
    }
    assertThat(decode(FilterStreams.Lzw::new, lzw(codes))).isEqualTo(expected);
  }

  @Test
  void eachFilterStaysEndedOnceItHasEnded() throws IOException {
    byte[] data = sample(1_001);
    assertThat(readUntilEnd(new FilterStreams.Lzw(in(encode(COSName.LZW_DECODE, data)))))
        .isEqualTo(data);
    assertThat(readUntilEnd(new FilterStreams.Ascii85(in(encode(COSName.ASCII85_DECODE, data)))))
        .isEqualTo(data);
    assertThat(readUntilEnd(new FilterStreams.AsciiHex(in(encode(COSName.ASCII_HEX_DECODE, data)))))
        .isEqualTo(data);
    assertThat(
            readUntilEnd(new FilterStreams.RunLength(in(encode(COSName.RUN_LENGTH_DECODE, data)))))
        .isEqualTo(data);
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
  void asciiHexTakesANulByteForWhiteSpace() throws IOException {
    assertThat(
            decode(
                FilterStreams.AsciiHex::new,
                "41\u00004\u00002".getBytes(StandardCharsets.US_ASCII)))
        .containsExactly(0x41, 0x42);
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
    assertThat(decode(FilterStreams.Ascii85::new, "z{z".getBytes(StandardCharsets.US_ASCII)))
        .containsExactly(0, 0, 0, 0);
  }

  @Test
  void ascii85UnpacksAZeroGroupAfterOthersToZeros() throws IOException {
    byte[] data = {'H', 'e', 'l', 'l', 0, 0, 0, 0, 'o'};
    byte[] text = HostilePdfs.ascii85(data);
    assertThat(new String(text, StandardCharsets.US_ASCII)).contains("z");
    assertThat(decode(FilterStreams.Ascii85::new, text)).isEqualTo(data);
  }

  @Test
  void ascii85SkipsWhiteSpaceIncludingNulAndAZInsideAGroup() throws IOException {
    String text =
        new String(
            HostilePdfs.ascii85("Hello".getBytes(StandardCharsets.US_ASCII)),
            StandardCharsets.US_ASCII);
    String spaced = text.substring(0, 2) + "\u0000\n z" + text.substring(2);
    assertThat(
            new String(
                decode(FilterStreams.Ascii85::new, spaced.getBytes(StandardCharsets.US_ASCII)),
                StandardCharsets.US_ASCII))
        .isEqualTo("Hello");
  }

  /**
   * Codes packed most significant bit first, widening after 511, 1023 and 2047 table entries as
   * PDF's LZW with early change does; each code after the first of a run adds an entry.
   */
  private static byte[] lzw(int... codes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long buffer = 0;
    int bits = 0;
    int entries = 258;
    boolean first = true;
    for (int code : codes) {
      int width = entries >= 2047 ? 12 : entries >= 1023 ? 11 : entries >= 511 ? 10 : 9;
      buffer = (buffer << width) | code;
      bits += width;
      while (bits >= 8) {
        out.write((int) (buffer >>> (bits - 8)) & 0xff);
        bits -= 8;
      }
      if (code == 256) {
        entries = 258;
        first = true;
      } else if (first) {
        first = false;
      } else if (entries < 4096) {
        entries++;
      }
    }
    if (bits > 0) {
      out.write((int) (buffer << (8 - bits)) & 0xff);
    }
    return out.toByteArray();
  }

  private static byte[] readUntilEnd(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int b = in.read(); b >= 0; b = in.read()) {
      out.write(b);
    }
    assertThat(in.read()).isEqualTo(-1);
    return out.toByteArray();
  }

  private static InputStream in(byte[] data) {
    return new ByteArrayInputStream(data);
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
