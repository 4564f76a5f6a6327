package org.parolekit.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parolekit.output.OutputWriter;
import org.parolekit.render.LetterOptions;
import org.parolekit.render.OutputFormat;

/** A batch stopped part-way (Ctrl-C, a crash) leaves only whole files and records only finished folders. */
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
        new BatchService(TODAY, (docs, folder, replace, access) -> {
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
    assertThat(new ObjectMapper().readTree(out.resolve("batch-report.json").toFile()).get("items")).hasSize(3);
  }

  @Test
  void aCrashWhileWritingAFolderLeavesNoTemporaryFileAndTheFolderUnrecorded() throws IOException {
    Path roster = roster(4);
    Path out = dir.resolve("out");
    AtomicInteger calls = new AtomicInteger();
    BatchService service =
        new BatchService(TODAY, (docs, folder, replace, access) -> {
          if (calls.incrementAndGet() == 3) {
            try {
              Files.createDirectories(folder);
              Files.write(folder.resolve(".parolekit-123.tmp"), new byte[] {'%', 'P', 'D', 'F'});
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
            throw new IllegalStateException("simulated crash while writing");
          }
          return write(docs, folder, replace);
        });
    assertThatThrownBy(() -> service.run(request(roster, out, 1), BatchListener.NONE, new AtomicBoolean()))
        .hasRootCauseMessage("simulated crash while writing");
    assertThat(temporaries(out)).isEmpty();
    assertThat(manifestFolders(out)).containsExactly("person-one", "person-two");

    BatchOutcome again = new BatchService(TODAY).run(request(roster, out, 2), BatchListener.NONE, new AtomicBoolean());
    assertThat(again.results().stream().map(r -> r.status().reportName()))
        .containsExactly("unchanged", "unchanged", "generated", "generated");
  }

  @Test
  void killingTheProcessMidRunLeavesOnlyWholeFilesAndAManifestOfFinishedFolders() throws Exception {
    Path roster = roster(400);
    Path out = dir.resolve("out");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.parolekit.cli.Main",
                "batch", "--org", ORG.toString(), roster.toString(), "-o", out.toString(), "--jobs", "2", "--quiet")
            .redirectOutput(Redirect.DISCARD)
            .redirectError(Redirect.DISCARD)
            .start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (folders(out) < 20 && p.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      p.destroy();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    } finally {
      p.destroyForcibly();
    }
    assertThat(temporaries(out)).isEmpty();
    List<String> recorded = manifestFolders(out);
    assertThat(recorded).isNotEmpty();
    JsonNode manifest = new ObjectMapper().readTree(out.resolve(BatchManifest.FILE_NAME).toFile());
    for (String folder : recorded) {
      Iterator<String> names = manifest.get(folder).get("files").fieldNames();
      while (names.hasNext()) {
        Path f = out.resolve(folder).resolve(names.next());
        assertThat(BatchManifest.digest(Files.readAllBytes(f)))
            .as(f.toString()).isEqualTo(manifest.get(folder).get("files").get(f.getFileName().toString()).asText());
      }
    }
    try (Stream<Path> s = Files.walk(out)) {
      for (Path pdf : s.filter(f -> f.toString().endsWith(".pdf")).toList()) {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
          assertThat(d.getNumberOfPages()).as(pdf.toString()).isPositive();
        }
      }
    }
  }

  private static List<Path> write(List<org.parolekit.render.RenderedDocument> docs, Path folder, boolean replace) {
    return new OutputWriter().write(docs, folder, replace).stream().map(OutputWriter.WrittenFile::path).toList();
  }

  private BatchRequest request(Path roster, Path out, int jobs) {
    LetterOptions options = LetterOptions.defaults(TODAY).withFormats(EnumSet.of(OutputFormat.PDF));
    return new BatchRequest(ORG, List.of(roster), out, options, false, jobs, "test", org.parolekit.output.FileAccess.PRIVATE);
  }

  private static final String[] WORDS = {"One", "Two", "Three", "Four", "Five", "Six"};

  private Path roster(int rows) throws IOException {
    StringBuilder b = new StringBuilder("givenNames,familyNames,aNumber,pronouns,languages,facility,fieldOffice,contact,since\n");
    for (int i = 0; i < rows; i++) {
      String given = i < WORDS.length ? "Person" : "Persona " + i;
      String family = i < WORDS.length ? WORDS[i] : "Núñez";
      b.append(given).append(',').append(family).append(",A").append(100_000_000 + i)
          .append(",she,es,Otay Mesa Detention Center,san-diego,visits,2026-03\n");
    }
    Path f = dir.resolve("roster.csv");
    Files.writeString(f, b, StandardCharsets.UTF_8);
    return f;
  }

  private static List<String> manifestFolders(Path out) throws IOException {
    List<String> names = new ArrayList<>();
    new ObjectMapper().readTree(out.resolve(BatchManifest.FILE_NAME).toFile()).fieldNames().forEachRemaining(names::add);
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
