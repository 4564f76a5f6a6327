package org.parolekit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What parolekit writes only its user may read, unless the user asks for a shared folder. */
class FilePermissionsTest {
  @TempDir Path dir;

  @BeforeEach
  void posix() {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
  }

  private static String mode(Path p) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }

  private static List<Path> files(Path folder) throws IOException {
    try (var s = Files.walk(folder)) {
      return s.filter(Files::isRegularFile).toList();
    }
  }

  @Test
  void lettersAreWrittenForTheUserAloneByDefault() throws IOException {
    Path out = dir.resolve("out");
    CliRun r = CliRun.run("letters", "examples/maria-hernandez/case.yaml", "-o", out.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(files(out))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(mode(f)).as(f.toString()).isEqualTo("rw-------"));
  }

  @Test
  void sharedLetsTheGroupReadLettersPacketsAndBatchFiles() throws IOException {
    Path letters = dir.resolve("letters");
    assertThat(
            CliRun.run(
                    "letters",
                    "examples/maria-hernandez/case.yaml",
                    "-o",
                    letters.toString(),
                    "--shared")
                .exitCode())
        .isZero();
    Path packet = dir.resolve("packet.pdf");
    assertThat(
            CliRun.run(
                    "packet",
                    "examples/maria-hernandez/case.yaml",
                    "-o",
                    packet.toString(),
                    "--shared")
                .exitCode())
        .isZero();
    Path batch = dir.resolve("batch");
    CliRun b = CliRun.batch("examples/roster.csv", "-o", batch.toString(), "--shared", "--quiet");
    assertThat(b.exitCode()).as(b.toString()).isZero();
    assertThat(mode(packet)).isEqualTo("rw-r-----");
    assertThat(files(letters))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(mode(f)).as(f.toString()).isEqualTo("rw-r-----"));
    assertThat(files(batch))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(mode(f)).as(f.toString()).isEqualTo("rw-r-----"));
  }

  @Test
  void aCaseFileSavedAgainKeepsItsOwnPermissions() throws IOException {
    ExampleCopy c = ExampleCopy.of("maria-hernandez", dir);
    Files.setPosixFilePermissions(c.caseFile(), PosixFilePermissions.fromString("rw-rw-r--"));
    Path file = c.caseFile();
    // The same write path the interview and coach use when they save a case file.
    org.parolekit.output.AtomicFile.write(
        file, Files.readAllBytes(file), true, org.parolekit.output.FileAccess.AS_BEFORE);
    assertThat(mode(file)).isEqualTo("rw-rw-r--");
  }
}
