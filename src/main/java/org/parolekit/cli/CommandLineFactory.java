package org.parolekit.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Builds the one {@link CommandLine} that {@code main} and the tests both use. */
public final class CommandLineFactory {
  private CommandLineFactory() {}

  public static CommandLine create(PrintWriter out, PrintWriter err, CliEnvironment environment) {
    CommandLine cl = new CommandLine(new ParolekitCommand(), new CommandFactory(environment));
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(new ExecutionExceptionHandler());
    cl.setParameterExceptionHandler(new UsageErrorHandler());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    if (environment.noColorRequested()) {
      cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    }
    return cl;
  }

  /** Hands every command the environment, so none reads global state. */
  private record CommandFactory(CliEnvironment environment) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      try {
        return cls.getDeclaredConstructor(CliEnvironment.class).newInstance(environment);
      } catch (NoSuchMethodException e) {
        return CommandLine.defaultFactory().create(cls);
      }
    }
  }
}
