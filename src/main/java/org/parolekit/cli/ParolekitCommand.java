package org.parolekit.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The root command: lists the subcommands. */
@Command(
    name = "parolekit",
    resourceBundle = "org.parolekit.cli.Messages",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    subcommands = {
      InitCommand.class,
      ValidateCommand.class,
      LettersCommand.class,
      BatchCommand.class,
      LintCommand.class,
      PacketCommand.class,
      InterviewCommand.class,
      CoachCommand.class,
      TemplatesCommand.class,
      SchemaCommand.class,
      CompletionCommand.class,
      HelpCommand.class
    })
final class ParolekitCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a command is required");
  }

  /**
   * The root as {@link CommandLineFactory} builds it to run one command: the same name, texts and
   * options, with only that command added under it.
   */
  @Command(
      name = "parolekit",
      resourceBundle = "org.parolekit.cli.Messages",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class)
  static final class Root implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
      throw new ParameterException(spec.commandLine(), "a command is required");
    }
  }
}
