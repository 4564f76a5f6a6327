package org.parolekit.check;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.CRC32;
import org.parolekit.model.Language;

/**
 * The lexicon as the build read it: every line's section, polarity, language, source, expanded
 * pattern and derived literals, so that a command need neither expand the macros nor derive the
 * literals again (about half of reading the lexicon files), and compiles a pattern only when it is
 * first needed ({@link CuePattern}).
 *
 * <p>The index names the lexicon files it was made from by a checksum of their bytes; an index made
 * from other files (a lexicon edited since the build) is not used. Written in a fixed order with
 * sorted literals, so that the same files always give the same bytes.
 */
public final class LexiconIndex {
  /** Beside the lexicon files on the class path. */
  static final String RESOURCE = "lexicon.idx";

  private static final int MAGIC = 0x504b4c58; // "PKLX"
  private static final int VERSION = 1;

  private LexiconIndex() {}

  /**
   * Writes the index of the built-in lexicon files to the path given, as the build does after
   * compiling: {@code target/classes/org/parolekit/check/lexicon.idx}. A mistake in a lexicon file
   * fails here, with its file and line.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: LexiconIndex OUTPUT");
    }
    List<byte[]> sources = Lexicon.builtInSources();
    Path out = Path.of(args[0]);
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(out))) {
      write(Lexicon.derive(sources), fingerprint(sources), stream);
    }
  }

  /** A checksum of the lexicon files' bytes, in order. */
  static long fingerprint(List<byte[]> sources) {
    CRC32 crc = new CRC32();
    long lengths = 0;
    for (byte[] source : sources) {
      crc.update(source);
      lengths = lengths * 31 + source.length;
    }
    return (lengths << 32) ^ crc.getValue();
  }

  /** Writes the lines, in order, for lexicon files with this fingerprint. */
  static void write(List<Cue> cues, long fingerprint, OutputStream stream) throws IOException {
    DataOutputStream out = new DataOutputStream(stream);
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    out.writeLong(fingerprint);
    out.writeInt(cues.size());
    for (Cue cue : cues) {
      writeString(out, cue.section());
      out.writeByte(cue.polarity().ordinal());
      out.writeBoolean(cue.anySubject());
      writeString(out, cue.language().name());
      writeString(out, cue.source());
      writeString(out, cue.pattern().pattern());
      Optional<Set<String>> literals = cue.required().literals();
      if (literals.isEmpty()) {
        out.writeInt(-1);
      } else {
        out.writeInt(literals.get().size());
        for (String literal : new TreeSet<>(literals.get())) {
          writeString(out, literal);
        }
      }
    }
    out.flush();
  }

  /**
   * The lines of an index made from lexicon files with this fingerprint; empty when the index was
   * made from other files or by another version of this format.
   */
  static Optional<List<Cue>> read(InputStream stream, long fingerprint) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 1 << 16));
    if (in.readInt() != MAGIC || in.readInt() != VERSION || in.readLong() != fingerprint) {
      return Optional.empty();
    }
    Cue.Polarity[] polarities = Cue.Polarity.values();
    int count = in.readInt();
    List<Cue> cues = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String section = readString(in);
      Cue.Polarity polarity = polarities[in.readByte()];
      boolean anySubject = in.readBoolean();
      Language language = Language.valueOf(readString(in));
      String source = readString(in);
      String regex = readString(in);
      int n = in.readInt();
      LiteralSet required;
      if (n < 0) {
        required = LiteralSet.ANY_TEXT;
      } else {
        List<String> literals = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
          literals.add(readString(in));
        }
        required = LiteralSet.of(Optional.of(Set.copyOf(literals)));
      }
      cues.add(
          new Cue(
              section, polarity, anySubject, CuePattern.lazy(regex), language, source, required));
    }
    return Optional.of(cues);
  }

  private static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String readString(DataInputStream in) throws IOException {
    byte[] bytes = new byte[in.readInt()];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
