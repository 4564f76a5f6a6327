package org.parolekit.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The files parolekit wrote into an output folder last time, by name, with a digest of each, kept
 * in the folder as {@value #FILE_NAME}. With it a new run with {@code --force} replaces the set as
 * a whole: files no longer part of it go, files it did not write stay.
 */
record FolderSet(Map<String, String> digests) {
  static final String FILE_NAME = ".parolekit-files.json";

  FolderSet {
    digests = Map.copyOf(digests);
  }

  /** The set recorded in {@code dir}; empty when there is none or it cannot be read. */
  static Optional<FolderSet> read(Path dir) {
    Path file = dir.resolve(FILE_NAME);
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    try {
      JsonNode files = new ObjectMapper().readTree(file.toFile()).path("files");
      Map<String, String> digests = new TreeMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = files.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (isPlainName(e.getKey()) && e.getValue().isTextual()) {
          digests.put(e.getKey(), e.getValue().asText());
        }
      }
      return Optional.of(new FolderSet(digests));
    } catch (IOException | RuntimeException e) {
      // A damaged record is no record: nothing is removed on its word.
      return Optional.empty();
    }
  }

  byte[] toJson() {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put(
        "about",
        "Files parolekit wrote here; with --force it removes those no longer part of the set.");
    ObjectNode files = root.putObject("files");
    new TreeMap<>(digests).forEach(files::put);
    try {
      return (mapper.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A file name with no folder in it, so that a damaged record cannot point outside the folder. */
  static boolean isPlainName(String name) {
    return !name.isEmpty()
        && !name.startsWith(".")
        && !name.contains("/")
        && !name.contains("\\")
        && !name.contains("\0");
  }

  static String digest(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
