package org.parolekit.packet;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Measures what every compressed stream in an untrusted PDF unpacks to, by unpacking it in small
 * chunks and keeping nothing, and refuses a file whose stream, or whose streams together, would
 * unpack past the limits: a few kilobytes of Flate can unpack to gigabytes in the reader that
 * prints the packet. A stream's declared sizes ({@code /DL}, {@code /Length1}) count too.
 */
final class StreamSizes {
  private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] OBJ = "obj".getBytes(StandardCharsets.US_ASCII);
  private static final int CHUNK = 64 * 1024;

  private final PdfSyntax pdf;
  private final long maxStream;
  private final long maxTotal;
  private final byte[] bytes;

  StreamSizes(byte[] bytes, long maxStream, long maxTotal) {
    this.bytes = bytes;
    this.pdf = new PdfSyntax(bytes);
    this.maxStream = maxStream;
    this.maxTotal = maxTotal;
  }

  /**
   * @throws UnsafePdf when a stream or all of them unpack past the limits
   */
  void check() {
    long total = 0;
    int floor = 0;
    for (int at = pdf.indexOf(STREAM, 0); at >= 0; at = pdf.indexOf(STREAM, at + STREAM.length)) {
      int data = dataStart(at);
      if (data < 0) {
        continue;
      }
      List<String> filters = filters(dictionaryBefore(at, floor));
      floor = data;
      long size = unpackedSize(data, filters, Math.min(maxStream, maxTotal - total) + 1);
      if (size > maxStream) {
        throw new UnsafePdf("streamTooBig", mb(maxStream));
      }
      total += size;
      if (total > maxTotal) {
        throw new UnsafePdf("totalTooBig", mb(maxTotal));
      }
    }
  }

  /** Where the data of a stream whose keyword is at {@code at} starts, or -1 if it is no stream. */
  private int dataStart(int at) {
    boolean endstream =
        at >= 3 && bytes[at - 3] == 'e' && bytes[at - 2] == 'n' && bytes[at - 1] == 'd';
    int after = at + STREAM.length;
    if (endstream || after >= bytes.length || (bytes[after] != '\n' && bytes[after] != '\r')) {
      return -1;
    }
    int p = at - 1;
    while (p >= 0 && PdfSyntax.isSpace(bytes[p] & 0xff)) {
      p--;
    }
    if (p < 1 || bytes[p] != '>' || bytes[p - 1] != '>') {
      return -1;
    }
    return bytes[after] == '\r' && after + 1 < bytes.length && bytes[after + 1] == '\n'
        ? after + 2
        : after + 1;
  }

  /**
   * The dictionary of the stream at {@code at}, read forward from its {@code n g obj} header, or
   * null when it cannot be read (then the stream is measured as if it were Flate).
   */
  private Map<String, Object> dictionaryBefore(int at, int floor) {
    for (int o = pdf.lastIndexOf(OBJ, at - 1, floor);
        o >= 0;
        o = pdf.lastIndexOf(OBJ, o - 1, floor)) {
      Optional<PdfSyntax.Read> dict = pdf.value(o + OBJ.length);
      if (dict.isPresent() && dict.get().value() instanceof Map<?, ?> m) {
        Optional<PdfSyntax.Read> keyword = pdf.word(dict.get().end());
        if (keyword.isPresent() && keyword.get().end() == at + STREAM.length) {
          checkDeclared(m.get("DL"));
          checkDeclared(m.get("Length1"));
          @SuppressWarnings("unchecked")
          Map<String, Object> typed = (Map<String, Object>) m;
          return typed;
        }
      }
      if (at - o > 1 << 20) {
        break;
      }
    }
    return null;
  }

  private void checkDeclared(Object size) {
    if (size instanceof Long n && n > maxStream) {
      throw new UnsafePdf("declaredTooBig", mb(n), mb(maxStream));
    }
  }

  private static List<String> filters(Map<String, Object> dict) {
    if (dict == null) {
      return List.of("FlateDecode");
    }
    Object f = dict.get("Filter");
    List<String> names = new ArrayList<>();
    if (f instanceof PdfSyntax.Name n) {
      names.add(n.value());
    } else if (f instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof PdfSyntax.Name n) {
          names.add(n.value());
        }
      }
    }
    return names;
  }

  /**
   * How many bytes the stream at {@code data} unpacks to through {@code filters}, counting at most
   * {@code cap}. Unpacking stops at the first image codec or unknown filter (what a PDF library
   * hands on undecoded) and at the first error (what it cannot decode either).
   */
  private long unpackedSize(int data, List<String> filters, long cap) {
    List<Inflater> inflaters = new ArrayList<>();
    InputStream in = new ByteArrayInputStream(bytes, data, bytes.length - data);
    int stages = 0;
    for (String f : filters) {
      InputStream next =
          switch (f) {
            case "FlateDecode", "Fl" -> {
              Inflater inflater = new Inflater();
              inflaters.add(inflater);
              yield new InflaterInputStream(in, inflater, CHUNK);
            }
            case "LZWDecode", "LZW" -> new FilterStreams.Lzw(in);
            case "ASCIIHexDecode", "AHx" -> new FilterStreams.AsciiHex(in);
            case "ASCII85Decode", "A85" -> new FilterStreams.Ascii85(in);
            case "RunLengthDecode", "RL" -> new FilterStreams.RunLength(in);
            default -> null;
          };
      if (next == null) {
        break;
      }
      in = new BufferedInputStream(next, CHUNK);
      stages++;
    }
    if (stages == 0) {
      return 0;
    }
    long count = 0;
    byte[] buf = new byte[CHUNK];
    try {
      for (int n = in.read(buf); n > 0 && count < cap; n = in.read(buf)) {
        count += n;
        if (Thread.currentThread().isInterrupted()) {
          throw new UnsafePdf("failed");
        }
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof UnsafePdf u) {
        throw u;
      }
    } finally {
      inflaters.forEach(Inflater::end);
    }
    return count;
  }

  private static String mb(long bytes) {
    return String.valueOf(bytes / (1024 * 1024));
  }
}
