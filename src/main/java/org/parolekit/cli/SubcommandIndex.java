package org.parolekit.cli;

import java.util.Arrays;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/**
 * The commands under {@link ParolekitCommand}, found by name from the root's annotation alone:
 * reading one annotation per command is cheap, where picocli building every command's options is
 * most of a quick command's start-up.
 */
final class SubcommandIndex {
  private SubcommandIndex() {}

  /**
   * The command class of that name or alias; empty for the commands that read the whole tree
   * ({@code help} lists every command, {@code completion} completes them all) and for anything that
   * is not a command's name.
   */
  static Optional<Class<?>> named(String name) {
    return Arrays.stream(ParolekitCommand.class.getAnnotation(Command.class).subcommands())
        .filter(c -> c != HelpCommand.class && c != CompletionCommand.class)
        .filter(
            c -> {
              Command command = c.getAnnotation(Command.class);
              return command != null
                  && (command.name().equals(name)
                      || Arrays.asList(command.aliases()).contains(name));
            })
        .findFirst();
  }
}
