package org.parolekit.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/** The only place that exits the JVM. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code =
        CommandLineFactory.create(out, err, new CliEnvironment(Clock.systemDefaultZone(), System.getenv()))
            .execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
