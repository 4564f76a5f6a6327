package org.parolekit.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parolekit.core.ExitStatus;
import org.parolekit.core.ParolekitException;

class AtomicFileTest {
  @TempDir Path dir;

  @Test
  void aFileIsWrittenWithTheAccessAskedFor() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
    Path shared = dir.resolve("shared.pdf");
    AtomicFile.write(shared, new byte[] {1}, false, FileAccess.GROUP_READ);
    assertThat(
            java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(shared)))
        .isEqualTo("rw-r-----");
    Path own = dir.resolve("own.pdf");
    AtomicFile.write(own, new byte[] {1}, false, FileAccess.PRIVATE);
    assertThat(
            java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(own)))
        .isEqualTo("rw-------");
  }

  @Test
  void ofTwoRunsWritingTheSameNewFileExactlyOneWins() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 40; round++) {
        Path target = dir.resolve("packet-" + round + ".pdf");
        CountDownLatch start = new CountDownLatch(1);
        Future<Boolean> a = pool.submit(() -> attempt(start, target, "first"));
        Future<Boolean> b = pool.submit(() -> attempt(start, target, "second"));
        start.countDown();
        int wins = (a.get() ? 1 : 0) + (b.get() ? 1 : 0);
        assertThat(wins).as("round %d", round).isEqualTo(1);
        assertThat(Files.readString(target)).isIn("first", "second");
      }
    } finally {
      pool.shutdownNow();
    }
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  private static boolean attempt(CountDownLatch start, Path target, String text)
      throws InterruptedException {
    start.await();
    try {
      AtomicFile.write(target, text.getBytes(StandardCharsets.UTF_8), false);
      return true;
    } catch (ParolekitException e) {
      assertThat(e.status()).isEqualTo(ExitStatus.OUTPUT_FAILED);
      return false;
    }
  }

  @Test
  void aPathThroughASymbolicLinkIsRefusedAndNothingIsWritten() throws Exception {
    Path real = Files.createDirectories(dir.resolve("real"));
    Path link = Files.createSymbolicLink(dir.resolve("link"), real);
    assertThatThrownBy(() -> AtomicFile.write(link.resolve("packet.pdf"), new byte[] {1}, false))
        .isInstanceOf(ParolekitException.class)
        .hasMessageContaining("symbolic link");
    Path fileLink =
        Files.createSymbolicLink(dir.resolve("packet.pdf"), real.resolve("elsewhere.pdf"));
    assertThatThrownBy(() -> AtomicFile.write(fileLink, new byte[] {1}, true))
        .isInstanceOf(ParolekitException.class)
        .hasMessageContaining("symbolic link");
    try (var files = Files.list(real)) {
      assertThat(files).isEmpty();
    }
    AtomicFile.write(real.resolve("packet.pdf"), new byte[] {1}, false);
    assertThat(real.resolve("packet.pdf")).exists();
  }
}
