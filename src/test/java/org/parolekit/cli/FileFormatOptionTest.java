package org.parolekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --format} is the report format everywhere; the files' formats are {@code --file-format}.
 */
class FileFormatOptionTest {
  private static final String CASE = "examples/emmanuel-tabi/case.yaml";

  @TempDir Path dir;

  @Test
  void lettersWriteTheFileFormatsGiven() throws IOException {
    Path out = dir.resolve("out");
    CliRun r = CliRun.run("letters", CASE, "-o", out.toString(), "--file-format", "txt,html");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith(".")))
          .isNotEmpty()
          .allMatch(n -> n.endsWith(".txt") || n.endsWith(".html"))
          .anyMatch(n -> n.endsWith(".html"));
    }
  }

  @Test
  void theOldFormOfLettersSaysWhichOptionToWriteAndWritesNothing() {
    Path out = dir.resolve("out");
    CliRun r = CliRun.run("letters", CASE, "-o", out.toString(), "--format", "pdf");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err())
        .contains("--format sets the report format (text or json)", "write --file-format pdf");
    assertThat(r.out()).isEmpty();
    assertThat(out).doesNotExist();
    CliRun first = CliRun.run("letters", "--format=pdf,TXT", CASE, "-o", out.toString());
    assertThat(first.exitCode()).as(first.toString()).isEqualTo(2);
    assertThat(first.err()).contains("--file-format pdf,TXT");
    assertThat(CliRun.run("validate", "--format", "pdf", CASE).err())
        .doesNotContain("--file-format");
  }

  @Test
  void theOldFormOfBatchSaysWhichOptionToWrite() {
    Path out = dir.resolve("out");
    CliRun r = CliRun.batch("examples/roster.csv", "-o", out.toString(), "--format", "txt");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("write --file-format txt");
    assertThat(out).doesNotExist();
  }
}
