package org.parolekit.packet;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Just enough of PDF's object syntax to read a trailer, a cross-reference table and a stream's
 * dictionary straight from an untrusted file's bytes, before any PDF library sees it. Reading never
 * recurses deeper than {@link #MAX_DEPTH}, and anything it does not understand comes back empty
 * rather than as an error: the library decides what a merely odd file means.
 */
final class PdfSyntax {
  /** Deepest nesting of arrays and dictionaries read; deeper values read as absent. */
  static final int MAX_DEPTH = 32;

  /** A name such as {@code /FlateDecode}, without its slash. */
  record Name(String value) {}

  /** An indirect reference such as {@code 12 0 R}. */
  record Ref(long number, long generation) {}

  /** A keyword or other bare word, such as {@code xref}, {@code obj} or {@code true}. */
  record Word(String value) {}

  /** A string, whose content does not matter here. */
  record Text() {}

  /** A value read and the position just after it. */
  record Read(Object value, int end) {}

  private final byte[] pdf;

  PdfSyntax(byte[] pdf) {
    this.pdf = pdf;
  }

  int length() {
    return pdf.length;
  }

  /**
   * The position of the first byte at or after {@code pos} that is neither white space nor in a
   * comment.
   */
  int skipSpace(int pos) {
    int p = pos;
    while (p < pdf.length) {
      int c = pdf[p] & 0xff;
      if (c == '%') {
        while (p < pdf.length && pdf[p] != '\n' && pdf[p] != '\r') {
          p++;
        }
      } else if (isSpace(c)) {
        p++;
      } else {
        break;
      }
    }
    return p;
  }

  /** The value at {@code pos}, or empty when there is none this reader understands. */
  Optional<Read> value(int pos) {
    return Optional.ofNullable(value(pos, 0));
  }

  /** A non-negative whole number at {@code pos}, saturating at {@link Long#MAX_VALUE}. */
  Optional<Read> number(int pos) {
    int p = skipSpace(pos);
    int start = p;
    long n = 0;
    while (p < pdf.length && pdf[p] >= '0' && pdf[p] <= '9') {
      n = n > (Long.MAX_VALUE - 9) / 10 ? Long.MAX_VALUE : n * 10 + (pdf[p] - '0');
      p++;
    }
    return p == start ? Optional.empty() : Optional.of(new Read(n, p));
  }

  /** The bare word at {@code pos} ({@code xref}, {@code trailer}, {@code obj}), or empty. */
  Optional<Read> word(int pos) {
    int p = skipSpace(pos);
    int start = p;
    while (p < pdf.length && isRegular(pdf[p] & 0xff)) {
      p++;
    }
    return p == start ? Optional.empty() : Optional.of(new Read(new Word(ascii(start, p)), p));
  }

  private Read value(int pos, int depth) {
    if (depth > MAX_DEPTH) {
      return null;
    }
    int p = skipSpace(pos);
    if (p >= pdf.length) {
      return null;
    }
    int c = pdf[p] & 0xff;
    if (c == '/') {
      int start = ++p;
      while (p < pdf.length && isRegular(pdf[p] & 0xff)) {
        p++;
      }
      return new Read(new Name(ascii(start, p)), p);
    }
    if (c == '<' && p + 1 < pdf.length && pdf[p + 1] == '<') {
      return dictionary(p + 2, depth);
    }
    if (c == '<') {
      int end = indexOf((byte) '>', p + 1);
      return end < 0 ? null : new Read(new Text(), end + 1);
    }
    if (c == '(') {
      return literal(p + 1);
    }
    if (c == '[') {
      List<Object> items = new ArrayList<>();
      int q = p + 1;
      while (true) {
        q = skipSpace(q);
        if (q >= pdf.length) {
          return null;
        }
        if (pdf[q] == ']') {
          return new Read(items, q + 1);
        }
        Read item = value(q, depth + 1);
        if (item == null) {
          return null;
        }
        items.add(item.value());
        q = item.end();
      }
    }
    if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.') {
      return numberOrReference(p);
    }
    Optional<Read> w = word(p);
    return w.orElse(null);
  }

  private Read dictionary(int pos, int depth) {
    Map<String, Object> entries = new HashMap<>();
    int p = pos;
    while (true) {
      p = skipSpace(p);
      if (p + 1 >= pdf.length) {
        return null;
      }
      if (pdf[p] == '>' && pdf[p + 1] == '>') {
        return new Read(entries, p + 2);
      }
      Read key = value(p, depth + 1);
      if (key == null || !(key.value() instanceof Name name)) {
        return null;
      }
      Read v = value(key.end(), depth + 1);
      if (v == null) {
        return null;
      }
      entries.put(name.value(), v.value());
      p = v.end();
    }
  }

  private Read literal(int pos) {
    int nesting = 1;
    for (int p = pos; p < pdf.length; p++) {
      int c = pdf[p];
      if (c == '\\') {
        p++;
      } else if (c == '(') {
        nesting++;
      } else if (c == ')' && --nesting == 0) {
        return new Read(new Text(), p + 1);
      }
    }
    return null;
  }

  private Read numberOrReference(int pos) {
    int p = pos;
    boolean whole = true;
    if (pdf[p] == '-' || pdf[p] == '+') {
      whole = false;
      p++;
    }
    int start = p;
    while (p < pdf.length && ((pdf[p] >= '0' && pdf[p] <= '9') || pdf[p] == '.')) {
      whole &= pdf[p] != '.';
      p++;
    }
    if (!whole || p == start) {
      return new Read(Double.NaN, Math.max(p, pos + 1));
    }
    long n = number(pos).map(r -> (Long) r.value()).orElse(0L);
    Optional<Read> generation = number(p);
    if (generation.isPresent()) {
      Optional<Read> r = word(generation.get().end());
      if (r.isPresent() && r.get().value().equals(new Word("R"))) {
        return new Read(new Ref(n, (Long) generation.get().value()), r.get().end());
      }
    }
    return new Read(n, p);
  }

  /** Where {@code needle} next starts at or after {@code from}, or -1. */
  int indexOf(byte[] needle, int from) {
    outer:
    for (int i = Math.max(0, from); i <= pdf.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (pdf[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /**
   * Where {@code needle} last starts at or before {@code from}, not before {@code floor}, or -1.
   */
  int lastIndexOf(byte[] needle, int from, int floor) {
    outer:
    for (int i = Math.min(from, pdf.length - needle.length); i >= Math.max(0, floor); i--) {
      for (int j = 0; j < needle.length; j++) {
        if (pdf[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private int indexOf(byte b, int from) {
    for (int i = from; i < pdf.length; i++) {
      if (pdf[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private String ascii(int start, int end) {
    return new String(pdf, start, end - start, StandardCharsets.ISO_8859_1);
  }

  static boolean isSpace(int c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0;
  }

  private static boolean isRegular(int c) {
    return !isSpace(c) && "()<>[]{}/%".indexOf(c) < 0;
  }
}
