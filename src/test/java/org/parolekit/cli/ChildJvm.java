package org.parolekit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * parolekit's {@link Main} in a JVM of its own, with the heap given and the launcher's collector: a
 * hard bound on memory, and a process a test can watch or kill without taking its own JVM down.
 */
final class ChildJvm {
  private ChildJvm() {}

  /** Starts the command; its streams go to the files given. */
  static Process start(String heap, Path stdout, Path stderr, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "-Xmx" + heap,
            "-XX:+UseSerialGC",
            "-Dfile.encoding=UTF-8",
            "-cp",
            System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
            Main.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectOutput(stdout.toFile())
        .redirectError(stderr.toFile())
        .start();
  }

  /**
   * Runs the command to its end, killing it after {@code bound}; the streams pass through two files
   * in {@code scratch}, removed afterwards.
   */
  static CliRun run(String heap, Duration bound, Path scratch, String... args)
      throws IOException, InterruptedException {
    Path out = scratch.resolve("child.out");
    Path err = scratch.resolve("child.err");
    Process p = start(heap, out, err, args);
    if (!p.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS)) {
      p.destroyForcibly();
    }
    CliRun run =
        new CliRun(
            p.waitFor(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return run;
  }
}
