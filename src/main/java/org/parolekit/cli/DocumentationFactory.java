package org.parolekit.cli;

import java.time.Clock;
import java.util.Map;
import org.parolekit.interview.Terminals;
import picocli.CommandLine;

/**
 * Makes the commands for tools that only read their annotations, such as picocli's man page
 * generator at build time ({@code --factory=org.parolekit.cli.DocumentationFactory}).
 */
public final class DocumentationFactory implements CommandLine.IFactory {
  private final CommandLine.IFactory commands =
      new CommandLineFactory.CommandFactory(
          new CliEnvironment(Clock.systemUTC(), Map.of()), Terminals.system());

  @Override
  public <K> K create(Class<K> cls) throws Exception {
    return commands.create(cls);
  }
}
