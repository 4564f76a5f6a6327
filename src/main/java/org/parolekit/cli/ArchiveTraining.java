package org.parolekit.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs the quick commands, and a batch of the bundled roster, once on the bundled examples, in one
 * JVM and with their output thrown away, so that the build can list the classes they load and put
 * them in the class-data archive it leaves beside the jar ({@code pom.xml}, {@code bin/parolekit}).
 * Not a user command.
 */
public final class ArchiveTraining {
  private ArchiveTraining() {}

  /** The runs, from the clone's top folder. */
  static final List<List<String>> RUNS =
      List.of(
          List.of("--version"),
          List.of("validate", "examples/maria-hernandez/case.yaml"),
          List.of("lint", "examples/maria-hernandez/letters/jennifer-morales.txt"),
          List.of(
              "lint", "--format", "json", "examples/maria-hernandez/letters/jennifer-morales.txt"));

  public static void main(String[] args) throws IOException {
    PrintWriter none =
        new PrintWriter(
            new OutputStreamWriter(OutputStream.nullOutputStream(), StandardCharsets.UTF_8), true);
    CliEnvironment environment = new CliEnvironment(Clock.systemDefaultZone(), Map.of());
    for (List<String> run : RUNS) {
      String[] command = run.toArray(String[]::new);
      CommandLineFactory.create(none, none, environment, command).execute(command);
    }
    // A batch of the bundled roster, as PDF, into a folder removed afterwards.
    Path out = Files.createTempDirectory("parolekit-training");
    try {
      String[] batch = {
        "batch",
        "--org",
        "examples/organization.yaml",
        "examples/roster.csv",
        "-o",
        out.resolve("out").toString(),
        "--lang",
        "en",
        "--file-format",
        "pdf",
        "--quiet"
      };
      CommandLineFactory.create(none, none, environment, batch).execute(batch);
    } finally {
      try (Stream<Path> files = Files.walk(out)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
