package org.parolekit.packet;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * PDF's non-Flate stream filters as streams that unpack a byte at a time, so that what an untrusted
 * stream unpacks to can be measured without holding it. Malformed input ends the stream early; only
 * its size matters here, not its exact bytes.
 */
final class FilterStreams {
  private FilterStreams() {}

  /** {@code /LZWDecode} with the default early change. */
  static final class Lzw extends InputStream {
    private static final int CLEAR = 256;
    private static final int END = 257;
    private final InputStream in;
    private final byte[][] table = new byte[4096][];
    private int tableIndex;
    private int codeLength;
    private int bitBuffer;
    private int bitCount;
    private byte[] current = new byte[0];
    private int position;
    private byte[] previous;
    private boolean done;

    Lzw(InputStream in) {
      this.in = in;
      for (int i = 0; i < 256; i++) {
        table[i] = new byte[] {(byte) i};
      }
      clear();
    }

    @Override
    public int read() throws IOException {
      while (position >= current.length) {
        if (done || !next()) {
          done = true;
          return -1;
        }
      }
      return current[position++] & 0xff;
    }

    private boolean next() throws IOException {
      int code = code();
      if (code == CLEAR) {
        clear();
        code = code();
        if (code < 0 || code >= 256) {
          return false;
        }
        previous = table[code];
        return emit(previous);
      }
      if (code < 0 || code == END) {
        return false;
      }
      byte[] entry;
      if (code < tableIndex) {
        entry = table[code];
        if (previous != null) {
          add(previous, entry[0]);
        }
      } else if (code == tableIndex && previous != null) {
        entry = add(previous, previous[0]);
      } else {
        return false;
      }
      previous = entry;
      return emit(entry);
    }

    private boolean emit(byte[] entry) {
      current = entry;
      position = 0;
      return true;
    }

    private byte[] add(byte[] prefix, byte last) {
      byte[] entry = Arrays.copyOf(prefix, prefix.length + 1);
      entry[prefix.length] = last;
      if (tableIndex < table.length) {
        table[tableIndex++] = entry;
        codeLength = tableIndex >= 2047 ? 12 : tableIndex >= 1023 ? 11 : tableIndex >= 511 ? 10 : 9;
      }
      return entry;
    }

    private void clear() {
      Arrays.fill(table, 258, table.length, null);
      tableIndex = 258;
      codeLength = 9;
      previous = null;
    }

    private int code() throws IOException {
      while (bitCount < codeLength) {
        int b = in.read();
        if (b < 0) {
          return -1;
        }
        bitBuffer = ((bitBuffer << 8) | b) & 0xffffff;
        bitCount += 8;
      }
      int code = (bitBuffer >>> (bitCount - codeLength)) & ((1 << codeLength) - 1);
      bitCount -= codeLength;
      return code;
    }
  }

  /** {@code /ASCIIHexDecode}: two hex digits a byte, white space ignored, {@code >} ends. */
  static final class AsciiHex extends InputStream {
    private final InputStream in;
    private boolean done;

    AsciiHex(InputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      if (done) {
        return -1;
      }
      int high = digit();
      if (high < 0) {
        done = true;
        return -1;
      }
      int low = digit();
      if (low < 0) {
        done = true;
        low = 0;
      }
      return (high << 4) | low;
    }

    private int digit() throws IOException {
      while (true) {
        int c = in.read();
        if (c < 0 || c == '>') {
          return -1;
        }
        int d = Character.digit(c, 16);
        if (d >= 0) {
          return d;
        }
        if (!PdfSyntax.isSpace(c)) {
          return -1;
        }
      }
    }
  }

  /** {@code /ASCII85Decode}: five characters four bytes, {@code z} four zeros, {@code ~>} ends. */
  static final class Ascii85 extends InputStream {
    private final InputStream in;
    private final byte[] group = new byte[4];
    private int available;
    private int position;
    private boolean done;

    Ascii85(InputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      while (position >= available) {
        if (done || !fill()) {
          done = true;
          return -1;
        }
      }
      return group[position++] & 0xff;
    }

    private boolean fill() throws IOException {
      long value = 0;
      int chars = 0;
      while (chars < 5) {
        int c = in.read();
        if (c == 'z' && chars == 0) {
          Arrays.fill(group, (byte) 0);
          return emit(4);
        }
        if (c < 0 || c == '~' || (c != 'z' && !PdfSyntax.isSpace(c) && (c < '!' || c > 'u'))) {
          done = true;
          if (chars < 2) {
            return false;
          }
          for (int k = chars; k < 5; k++) {
            value = value * 85 + 84;
          }
          split(value);
          return emit(chars - 1);
        }
        if (c >= '!' && c <= 'u') {
          value = value * 85 + (c - '!');
          chars++;
        }
      }
      split(value);
      return emit(4);
    }

    private void split(long value) {
      for (int k = 3; k >= 0; k--) {
        group[k] = (byte) (value & 0xff);
        value >>>= 8;
      }
    }

    private boolean emit(int n) {
      available = n;
      position = 0;
      return true;
    }
  }

  /** {@code /RunLengthDecode}: a length byte, then that many bytes or one byte repeated. */
  static final class RunLength extends InputStream {
    private final InputStream in;
    private int literal;
    private int repeat;
    private int repeated;
    private boolean done;

    RunLength(InputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      while (literal == 0 && repeat == 0) {
        if (done) {
          return -1;
        }
        int length = in.read();
        if (length < 0 || length == 128) {
          done = true;
          return -1;
        }
        if (length < 128) {
          literal = length + 1;
        } else {
          repeated = in.read();
          if (repeated < 0) {
            done = true;
            return -1;
          }
          repeat = 257 - length;
        }
      }
      if (literal > 0) {
        int b = in.read();
        literal = b < 0 ? 0 : literal - 1;
        if (b < 0) {
          done = true;
        }
        return b;
      }
      repeat--;
      return repeated;
    }
  }
}
