package org.parolekit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parolekit.core.ExitStatus;
import org.parolekit.load.CaseLoader;
import org.parolekit.load.LoadedCase;
import org.parolekit.output.OutputWriter;
import org.parolekit.render.LetterService;
import org.parolekit.render.RenderFinding;
import org.parolekit.render.RenderResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parolekit letters CASE.yaml -o OUT}: writes every letter the case calls for. */
@Command(name = "letters", resourceBundle = "org.parolekit.cli.Messages", mixinStandardHelpOptions = true)
final class LettersCommand implements Callable<Integer> {
  private final CliEnvironment environment;

  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin RenderOptions render;

  @Parameters(index = "0", paramLabel = "CASE.yaml", descriptionKey = "letters.case")
  Path caseFile;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", descriptionKey = "letters.output")
  Path output;

  @Option(names = "--force", descriptionKey = "force")
  boolean force;

  LettersCommand(CliEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    LoadedCase loaded = new CaseLoader(environment.today()).load(caseFile);
    RenderResult result = new LetterService().render(loaded, render.options(environment.today()));
    List<OutputWriter.WrittenFile> written = new OutputWriter().write(result.documents(), output, force);
    PrintWriter out = spec.commandLine().getOut();
    for (OutputWriter.WrittenFile f : written) {
      out.println(f.path());
    }
    out.flush();
    PrintWriter err = spec.commandLine().getErr();
    for (RenderFinding f : result.findings()) {
      err.println(f.format());
    }
    err.flush();
    return result.hasSkipped() ? ExitStatus.FINDINGS.code() : ExitStatus.OK.code();
  }
}
