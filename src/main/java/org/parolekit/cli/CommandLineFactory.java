package org.parolekit.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import org.parolekit.interview.Terminals;
import picocli.CommandLine;

/** Builds the one {@link CommandLine} that {@code main} and the tests both use. */
public final class CommandLineFactory {
  private CommandLineFactory() {}

  public static CommandLine create(PrintWriter out, PrintWriter err, CliEnvironment environment) {
    return create(out, err, environment, Terminals.system());
  }

  /**
   * The command line with the terminal that {@code interview} and {@code coach} talk through;
   * tests pass {@link Terminals#scripted} to type the answers.
   */
  public static CommandLine create(PrintWriter out, PrintWriter err, CliEnvironment environment, Terminals terminals) {
    CliText text = CliText.load();
    CommandLine cl = new CommandLine(new ParolekitCommand(), new CommandFactory(environment, terminals));
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

  /** Hands every command the environment (and the terminal, to those that ask), so none reads global state. */
  record CommandFactory(CliEnvironment environment, Terminals terminals) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      try {
        return cls.getDeclaredConstructor(CliEnvironment.class, Terminals.class).newInstance(environment, terminals);
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
