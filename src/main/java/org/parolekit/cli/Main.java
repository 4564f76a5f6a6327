package org.parolekit.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Set;
import org.parolekit.check.LetterChecker;

/** The only place that exits the JVM. */
public final class Main {
  private Main() {}

  /**
   * The commands that check letters, whose lexicons are compiled while the command line is built.
   */
  private static final Set<String> CHECKING =
      Set.of("validate", "lint", "letters", "packet", "batch", "interview", "coach");

  public static void main(String[] args) {
    if (args.length > 0 && CHECKING.contains(args[0])) {
      Thread lexicons = new Thread(Main::prepareChecks, "parolekit-lexicons");
      lexicons.setDaemon(true);
      lexicons.start();
    }
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code =
        CommandLineFactory.create(
                out, err, new CliEnvironment(Clock.systemDefaultZone(), System.getenv()), args)
            .execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  private static void prepareChecks() {
    try {
      LetterChecker.prepare();
    } catch (RuntimeException | LinkageError e) {
      // The command meets the same failure when it checks a letter, and reports it there.
    }
  }
}
