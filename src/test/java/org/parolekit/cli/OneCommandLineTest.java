package org.parolekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine.Command;

/**
 * main builds only the command the arguments name (the whole tree of commands is most of a quick
 * command's start-up): every command's help, usage errors and output read the same as with the
 * whole tree, under the name the launcher gives.
 */
class OneCommandLineTest {
  private static final Map<String, String> LAUNCHER = Map.of("PAROLEKIT_NAME", "bin/parolekit");

  static Stream<String> commands() {
    List<String> names = new ArrayList<>();
    for (Class<?> c : ParolekitCommand.class.getAnnotation(Command.class).subcommands()) {
      Command command = c.getAnnotation(Command.class);
      names.add(command.name());
      for (Class<?> sub : command.subcommands()) {
        names.add(command.name() + " " + sub.getAnnotation(Command.class).name());
      }
    }
    return names.stream();
  }

  @ParameterizedTest
  @MethodSource("commands")
  void eachCommandsHelpReadsTheSameAsWithEveryCommandBuilt(String command) {
    String[] args =
        Stream.concat(Arrays.stream(command.split(" ")), Stream.of("--help"))
            .toArray(String[]::new);
    CliRun one = CliRun.run(LAUNCHER, args);
    assertThat(one).hasToString(CliRun.runWholeTree(LAUNCHER, args).toString());
    assertThat(one.out()).contains("Usage: bin/parolekit " + command);
  }

  @Test
  void usageErrorsAndVersionReadTheSame() {
    for (String[] args :
        List.of(
            new String[] {"lint"},
            new String[] {"lint", "--strct", "x.txt"},
            new String[] {"validate"},
            new String[] {"templates", "lsit"},
            new String[] {"--version"},
            new String[] {"-V"},
            new String[] {"valdate", "case.yaml"},
            new String[] {"schema", "--bogus"})) {
      assertThat(CliRun.run(LAUNCHER, args))
          .as(String.join(" ", args))
          .hasToString(CliRun.runWholeTree(LAUNCHER, args).toString());
    }
  }

  @Test
  void aCommandsHeaderAndDescriptionShowUnderTheLaunchersName() {
    // The texts are looked up by the command's qualified name, which the launcher's name changes.
    for (Map<String, String> env : List.of(LAUNCHER, Map.<String, String>of())) {
      assertThat(CliRun.run(env, "lint", "--help").out())
          .startsWith("Check letters that exist on their own")
          .contains("Exit 0 only when every criterion");
      assertThat(CliRun.runWholeTree(env, "help", "lint").out())
          .startsWith("Check letters that exist on their own");
    }
  }
}
