package org.parolekit.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs parolekit in its own JVM inside a pseudo-terminal made by util-linux {@code script}, so it
 * sees a real terminal as a person's shell gives it: colors, line editing, Ctrl-C.
 */
final class PseudoTerminal {
  private static final Path SCRIPT = Path.of("/usr/bin/script");

  private final Process process;
  private final ByteArrayOutputStream shown = new ByteArrayOutputStream();
  private final Thread reader;

  private PseudoTerminal(Process process) {
    this.process = process;
    this.reader = new Thread(this::copyOutput, "pty-reader");
    reader.setDaemon(true);
    reader.start();
  }

  static boolean available() {
    return Files.isExecutable(SCRIPT);
  }

  /**
   * Starts {@code parolekit ARGS} in {@code dir} with these environment variables added (a null
   * value removes one).
   */
  static PseudoTerminal start(Path dir, Map<String, String> env, String... args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    String line = command.stream().map(PseudoTerminal::quote).collect(Collectors.joining(" "));
    ProcessBuilder pb =
        new ProcessBuilder(SCRIPT.toString(), "-qefc", line, "/dev/null").directory(dir.toFile());
    pb.redirectErrorStream(true);
    Map<String, String> environment = pb.environment();
    for (String v : List.of("NO_COLOR", "CLICOLOR", "CLICOLOR_FORCE", "PAROLEKIT_NAME", "TERM")) {
      environment.remove(v);
    }
    env.forEach(
        (k, v) -> {
          if (v == null) {
            environment.remove(k);
          } else {
            environment.put(k, v);
          }
        });
    return new PseudoTerminal(pb.start());
  }

  /** Waits until the screen shows {@code text}. */
  void awaitShown(String text, long seconds) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (!shown().contains(text)) {
      if (System.nanoTime() > end || !process.isAlive() && !shown().contains(text)) {
        throw new AssertionError("the terminal never showed \"" + text + "\":\n" + shown());
      }
      Thread.sleep(50);
    }
  }

  /** Types on the terminal's keyboard. */
  void type(String keys) throws IOException {
    OutputStream in = process.getOutputStream();
    in.write(keys.getBytes(StandardCharsets.UTF_8));
    in.flush();
  }

  /** Waits for the command to end and gives its exit code. */
  int exitCode(long seconds) throws InterruptedException {
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("still running after " + seconds + " s:\n" + shown());
    }
    reader.join(TimeUnit.SECONDS.toMillis(5));
    return process.exitValue();
  }

  String shown() {
    synchronized (shown) {
      return shown.toString(StandardCharsets.UTF_8);
    }
  }

  private void copyOutput() {
    byte[] buffer = new byte[8192];
    try (InputStream out = process.getInputStream()) {
      for (int n; (n = out.read(buffer)) > 0; ) {
        synchronized (shown) {
          shown.write(buffer, 0, n);
        }
      }
    } catch (IOException e) {
      // the process ended
    }
  }

  private static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }
}
