package org.parolekit.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Runs the quick commands once on the bundled example, in one JVM and with their output thrown
 * away, so that the build can list the classes they load and put them in the class-data archive it
 * leaves beside the jar ({@code pom.xml}, {@code bin/parolekit}). Not a user command.
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

  public static void main(String[] args) {
    PrintWriter none =
        new PrintWriter(
            new OutputStreamWriter(OutputStream.nullOutputStream(), StandardCharsets.UTF_8), true);
    CliEnvironment environment = new CliEnvironment(Clock.systemDefaultZone(), Map.of());
    for (List<String> run : RUNS) {
      String[] command = run.toArray(String[]::new);
      CommandLineFactory.create(none, none, environment, command).execute(command);
    }
  }
}
