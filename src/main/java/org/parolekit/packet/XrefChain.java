package org.parolekit.packet;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Walks an untrusted PDF's chain of cross-reference sections ({@code startxref}, then each {@code
 * /Prev} and {@code /XRefStm}) straight from its bytes, and refuses one that declares more objects
 * than a real document holds or that loops: a PDF library sizes its tables from those numbers and
 * follows that chain without counting. A chain it cannot follow ends quietly; the library rebuilds
 * such files from their objects.
 */
final class XrefChain {
  /** More sections than this is a loop in all but name: real files are updated a few times. */
  static final int MAX_SECTIONS = 1000;

  private static final byte[] STARTXREF = "startxref".getBytes(StandardCharsets.US_ASCII);

  private final PdfSyntax pdf;
  private final long maxObjects;

  XrefChain(PdfSyntax pdf, long maxObjects) {
    this.pdf = pdf;
    this.maxObjects = maxObjects;
  }

  /**
   * @throws UnsafePdf when a section declares too many objects or the chain loops
   */
  void check() {
    int at = pdf.lastIndexOf(STARTXREF, pdf.length() - 1, Math.max(0, pdf.length() - 2048));
    if (at < 0) {
      return;
    }
    Optional<PdfSyntax.Read> first = pdf.number(at + STARTXREF.length);
    if (first.isEmpty()) {
      return;
    }
    Set<Long> visited = new HashSet<>();
    Deque<Long> pending = new ArrayDeque<>();
    pending.push((Long) first.get().value());
    while (!pending.isEmpty()) {
      long offset = pending.pop();
      if (!visited.add(offset) || visited.size() > MAX_SECTIONS) {
        throw new UnsafePdf("xrefLoop");
      }
      if (offset < 0 || offset >= pdf.length()) {
        continue;
      }
      Map<String, Object> trailer = section((int) offset);
      if (trailer == null) {
        continue;
      }
      checkCount(trailer.get("Size"), 0);
      offsetIn(trailer.get("XRefStm")).ifPresent(pending::push);
      offsetIn(trailer.get("Prev")).ifPresent(pending::push);
    }
  }

  /** The trailer (or cross-reference stream dictionary) of the section at {@code pos}, or null. */
  private Map<String, Object> section(int pos) {
    Optional<PdfSyntax.Read> keyword = pdf.word(pos);
    if (keyword.isPresent() && keyword.get().value().equals(new PdfSyntax.Word("xref"))) {
      return table(keyword.get().end());
    }
    return stream(pos);
  }

  /** A classic table: subsections of {@code start count} and 20-byte entries, then the trailer. */
  private Map<String, Object> table(int pos) {
    int p = pos;
    while (true) {
      Optional<PdfSyntax.Read> start = pdf.number(p);
      if (start.isEmpty()) {
        Optional<PdfSyntax.Read> word = pdf.word(p);
        if (word.isEmpty() || !word.get().value().equals(new PdfSyntax.Word("trailer"))) {
          return null;
        }
        return pdf.value(word.get().end()).map(r -> asDictionary(r.value())).orElse(null);
      }
      Optional<PdfSyntax.Read> count = pdf.number(start.get().end());
      if (count.isEmpty()) {
        return null;
      }
      long n = (Long) count.get().value();
      checkCount(n, (Long) start.get().value());
      p = count.get().end();
      for (long i = 0; i < n; i++) {
        Optional<PdfSyntax.Read> offset = pdf.number(p);
        Optional<PdfSyntax.Read> generation = offset.flatMap(r -> pdf.number(r.end()));
        Optional<PdfSyntax.Read> kind = generation.flatMap(r -> pdf.word(r.end()));
        if (kind.isEmpty()) {
          return null;
        }
        p = kind.get().end();
      }
    }
  }

  /** A cross-reference stream: {@code n g obj << /Type /XRef /Size /Index /W ... >> stream}. */
  private Map<String, Object> stream(int pos) {
    Optional<PdfSyntax.Read> header =
        pdf.number(pos).flatMap(n -> pdf.number(n.end())).flatMap(g -> pdf.word(g.end()));
    if (header.isEmpty() || !header.get().value().equals(new PdfSyntax.Word("obj"))) {
      return null;
    }
    Map<String, Object> dict =
        pdf.value(header.get().end()).map(r -> asDictionary(r.value())).orElse(null);
    if (dict == null) {
      return null;
    }
    if (dict.get("Index") instanceof List<?> index) {
      for (int i = 0; i + 1 < index.size(); i += 2) {
        if (index.get(i) instanceof Long start) {
          checkCount(index.get(i + 1), start);
        }
      }
    }
    return dict;
  }

  private void checkCount(Object count, long start) {
    if (count instanceof Long n && (n > maxObjects || start > maxObjects - n)) {
      throw new UnsafePdf("tooManyObjects", String.valueOf(n), String.valueOf(maxObjects));
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asDictionary(Object value) {
    return value instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
  }

  private static Optional<Long> offsetIn(Object value) {
    return value instanceof Long n ? Optional.of(n) : Optional.empty();
  }
}
