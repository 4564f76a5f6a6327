package org.parolekit.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;
import org.parolekit.interview.Terminals;
import picocli.CommandLine;

/** Builds the one {@link CommandLine} that {@code main} and the tests both use. */
public final class CommandLineFactory {
  private CommandLineFactory() {}

  public static CommandLine create(PrintWriter out, PrintWriter err, CliEnvironment environment) {
    return create(out, err, environment, Terminals.system());
  }

  /**
   * The command line with the terminal that {@code interview} and {@code coach} talk through; tests
   * pass {@link Terminals#scripted} to type the answers.
   */
  public static CommandLine create(
      PrintWriter out, PrintWriter err, CliEnvironment environment, Terminals terminals) {
    return configure(
        new CommandLine(new ParolekitCommand(), new CommandFactory(environment, terminals)),
        out,
        err,
        environment);
  }

  /**
   * The command line for these arguments: when they start with the name of a command (as in {@code
   * parolekit lint letter.txt}), the root with only that command under it, which starts several
   * times faster than building every command's options from their annotations; for {@code
   * --version} alone, the root alone; otherwise (help, no command, a mistyped one, other root
   * options) the whole tree of {@link #create}. Either way the command parses, runs and reports the
   * same.
   */
  public static CommandLine create(
      PrintWriter out, PrintWriter err, CliEnvironment environment, String... args) {
    Terminals terminals = Terminals.system();
    CommandFactory factory = new CommandFactory(environment, terminals);
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      return configure(
          new CommandLine(new ParolekitCommand.Root(), factory), out, err, environment);
    }
    Optional<Class<?>> only = args.length == 0 ? Optional.empty() : SubcommandIndex.named(args[0]);
    if (only.isEmpty()) {
      return create(out, err, environment, terminals);
    }
    CommandLine root = new CommandLine(new ParolekitCommand.Root(), factory);
    CommandLine command = new CommandLine(only.get(), factory);
    root.addSubcommand(command);
    return configure(root, out, err, environment);
  }

  /**
   * A command's header, description and footer are keyed by its qualified name ({@code
   * parolekit.lint.usage.header}), which a command built on its own did not have when it read them,
   * and which changes when the root takes the name the user typed ("bin/parolekit"): read them
   * while the root is still "parolekit", and keep them.
   */
  private static void keepTexts(CommandLine command) {
    CommandLine.Model.UsageMessageSpec usage = command.getCommandSpec().usageMessage();
    usage.header(usage.header());
    usage.description(usage.description());
    usage.footer(usage.footer());
    command.getSubcommands().values().forEach(CommandLineFactory::keepTexts);
  }

  private static CommandLine configure(
      CommandLine cl, PrintWriter out, PrintWriter err, CliEnvironment environment) {
    CliText text = CliText.load();
    cl.getSubcommands().values().forEach(CommandLineFactory::keepTexts);
    cl.setCommandName(environment.commandName());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(new ExecutionExceptionHandler());
    cl.setParameterExceptionHandler(new UsageErrorHandler(text));
    cl.registerConverter(LocalDate.class, new IsoDateConverter(text));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    if (environment.noColorRequested()) {
      cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    }
    return cl;
  }

  /**
   * Hands every command the environment (and the terminal, to those that ask), so none reads global
   * state.
   */
  record CommandFactory(CliEnvironment environment, Terminals terminals)
      implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      try {
        return cls.getDeclaredConstructor(CliEnvironment.class, Terminals.class)
            .newInstance(environment, terminals);
      } catch (NoSuchMethodException e) {
        // most commands need no terminal
      }
      try {
        return cls.getDeclaredConstructor(CliEnvironment.class).newInstance(environment);
      } catch (NoSuchMethodException e) {
        return CommandLine.defaultFactory().create(cls);
      }
    }
  }
}
