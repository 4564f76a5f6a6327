package org.parolekit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parolekit.core.ExitStatus;
import org.parolekit.init.InitRequest;
import org.parolekit.init.NewCaseFolder;
import org.parolekit.model.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parolekit init DIR}: makes a new case folder to fill in, and says what to do next. */
@Command(
    name = "init",
    resourceBundle = "org.parolekit.cli.Messages",
    mixinStandardHelpOptions = true)
final class InitCommand implements Callable<Integer> {
  private final CliEnvironment environment;

  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin QuietOption quiet;

  @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "init.dir")
  Path folder;

  @Option(names = "--lang", defaultValue = "en", paramLabel = "en|es", descriptionKey = "init.lang")
  Language language;

  InitCommand(CliEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    NewCaseFolder.Result made =
        new NewCaseFolder()
            .create(new InitRequest(folder, language, spec.root().name(), environment.editor()));
    if (!quiet.quiet) {
      PrintWriter out = spec.commandLine().getOut();
      made.nextSteps().forEach(out::println);
      out.flush();
    }
    return ExitStatus.OK.code();
  }
}
