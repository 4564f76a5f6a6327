package org.parolekit.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The command line as {@link Main} runs it, on the fixed clock of the tests, for tests that need a
 * process of its own (to kill it).
 */
public final class FixedClockMain {
  private FixedClockMain() {}

  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code =
        CommandLineFactory.create(out, err, new CliEnvironment(CliRun.FIXED_CLOCK, System.getenv()))
            .execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
