package org.parolekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parolekit.batch.BatchRequest;
import org.parolekit.batch.BatchService;
import org.parolekit.output.FileAccess;
import org.parolekit.render.LetterOptions;
import org.parolekit.render.OutputFormat;

/** The progress bar a terminal shows during a batch counts its rate from the batch's start. */
class BatchProgressBarTest {
  @TempDir Path dir;

  @Test
  void theBarsRateIsCountedFromTheStartOfTheBatch() throws IOException {
    Path roster = dir.resolve("roster.csv");
    Files.writeString(
        roster,
        BatchCommandTest.HEADER
            + "Ana,Pérez Soto,A012345678,she,en,Otay Mesa,san-diego,visits,2026-03,\n"
            + "Eva,Luna,A012345670,she,en,Otay Mesa,san-diego,visits,2026-03,\n");
    LocalDate today = LocalDate.of(2026, 11, 27);
    BatchRequest request =
        new BatchRequest(
            Path.of(BatchCommandTest.ORG),
            List.of(roster),
            dir.resolve("out"),
            LetterOptions.defaults(today).withFormats(EnumSet.of(OutputFormat.TXT)),
            false,
            1,
            "test",
            FileAccess.PRIVATE);
    StringWriter err = new StringWriter();
    BatchProgress bar = new BatchProgress.Bar(new PrintWriter(err, true));
    new BatchService(today).run(request, bar, new AtomicBoolean());
    bar.done();
    String last = err.toString().substring(err.toString().lastIndexOf('\r') + 1);
    // Two letters take well under twenty seconds: the rate is at least 0.1 a second.
    assertThat(last).contains("] 2/2").doesNotContain(" 0.0/s").endsWith("left \n");
  }
}
