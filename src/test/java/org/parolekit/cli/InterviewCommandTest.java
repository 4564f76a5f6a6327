package org.parolekit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parolekit.cli.ScriptedRun.lines;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parolekit.load.CaseLoader;
import org.parolekit.model.CaseFile;

class InterviewCommandTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  @TempDir Path dir;

  static final String PREPARED_BY = lines("", "Sam Rivera", "");
  static final String PERSON = lines(
      "Ana", "López", "", "A123-456-789", "1990-01-02", "Guatemala", "Guatemalan", "she", "es", "",
      "Otay Mesa Detention Center", "san-diego", "", "");

  @Test
  void writesANewCaseFileThatTheLoaderReads() {
    Path file = dir.resolve("case.yaml");
    ScriptedRun run = ScriptedRun.run(PREPARED_BY + PERSON + lines("no", "", "", ""), "interview", file.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    CaseFile written = new CaseLoader(TODAY).load(file).caseFile();
    assertThat(written.person().fullName()).isEqualTo("Ana López");
    assertThat(written.person().aNumber().formatted()).isEqualTo("A123-456-789");
    assertThat(written.preparedBy().name()).isEqualTo("Sam Rivera");
    assertThat(written.sponsor()).isNull();
    assertThat(run.terminal()).contains("Checking the case", "[no-sponsor]");
  }
}
