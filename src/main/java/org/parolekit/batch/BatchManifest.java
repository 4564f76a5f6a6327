package org.parolekit.batch;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32C;
import org.parolekit.pdf.PdfDeterminism;

/**
 * Remembers, per output folder, the fingerprint of the inputs that produced it and the digest of
 * every file written, so a re-run skips what has not changed: decided by content, never by clock.
 *
 * <p>The inputs' fingerprint is a SHA-256 digest: a collision there would skip a person whose
 * inputs changed. A file's digest only tells whether the file is still the one written, where a
 * collision could only keep a file that was changed by hand (which a re-run without {@code --force}
 * keeps anyway), so it is a CRC-32C with the length ({@code crc32c:LENGTH:HEX}), which the JVM
 * computes in hardware, where SHA-256 took about a fifth of a batch's time. A manifest written
 * before holds SHA-256 digests of the files, and is read as such.
 */
public final class BatchManifest {
  public static final String FILE_NAME = ".parolekit-batch.json";
  private static final String FILE_DIGEST = "crc32c:";
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  /** What one folder was made from and what it holds. */
  public record Entry(String fingerprint, Map<String, String> files) {
    public Entry {
      files = new TreeMap<>(files);
    }
  }

  private final Map<String, Entry> entries;

  private BatchManifest(Map<String, Entry> entries) {
    this.entries = new ConcurrentHashMap<>(entries);
  }

  public static BatchManifest empty() {
    return new BatchManifest(Map.of());
  }

  /**
   * Reads the manifest of {@code outputDir}; a missing or unreadable one means nothing is known.
   */
  public static BatchManifest read(Path outputDir) {
    Path file = outputDir.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return empty();
    }
    try {
      Map<String, Entry> m =
          MAPPER.readValue(file.toFile(), new TypeReference<Map<String, Entry>>() {});
      return new BatchManifest(m);
    } catch (IOException e) {
      return empty();
    }
  }

  /**
   * The files of {@code folder} when they were made from {@code fingerprint} and are all still
   * there with the content written; empty when the folder must be made again.
   */
  public Optional<List<String>> unchanged(Path outputDir, String folder, String fingerprint) {
    Entry e = entries.get(folder);
    if (e == null || !e.fingerprint().equals(fingerprint)) {
      return Optional.empty();
    }
    for (Map.Entry<String, String> f : e.files().entrySet()) {
      Path p = outputDir.resolve(folder).resolve(f.getKey());
      try {
        if (!Files.isRegularFile(p) || !sameFile(Files.readAllBytes(p), f.getValue())) {
          return Optional.empty();
        }
      } catch (IOException ex) {
        return Optional.empty();
      }
    }
    return Optional.of(e.files().keySet().stream().map(n -> folder + "/" + n).toList());
  }

  /** What the manifest knows of {@code folder}, if anything. */
  public Optional<Entry> entry(String folder) {
    return Optional.ofNullable(entries.get(folder));
  }

  public void record(String folder, String fingerprint, Map<String, byte[]> files) {
    Map<String, String> digests = new TreeMap<>();
    files.forEach((name, bytes) -> digests.put(name, fileDigest(bytes)));
    entries.put(folder, new Entry(fingerprint, digests));
  }

  /** The manifest as JSON, keys sorted, for an atomic write by the caller. */
  public byte[] toJson() {
    try {
      return MAPPER.writeValueAsBytes(new TreeMap<>(entries));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The digest a file is recorded with: {@code crc32c:LENGTH:HEX}. */
  static String fileDigest(byte[] bytes) {
    CRC32C crc = new CRC32C();
    crc.update(bytes);
    return FILE_DIGEST + bytes.length + ":" + Long.toHexString(crc.getValue());
  }

  /** Whether {@code bytes} are the file recorded with {@code recorded}, in either form. */
  static boolean sameFile(byte[] bytes, String recorded) {
    return recorded.startsWith(FILE_DIGEST)
        ? fileDigest(bytes).equals(recorded)
        : digest(bytes).equals(recorded);
  }

  /** A SHA-256 digest of the parts, each preceded by its length. */
  public static String digest(byte[]... parts) {
    return HexFormat.of().formatHex(PdfDeterminism.digest(parts));
  }
}
