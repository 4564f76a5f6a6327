package org.parolekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DateOptionTest {
  @TempDir Path dir;

  @Test
  void aDateInAnotherFormNamesTheOptionTheValueAndTheFormExpected() {
    Path out = dir.resolve("out");
    CliRun r =
        CliRun.run(
            "letters",
            "examples/emmanuel-tabi/case.yaml",
            "-o",
            out.toString(),
            "--date",
            "12/01/2026");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("--date", "'12/01/2026'", "YYYY-MM-DD", "for example 2026-12-01");
    assertThat(r.err()).doesNotContain("cannot convert", "java.time", "Exception");
    assertThat(out).doesNotExist();
  }

  @Test
  void aDayThatDoesNotExistIsRefusedTooNotMovedToTheNextMonth() {
    Path pdf = dir.resolve("packet.pdf");
    CliRun r =
        CliRun.run(
            "packet",
            "examples/emmanuel-tabi/case.yaml",
            "-o",
            pdf.toString(),
            "--date",
            "2026-02-30");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("--date", "'2026-02-30' is not a real date", "YYYY-MM-DD");
    assertThat(r.err()).doesNotContain("cannot convert", "java.time");
    assertThat(pdf).doesNotExist();
  }
}
