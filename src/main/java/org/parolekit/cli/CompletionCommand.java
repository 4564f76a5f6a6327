package org.parolekit.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parolekit completion bash|zsh|fish}: prints a shell completion script. */
@Command(
    name = "completion",
    resourceBundle = "org.parolekit.cli.Messages",
    mixinStandardHelpOptions = true)
final class CompletionCommand implements Callable<Integer> {
  /** The shells we generate for; constants are spelled as typed. */
  enum Shell {
    bash,
    zsh,
    fish
  }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SHELL", descriptionKey = "completion.shell")
  Shell shell;

  @Override
  public Integer call() {
    // Bash looks a completion up by the command's last path segment too, so "bin/parolekit"
    // completes.
    String name = spec.root().name().replaceFirst("^'(.*)'$", "$1");
    String command = name.substring(name.lastIndexOf('/') + 1);
    String script =
        shell == Shell.fish
            ? FishCompletion.script(command, spec.root().commandLine())
            : AutoComplete.bash(command, spec.root().commandLine());
    if (shell == Shell.zsh) {
      script =
          "autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n"
              + script;
    }
    spec.commandLine().getOut().print(script);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
