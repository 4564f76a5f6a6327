package org.parolekit.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parolekit.output.OutputWriter;
import org.parolekit.render.LetterOptions;
import org.parolekit.render.OutputFormat;

/**
 * A batch stopped part-way (Ctrl-C, a crash) leaves only whole files and records only finished
 * folders.
 */
class BatchInterruptionTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
  private static final Path ORG = Path.of("examples/organization.yaml").toAbsolutePath();

  @TempDir Path dir;

  @Test
  void stoppingAfterTheThirdFolderRecordsOnlyFinishedFoldersAndReportsThem() throws IOException {
    Path roster = roster(6);
    Path out = dir.resolve("out");
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger calls = new AtomicInteger();
    BatchService service =
        new BatchService(
            TODAY,
            (docs, folder, replace, access) -> {
              List<Path> written = write(docs, folder, replace);
              if (calls.incrementAndGet() == 3) {
                stop.set(true);
              }
              return written;
            });
    BatchOutcome outcome = service.run(request(roster, out, 1), BatchListener.NONE, stop);
    assertThat(outcome.interrupted()).isTrue();
    assertThat(outcome.results()).hasSize(3);
    assertThat(outcome.status().code()).isEqualTo(1);
    assertThat(manifestFolders(out)).containsExactly("person-one", "person-three", "person-two");
    assertThat(out.resolve("person-four")).doesNotExist();
    assertThat(new ObjectMapper().readTree(out.resolve("batch-report.json").toFile()).get("items"))
        .hasSize(3);
  }

  @Test
  void aCrashWhileWritingAFolderLeavesNoTemporaryFileAndTheFolderUnrecorded() throws IOException {
    Path roster = roster(4);
    Path out = dir.resolve("out");
    AtomicInteger calls = new AtomicInteger();
    BatchService service =
        new BatchService(
            TODAY,
            (docs, folder, replace, access) -> {
              if (calls.incrementAndGet() == 3) {
                try {
                  Files.createDirectories(folder);
                  Files.write(
                      folder.resolve(".parolekit-123.tmp"), new byte[] {'%', 'P', 'D', 'F'});
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
                throw new IllegalStateException("simulated crash while writing");
              }
              return write(docs, folder, replace);
            });
    assertThatThrownBy(
            () -> service.run(request(roster, out, 1), BatchListener.NONE, new AtomicBoolean()))
        .hasRootCauseMessage("simulated crash while writing");
    assertThat(temporaries(out)).isEmpty();
    assertThat(manifestFolders(out)).containsExactly("person-one", "person-two");

    BatchOutcome again =
        new BatchService(TODAY)
            .run(request(roster, out, 2), BatchListener.NONE, new AtomicBoolean());
    assertThat(again.results().stream().map(r -> r.status().reportName()))
        .containsExactly("unchanged", "unchanged", "generated", "generated");
  }

  /**
   * kill -9 in the middle of a batch: no half-written file at a final path, and a run again
   * finishes the rest, keeping the files the killed run wrote but had not yet recorded.
   */
  @Test
  void killingTheProcessMidRunLeavesOnlyWholeFilesAndARunAgainFinishesTheRest() throws Exception {
    Path roster = roster(24);
    Path out = dir.resolve("out");
    Process killed = batch(roster, out, "killed");
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (folders(out) < 6 && killed.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(killed.isAlive()).as("the batch is still running when it is killed").isTrue();
      killed.destroyForcibly();
      assertThat(killed.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      killed.destroyForcibly();
    }
    assertThat(killed.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
    assertEveryPdfOpens(out);
    assertRecordedFilesAreWhole(out);

    Process again = batch(roster, out, "again");
    assertThat(again.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(again.exitValue()).as(Files.readString(dir.resolve("again.err"))).isZero();
    JsonNode items =
        new ObjectMapper().readTree(out.resolve("batch-report.json").toFile()).get("items");
    assertThat(items).hasSize(24);
    List<String> statuses = new ArrayList<>();
    items.forEach(i -> statuses.add(i.get("status").asText()));
    assertThat(statuses)
        .as(Files.readString(dir.resolve("again.err")))
        .allMatch(st -> st.equals("generated") || st.equals("unchanged"));
    assertThat(temporaries(out)).isEmpty();
    assertThat(manifestFolders(out)).hasSize(24);
    assertEveryPdfOpens(out);
    assertRecordedFilesAreWhole(out);
  }

  @Test
  void aCrashInOneWorkerStopsTheOthersSoPeopleAfterItAreNotWritten() throws IOException {
    Path roster = roster(12);
    Path out = dir.resolve("out");
    BatchService service =
        new BatchService(
            TODAY,
            (docs, folder, replace, access) -> {
              if (folder.getFileName().toString().equals("person-two")) {
                throw new IllegalStateException("simulated crash while writing");
              }
              return write(docs, folder, replace);
            });
    assertThatThrownBy(
            () -> service.run(request(roster, out, 2), BatchListener.NONE, new AtomicBoolean()))
        .hasRootCauseMessage("simulated crash while writing");
    assertThat(out.resolve("persona-11-nunez")).doesNotExist();
    assertThat(manifestFolders(out).size()).isLessThan(6);
  }

  @Test
  void aLongBatchRecordsItsFinishedFoldersEveryTwoSecondsNotOnlyAtTheEnd() throws IOException {
    Path roster = roster(3);
    Path out = dir.resolve("out");
    Path manifest = out.resolve(BatchManifest.FILE_NAME);
    AtomicLong now = new AtomicLong();
    AtomicBoolean recordedWhileRunning = new AtomicBoolean();
    BatchService service =
        new BatchService(
            TODAY,
            (docs, folder, replace, access) -> {
              String name = folder.getFileName().toString();
              if (name.equals("person-two")) {
                now.addAndGet(TimeUnit.MILLISECONDS.toNanos(2_100)); // two seconds pass
              }
              if (name.equals("person-three")) {
                // person-two's result is recorded after its folder is written, so wait for it.
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                try {
                  while (!recordedWhileRunning.get() && System.nanoTime() < deadline) {
                    recordedWhileRunning.set(
                        Files.isRegularFile(manifest)
                            && Files.readString(manifest).contains("\"person-two\""));
                    Thread.sleep(5);
                  }
                } catch (IOException | InterruptedException e) {
                  throw new IllegalStateException(e);
                }
              }
              return write(docs, folder, replace);
            },
            now::get);
    BatchOutcome outcome =
        service.run(request(roster, out, 1), BatchListener.NONE, new AtomicBoolean());
    assertThat(outcome.results()).hasSize(3);
    assertThat(recordedWhileRunning)
        .as("person-one and person-two recorded before person-three is written")
        .isTrue();
  }

  @Test
  void aShortBatchRecordsItsFoldersOnlyAtTheEnd() throws IOException {
    Path roster = roster(3);
    Path out = dir.resolve("out");
    Path manifest = out.resolve(BatchManifest.FILE_NAME);
    AtomicBoolean recordedWhileRunning = new AtomicBoolean();
    BatchService service =
        new BatchService(
            TODAY,
            (docs, folder, replace, access) -> {
              if (folder.getFileName().toString().equals("person-three")) {
                recordedWhileRunning.set(Files.isRegularFile(manifest));
              }
              return write(docs, folder, replace);
            },
            () -> 0L);
    service.run(request(roster, out, 1), BatchListener.NONE, new AtomicBoolean());
    assertThat(recordedWhileRunning).as("no time has passed: nothing saved yet").isFalse();
    assertThat(manifestFolders(out)).hasSize(3);
  }

  @Test
  void aLetterThatVanishesBeforeItIsRecordedFailsThatPersonAndIsMadeAgainNextRun()
      throws IOException {
    Path roster = roster(2);
    Path out = dir.resolve("out");
    BatchService service =
        new BatchService(
            TODAY,
            (docs, folder, replace, access) -> {
              List<Path> written = write(docs, folder, replace);
              if (folder.getFileName().toString().equals("person-one")) {
                written.forEach(
                    p -> {
                      try {
                        Files.delete(p);
                      } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                      }
                    });
              }
              return written;
            });
    BatchOutcome outcome =
        service.run(request(roster, out, 1), BatchListener.NONE, new AtomicBoolean());
    assertThat(outcome.results().get(0).status()).isEqualTo(BatchItemResult.Status.FAILED);
    assertThat(outcome.results().get(0).error())
        .isEqualTo("cannot read back what was written in person-one");
    assertThat(outcome.results().get(1).status()).isEqualTo(BatchItemResult.Status.GENERATED);
    assertThat(manifestFolders(out)).containsExactly("person-two");
  }

  /** The batch command in a process of its own, on the tests' fixed clock. */
  private Process batch(Path roster, Path out, String name) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            "org.parolekit.cli.FixedClockMain",
            "batch",
            "--org",
            ORG.toString(),
            roster.toString(),
            "-o",
            out.toString(),
            "--jobs",
            "2",
            "--quiet",
            "--file-format",
            "pdf")
        .redirectOutput(dir.resolve(name + ".out").toFile())
        .redirectError(dir.resolve(name + ".err").toFile())
        .start();
  }

  private static void assertEveryPdfOpens(Path out) throws IOException {
    try (Stream<Path> s = Files.walk(out)) {
      for (Path pdf : s.filter(f -> f.toString().endsWith(".pdf")).toList()) {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
          assertThat(d.getNumberOfPages()).as(pdf.toString()).isPositive();
        }
      }
    }
  }

  private static void assertRecordedFilesAreWhole(Path out) throws IOException {
    Path file = out.resolve(BatchManifest.FILE_NAME);
    if (!Files.exists(file)) {
      return;
    }
    JsonNode manifest = new ObjectMapper().readTree(file.toFile());
    for (String folder : manifestFolders(out)) {
      Iterator<Map.Entry<String, JsonNode>> files = manifest.get(folder).get("files").fields();
      while (files.hasNext()) {
        Map.Entry<String, JsonNode> f = files.next();
        Path p = out.resolve(folder).resolve(f.getKey());
        assertThat(BatchManifest.sameFile(Files.readAllBytes(p), f.getValue().asText()))
            .as(p + " as recorded: " + f.getValue().asText())
            .isTrue();
      }
    }
  }

  private static List<Path> write(
      List<org.parolekit.render.RenderedDocument> docs, Path folder, boolean replace) {
    return new OutputWriter()
        .write(docs, folder, replace).stream().map(OutputWriter.WrittenFile::path).toList();
  }

  private BatchRequest request(Path roster, Path out, int jobs) {
    LetterOptions options = LetterOptions.defaults(TODAY).withFormats(EnumSet.of(OutputFormat.PDF));
    return new BatchRequest(
        ORG,
        List.of(roster),
        out,
        options,
        false,
        jobs,
        "test",
        org.parolekit.output.FileAccess.PRIVATE);
  }

  private static final String[] WORDS = {"One", "Two", "Three", "Four", "Five", "Six"};

  private Path roster(int rows) throws IOException {
    StringBuilder b =
        new StringBuilder(
            "givenNames,familyNames,aNumber,pronouns,languages,facility,fieldOffice,contact,since\n");
    for (int i = 0; i < rows; i++) {
      String given = i < WORDS.length ? "Person" : "Persona " + i;
      String family = i < WORDS.length ? WORDS[i] : "Núñez";
      b.append(given)
          .append(',')
          .append(family)
          .append(",A")
          .append(100_000_000 + i)
          .append(",she,es,Otay Mesa Detention Center,san-diego,visits,2026-03\n");
    }
    Path f = dir.resolve("roster.csv");
    Files.writeString(f, b, StandardCharsets.UTF_8);
    return f;
  }

  private static List<String> manifestFolders(Path out) throws IOException {
    List<String> names = new ArrayList<>();
    new ObjectMapper()
        .readTree(out.resolve(BatchManifest.FILE_NAME).toFile())
        .fieldNames()
        .forEachRemaining(names::add);
    return names;
  }

  private static long folders(Path out) throws IOException {
    if (!Files.isDirectory(out)) {
      return 0;
    }
    try (Stream<Path> s = Files.list(out)) {
      return s.filter(Files::isDirectory).count();
    }
  }

  private static List<Path> temporaries(Path out) throws IOException {
    try (Stream<Path> s = Files.walk(out)) {
      return s.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
    }
  }
}
