package org.parolekit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * One run of the command line in a test: the exit code and both streams. Its {@code toString} shows
 * both streams, so a failed assertion on the exit code explains itself.
 */
record CliRun(int exitCode, String out, String err) {
  static final Clock FIXED_CLOCK =
      Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);

  static CliRun run(String... args) {
    return run(Map.of(), args);
  }

  static CliRun run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    // As main builds it: only the command the arguments name.
    int code =
        CommandLineFactory.create(
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                new CliEnvironment(FIXED_CLOCK, env),
                args)
            .execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** {@code batch --org} with the bundled organization profile, then {@code args}. */
  static CliRun batch(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "batch";
    all[1] = "--org";
    all[2] = BatchCommandTest.ORG;
    System.arraycopy(args, 0, all, 3, args.length);
    return run(all);
  }

  /** The same run with every command built, as for {@code parolekit help}. */
  static CliRun runWholeTree(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        CommandLineFactory.create(
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                new CliEnvironment(FIXED_CLOCK, env))
            .execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- out ---\n" + out + "--- err ---\n" + err;
  }
}
