package org.parolekit.packet;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Adler32;
import java.util.zip.Deflater;

/**
 * Small PDFs built to hurt a reader: a compressed stream that unpacks to a gigabyte, a
 * cross-reference table that declares billions of objects, a {@code /Prev} chain that loops. Each
 * is a real one-page PDF otherwise, so a reader that does not guard against it accepts it.
 */
public final class HostilePdfs {
  private static final String CATALOG = "<< /Type /Catalog /Pages 2 0 R >>";
  private static final String PAGES = "<< /Type /Pages /Kids [3 0 R] /Count 1 >>";
  private static final String PAGE =
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>";

  private HostilePdfs() {}

  /**
   * A one-page PDF whose content stream is deflated twice and unpacks to {@code inflated} spaces.
   */
  public static byte[] flateBomb(long inflated) {
    byte[] once = deflatedSpaces(inflated);
    byte[] twice = deflate(once);
    Builder b = new Builder();
    b.object(CATALOG).object(PAGES).object(PAGE);
    b.stream("<< /Length " + twice.length + " /Filter [/FlateDecode /FlateDecode] >>", twice);
    return b.classicXref("").build();
  }

  /**
   * A one-page PDF whose content stream is followed by extra streams, each with the dictionary
   * entries {@code dict} (besides {@code /Length}) and the data given.
   */
  public static byte[] withStreams(String dict, byte[]... data) {
    Builder b = plainBody();
    for (byte[] d : data) {
      b.stream("<< /Length " + d.length + " " + dict + " >>", d);
    }
    return b.classicXref("").build();
  }

  /** {@code data} in ASCII85, ending with {@code ~>}. */
  static byte[] ascii85(byte[] data) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < data.length; i += 4) {
      int n = Math.min(4, data.length - i);
      long v = 0;
      for (int k = 0; k < 4; k++) {
        v = (v << 8) | (k < n ? data[i + k] & 0xff : 0);
      }
      if (n == 4 && v == 0) {
        s.append('z');
        continue;
      }
      char[] group = new char[5];
      for (int k = 4; k >= 0; k--) {
        group[k] = (char) ('!' + v % 85);
        v /= 85;
      }
      s.append(group, 0, n + 1);
    }
    return s.append("~>").toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** A one-page PDF with a plain content stream: the good twin of the others. */
  public static byte[] plain() {
    byte[] content = "BT /F1 12 Tf 72 720 Td (Hello) Tj ET".getBytes(StandardCharsets.US_ASCII);
    Builder b = new Builder();
    b.object(CATALOG).object(PAGES).object(PAGE);
    b.stream("<< /Length " + content.length + " >>", content);
    return b.classicXref("").build();
  }

  /** A one-page PDF whose trailer says it holds {@code size} objects. */
  public static byte[] trailerSize(long size) {
    Builder b = plainBody();
    return b.classicXref("", size).build();
  }

  /** A one-page PDF whose xref subsection header is {@code "0 <count>"}. */
  public static byte[] subsectionCount(long count) {
    Builder b = plainBody();
    int xref = b.size();
    b.ascii("xref\n0 " + count + "\n0000000000 65535 f \n");
    for (int i = 1; i < b.offsets.size() + 1; i++) {
      b.ascii(String.format("%010d 00000 n \n", b.offsets.get(i - 1)));
    }
    b.ascii(
        "trailer\n<< /Size "
            + (b.offsets.size() + 1)
            + " /Root 1 0 R >>\nstartxref\n"
            + xref
            + "\n%%EOF\n");
    return b.build();
  }

  /** A one-page PDF whose only xref's trailer names itself as {@code /Prev}. */
  public static byte[] prevToItself() {
    Builder b = plainBody();
    int xref = b.size();
    return b.classicXref("/Prev " + xref).build();
  }

  /**
   * A one-page PDF updated once, whose first xref's {@code /Prev} points forward to the update's
   * xref, which points back to the first: the chain never ends.
   */
  public static byte[] prevLoop() {
    Builder b = plainBody();
    int first = b.size();
    String tail = "startxref\n" + first + "\n%%EOF\n";
    int second = first + b.xrefSection(String.format("/Prev %010d", 0)).length + tail.length();
    b.out.writeBytes(b.xrefSection(String.format("/Prev %010d", second)));
    b.ascii(tail);
    b.out.writeBytes(b.xrefSection("/Prev " + first));
    b.ascii("startxref\n" + second + "\n%%EOF\n");
    return b.build();
  }

  private static Builder plainBody() {
    byte[] content = "BT /F1 12 Tf 72 720 Td (Hello) Tj ET".getBytes(StandardCharsets.US_ASCII);
    Builder b = new Builder();
    b.object(CATALOG).object(PAGES).object(PAGE);
    b.stream("<< /Length " + content.length + " >>", content);
    return b;
  }

  /**
   * A zlib stream of {@code count} spaces, built from one repeated full-flush block so that a
   * gigabyte takes milliseconds to make.
   */
  static byte[] deflatedSpaces(long count) {
    int chunk = 1 << 20;
    if (count % chunk != 0 || count < 2L * chunk) {
      throw new IllegalArgumentException("a whole number of MiB, at least 2");
    }
    byte[] spaces = new byte[chunk];
    Arrays.fill(spaces, (byte) ' ');
    Deflater d = new Deflater(Deflater.BEST_COMPRESSION);
    byte[] first = flush(d, spaces);
    byte[] repeated = flush(d, spaces);
    if (!Arrays.equals(repeated, flush(d, spaces))) {
      throw new IllegalStateException("flushed blocks differ");
    }
    d.end();
    Adler32 adler = new Adler32();
    for (long i = 0; i < count / chunk; i++) {
      adler.update(spaces);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(first);
    for (long i = 1; i < count / chunk; i++) {
      out.writeBytes(repeated);
    }
    out.write(0x03);
    out.write(0x00);
    long sum = adler.getValue();
    out.write((int) (sum >>> 24) & 0xff);
    out.write((int) (sum >>> 16) & 0xff);
    out.write((int) (sum >>> 8) & 0xff);
    out.write((int) sum & 0xff);
    return out.toByteArray();
  }

  private static byte[] flush(Deflater d, byte[] input) {
    d.setInput(input);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[1 << 16];
    int n;
    do {
      n = d.deflate(buf, 0, buf.length, Deflater.FULL_FLUSH);
      out.write(buf, 0, n);
    } while (n == buf.length || !d.needsInput());
    return out.toByteArray();
  }

  static byte[] deflate(byte[] input) {
    Deflater d = new Deflater(Deflater.BEST_COMPRESSION);
    d.setInput(input);
    d.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[1 << 16];
    while (!d.finished()) {
      out.write(buf, 0, d.deflate(buf));
    }
    d.end();
    return out.toByteArray();
  }

  /** Writes numbered objects and a cross-reference table with true offsets. */
  static final class Builder {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final List<Integer> offsets = new ArrayList<>();

    Builder() {
      ascii("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
    }

    Builder object(String body) {
      offsets.add(out.size());
      ascii((offsets.size()) + " 0 obj\n" + body + "\nendobj\n");
      return this;
    }

    Builder stream(String dict, byte[] data) {
      offsets.add(out.size());
      ascii((offsets.size()) + " 0 obj\n" + dict + "\nstream\n");
      out.writeBytes(data);
      ascii("\nendstream\nendobj\n");
      return this;
    }

    int size() {
      return out.size();
    }

    Builder classicXref(String trailerExtra) {
      return classicXref(trailerExtra, offsets.size() + 1);
    }

    Builder classicXref(String trailerExtra, long size) {
      int xref = out.size();
      out.writeBytes(xrefTable(size, trailerExtra));
      ascii("startxref\n" + xref + "\n%%EOF\n");
      return this;
    }

    byte[] xrefSection(String trailerExtra) {
      return xrefTable(offsets.size() + 1, trailerExtra);
    }

    private byte[] xrefTable(long size, String trailerExtra) {
      StringBuilder s =
          new StringBuilder("xref\n0 " + (offsets.size() + 1) + "\n0000000000 65535 f \n");
      for (int offset : offsets) {
        s.append(String.format("%010d 00000 n \n", offset));
      }
      s.append("trailer\n<< /Size ")
          .append(size)
          .append(" /Root 1 0 R ")
          .append(trailerExtra)
          .append(" >>\n");
      return s.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    void ascii(String s) {
      out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    byte[] build() {
      return out.toByteArray();
    }
  }
}
