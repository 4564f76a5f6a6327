package org.parolekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A letters folder is a set: --force replaces it whole, and never touches a file parolekit did not
 * write.
 */
class OutputFolderSetTest {
  @TempDir Path dir;

  private static List<String> names(Path folder) throws IOException {
    try (var s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> !n.startsWith("."))
          .sorted()
          .toList();
    }
  }

  private static ExampleCopy withoutTheSupporter(ExampleCopy c) throws IOException {
    String yaml = Files.readString(c.caseFile());
    int from = yaml.indexOf("supporters:\n");
    int to = yaml.indexOf("preparedBy:");
    Files.writeString(c.caseFile(), yaml.substring(0, from) + yaml.substring(to));
    return c;
  }

  @Test
  void aWithdrawnWritersFilesAreGoneAfterForceAndTheUsersOwnFileStays() throws IOException {
    ExampleCopy c = ExampleCopy.of("emmanuel-tabi", dir);
    Path out = dir.resolve("out");
    assertThat(CliRun.run("letters", c.caseFile().toString(), "-o", out.toString()).exitCode())
        .isZero();
    assertThat(names(out)).contains("02-support-letter-rev-peter-ashu-nkwain-en.pdf");
    Files.writeString(out.resolve("notes.txt"), "call Grace on Monday");
    withoutTheSupporter(c);

    CliRun r = CliRun.run("letters", c.caseFile().toString(), "-o", out.toString(), "--force");
    assertThat(r.err())
        .as(r.toString())
        .contains("removed", "02-support-letter-rev-peter-ashu-nkwain-en.pdf");
    assertThat(names(out))
        .as(r.toString())
        .containsExactly(
            "01-sponsor-letter-grace-fon-ashu-en.pdf",
            "02-writing-guide-grace-fon-ashu-en.pdf",
            "notes.txt");
    assertThat(out.resolve("notes.txt")).hasContent("call Grace on Monday");
  }

  @Test
  void aFileChangedSinceParolekitWroteItIsKeptAndSaidSo() throws IOException {
    ExampleCopy c = ExampleCopy.of("emmanuel-tabi", dir);
    Path out = dir.resolve("out");
    assertThat(CliRun.run("letters", c.caseFile().toString(), "-o", out.toString()).exitCode())
        .isZero();
    Path edited = out.resolve("04-writing-guide-rev-peter-ashu-nkwain-en.pdf");
    Files.write(edited, new byte[] {'%', 'P', 'D', 'F', '-', 'x'});
    withoutTheSupporter(c);
    CliRun r = CliRun.run("letters", c.caseFile().toString(), "-o", out.toString(), "--force");
    assertThat(edited).exists();
    assertThat(r.err()).contains("kept " + edited, "changed since parolekit wrote it");
  }

  @Test
  void aDamagedRecordNamingAFileOutsideTheFolderRemovesNothingThere() throws Exception {
    ExampleCopy c = ExampleCopy.of("emmanuel-tabi", dir);
    Path out = dir.resolve("out");
    assertThat(CliRun.run("letters", c.caseFile().toString(), "-o", out.toString()).exitCode())
        .isZero();
    Path outside = dir.resolve("keep.txt");
    Files.writeString(outside, "mine");
    String digest =
        java.util.HexFormat.of()
            .formatHex(
                java.security.MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(outside)));
    Path record = out.resolve(".parolekit-files.json");
    String json = Files.readString(record);
    Files.writeString(
        record,
        json.replace("\"files\" : {", "\"files\" : {\n    \"../keep.txt\" : \"" + digest + "\","));
    assertThat(Files.readString(record)).contains("../keep.txt");

    CliRun r = CliRun.run("letters", c.caseFile().toString(), "-o", out.toString(), "--force");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(outside)
        .as("a file outside the folder named by a damaged record")
        .hasContent("mine");
  }

  @Test
  void withoutForceAChangedSetIsRefusedAndNothingIsRemoved() throws IOException {
    ExampleCopy c = ExampleCopy.of("emmanuel-tabi", dir);
    Path out = dir.resolve("out");
    assertThat(CliRun.run("letters", c.caseFile().toString(), "-o", out.toString()).exitCode())
        .isZero();
    List<String> before = names(out);
    withoutTheSupporter(c);
    CliRun r = CliRun.run("letters", c.caseFile().toString(), "-o", out.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(4);
    assertThat(names(out)).isEqualTo(before);
  }
}
