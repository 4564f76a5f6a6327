package org.parolekit.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest of a batch: which folders a re-run may skip, by the content of their files. */
class BatchManifestTest {
  @TempDir Path out;

  private Path letter(String folder, String text) throws IOException {
    Path p = out.resolve(folder).resolve("letter.pdf");
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void aFolderIsUnchangedWhileItsFilesAreTheOnesWritten() throws IOException {
    letter("ana", "%PDF the letter");
    BatchManifest manifest = BatchManifest.empty();
    manifest.record(
        "ana",
        "inputs-1",
        Map.of("letter.pdf", Files.readAllBytes(letter("ana", "%PDF the letter"))));

    assertThat(manifest.unchanged(out, "ana", "inputs-1")).contains(List.of("ana/letter.pdf"));
    assertThat(manifest.unchanged(out, "ana", "inputs-2")).as("other inputs").isEmpty();

    letter("ana", "%PDF the letter, edited");
    assertThat(manifest.unchanged(out, "ana", "inputs-1")).as("a file changed by hand").isEmpty();
    letter("ana", "%PDF the letteR");
    assertThat(manifest.unchanged(out, "ana", "inputs-1")).as("one byte, same length").isEmpty();
    Files.delete(out.resolve("ana/letter.pdf"));
    assertThat(manifest.unchanged(out, "ana", "inputs-1")).as("a file removed").isEmpty();
  }

  @Test
  void filesAreRecordedByCrc32cAndLength() throws IOException {
    byte[] bytes = "%PDF the letter".getBytes(StandardCharsets.US_ASCII);
    BatchManifest manifest = BatchManifest.empty();
    manifest.record("ana", "inputs-1", Map.of("letter.pdf", bytes));
    assertThat(manifest.entry("ana").orElseThrow().files().get("letter.pdf"))
        .startsWith("crc32c:" + bytes.length + ":");
  }

  @Test
  void aManifestWrittenWithSha256DigestsIsStillRead() throws IOException {
    byte[] bytes = Files.readAllBytes(letter("ana", "%PDF the letter"));
    String json =
        "{\"ana\":{\"fingerprint\":\"inputs-1\",\"files\":{\"letter.pdf\":\""
            + BatchManifest.digest(bytes)
            + "\"}}}";
    Files.writeString(out.resolve(BatchManifest.FILE_NAME), json, StandardCharsets.UTF_8);
    BatchManifest manifest = BatchManifest.read(out);

    assertThat(manifest.unchanged(out, "ana", "inputs-1")).contains(List.of("ana/letter.pdf"));
    letter("ana", "%PDF the letter, edited");
    assertThat(manifest.unchanged(out, "ana", "inputs-1")).isEmpty();
  }
}
