package org.parolekit.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.parolekit.interview.Terminals;

/**
 * One run of the command line whose answers are typed by a script through a dumb terminal: the exit
 * code, what the terminal showed, and both streams.
 */
record ScriptedRun(int exitCode, String terminal, String out, String err) {
  static ScriptedRun run(String input, String... args) {
    return run(Map.of(), input, args);
  }

  static ScriptedRun run(Map<String, String> env, String input, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    ByteArrayOutputStream shown = new ByteArrayOutputStream();
    int code =
        CommandLineFactory.create(
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                new CliEnvironment(CliRun.FIXED_CLOCK, env),
                Terminals.scripted(
                    new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), shown))
            .execute(args);
    return new ScriptedRun(
        code, shown.toString(StandardCharsets.UTF_8), out.toString(), err.toString());
  }

  /** The answers, one a line. */
  static String lines(String... answers) {
    return String.join("\n", answers) + "\n";
  }

  @Override
  public String toString() {
    return "exit "
        + exitCode
        + "\n--- terminal ---\n"
        + terminal
        + "--- out ---\n"
        + out
        + "--- err ---\n"
        + err;
  }
}
