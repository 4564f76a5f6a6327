package org.parolekit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import org.parolekit.core.ExitStatus;
import org.parolekit.interview.Coach;
import org.parolekit.interview.Prompter;
import org.parolekit.interview.Terminals;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parolekit coach CASE.yaml --writer NAME}: helps one writer put their letter into words.
 */
@Command(
    name = "coach",
    resourceBundle = "org.parolekit.cli.Messages",
    mixinStandardHelpOptions = true)
final class CoachCommand implements Callable<Integer> {
  private final CliEnvironment environment;
  private final Terminals terminals;

  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(index = "0", paramLabel = "CASE.yaml", descriptionKey = "coach.case")
  Path caseFile;

  @Option(names = "--writer", required = true, paramLabel = "NAME", descriptionKey = "coach.writer")
  String writer;

  CoachCommand(CliEnvironment environment, Terminals terminals) {
    this.environment = environment;
    this.terminals = terminals;
  }

  @Override
  public Integer call() throws Exception {
    try (Terminal terminal = terminals.open()) {
      Coach.Outcome outcome =
          new Coach(new Prompter(terminal, terminals.interactive()), environment.today())
              .run(caseFile, writer);
      return switch (outcome) {
        case STRONG -> ExitStatus.OK.code();
        case STOPPED -> ExitStatus.INTERRUPTED.code();
        case NEEDS_MORE -> ExitStatus.FINDINGS.code();
      };
    }
  }
}
