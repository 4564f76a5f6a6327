package org.parolekit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parolekit.packet.HostilePdfs;

/**
 * A PDF attachment built to exhaust the reader is refused by {@code packet} quickly, in a JVM with
 * a small heap, with a message naming the file and saying what to do, and no packet is written.
 */
class HostileAttachmentTest {
  /** The heap the packet command runs in: far less than the hostile files ask for. */
  private static final String HEAP = "256m";

  private static final Duration BOUND = Duration.ofSeconds(30);

  @TempDir Path dir;

  @Test
  void aStreamThatUnpacksToAGigabyteIsRefused() throws IOException {
    byte[] bomb = HostilePdfs.flateBomb(1L << 30);
    assertThat(bomb.length).as("the file itself is small").isLessThan(4096);
    assertRefused(
        "bank-statement.pdf", bomb, "unpacks to more than 64 MB", "Print it to a new PDF");
  }

  @Test
  void aTrailerDeclaringTwoBillionObjectsIsRefused() throws IOException {
    assertRefused(
        "lease.pdf",
        HostilePdfs.trailerSize(2_000_000_000L),
        "declares 2000000000 objects",
        "save it again");
  }

  @Test
  void anXrefSubsectionOfABillionEntriesIsRefused() throws IOException {
    assertRefused(
        "lease.pdf",
        HostilePdfs.subsectionCount(999_999_999L),
        "declares 999999999 objects",
        "save it again");
  }

  @Test
  void anXrefWhosePrevNamesItselfIsRefused() throws IOException {
    assertRefused(
        "lease.pdf",
        HostilePdfs.prevToItself(),
        "cross-reference table that loops",
        "save it again");
  }

  @Test
  void anXrefChainThatLoopsBackIsRefused() throws IOException {
    assertRefused(
        "lease.pdf", HostilePdfs.prevLoop(), "cross-reference table that loops", "save it again");
  }

  @Test
  void theGoodTwinOfTheHostileFilesIsAccepted() throws IOException {
    Path caseDir = caseWith("lease.pdf", HostilePdfs.plain());
    Path pdf = dir.resolve("packet.pdf");
    CliRun r =
        assertTimeoutPreemptively(BOUND, () -> runInSmallHeap(caseDir.resolve("case.yaml"), pdf));
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(pdf).exists();
  }

  private void assertRefused(String name, byte[] bytes, String... fragments) throws IOException {
    Path caseDir = caseWith(name, bytes);
    Path pdf = dir.resolve("packet.pdf");
    CliRun r =
        assertTimeoutPreemptively(BOUND, () -> runInSmallHeap(caseDir.resolve("case.yaml"), pdf));
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(r.err())
        .as(r.toString())
        .contains("attachments[1].file (attachments/" + name + ")")
        .contains(fragments);
    assertThat(pdf).doesNotExist();
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .as("no partial packet left beside it")
          .noneMatch(n -> n.contains("packet"));
    }
  }

  /** The example case, with its lease replaced by {@code bytes} under {@code name}. */
  private Path caseWith(String name, byte[] bytes) throws IOException {
    Path caseDir = ExampleCopy.of("maria-hernandez", dir).folder();
    Files.write(caseDir.resolve("attachments").resolve(name), bytes);
    Path yaml = caseDir.resolve("case.yaml");
    Files.writeString(
        yaml,
        Files.readString(yaml)
            .replace(
                "file: attachments/sponsor-lease.pdf\n    description: Sponsor's lease",
                "file: attachments/" + name + "\n    description: Sponsor's lease"));
    return caseDir;
  }

  /** Runs {@code packet} in a separate JVM whose heap is {@link #HEAP}: a hard memory bound. */
  private CliRun runInSmallHeap(Path yaml, Path pdf) throws IOException, InterruptedException {
    return ChildJvm.run(HEAP, BOUND, dir, "packet", yaml.toString(), "-o", pdf.toString());
  }
}
