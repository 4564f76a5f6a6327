package org.parolekit.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parolekit.core.ExitStatus;
import org.parolekit.core.ParolekitException;

class NewFolderTest {
  @TempDir Path dir;

  @Test
  void aNewFolderAppearsWithItsFilesAndOnlyTheUserMayReadThem() throws IOException {
    Path folder = dir.resolve("a/case");
    new NewFolder().create(folder, Map.of("case.yaml", bytes("person:\n")), List.of("attachments"));
    assertThat(Files.readString(folder.resolve("case.yaml"))).isEqualTo("person:\n");
    assertThat(folder.resolve("attachments")).isEmptyDirectory();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
        .isEqualTo("rwx------");
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(folder.resolve("case.yaml"))))
        .isEqualTo("rw-------");
    assertThat(entries(dir.resolve("a"))).containsExactly(folder);
  }

  @Test
  void aFailedStepLeavesNoFolderAndNoTemporaryFiles() {
    Path folder = dir.resolve("case");
    assertThatThrownBy(() -> new NewFolder().create(folder, unwritable(), List.of("attachments")))
        .isInstanceOfSatisfying(
            ParolekitException.class,
            e -> assertThat(e.status()).isEqualTo(ExitStatus.OUTPUT_FAILED));
    assertThat(folder).doesNotExist();
    assertThat(entries(dir)).isEmpty();
  }

  @Test
  void aFailedStepInAnEmptyFolderLeavesItEmpty() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("case"));
    assertThatThrownBy(() -> new NewFolder().create(folder, unwritable(), List.of("attachments")))
        .isInstanceOf(ParolekitException.class);
    assertThat(folder).isEmptyDirectory();
  }

  @Test
  void refusesAFolderReachedThroughASymbolicLink() throws IOException {
    Path real = Files.createDirectory(dir.resolve("real"));
    Path link = Files.createSymbolicLink(dir.resolve("link"), real);
    assertThatThrownBy(
            () -> new NewFolder().create(link, Map.of("case.yaml", bytes("x")), List.of()))
        .hasMessageContaining("symbolic link");
    assertThatThrownBy(
            () ->
                new NewFolder()
                    .create(link.resolve("new"), Map.of("case.yaml", bytes("x")), List.of()))
        .hasMessageContaining("symbolic link");
    assertThat(real).isEmptyDirectory();
  }

  /** A first file that is written, then one whose folder would have to be that file. */
  private static Map<String, byte[]> unwritable() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("README.txt", bytes("steps"));
    files.put("README.txt/case.yaml", bytes("person:\n"));
    return files;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static List<Path> entries(Path folder) {
    try (Stream<Path> s = Files.list(folder)) {
      return s.toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
