package org.parolekit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parolekit.check.CaseCheck;
import org.parolekit.core.ExitStatus;
import org.parolekit.load.CaseLoader;
import org.parolekit.load.LoadedCase;
import org.parolekit.output.OutputWriter;
import org.parolekit.render.LetterService;
import org.parolekit.render.RenderFinding;
import org.parolekit.report.LettersJson;
import org.parolekit.validate.LetterChecks;
import org.parolekit.validate.LettersService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parolekit letters CASE.yaml -o OUT}: writes every letter the case calls for. */
@Command(
    name = "letters",
    resourceBundle = "org.parolekit.cli.Messages",
    mixinStandardHelpOptions = true)
final class LettersCommand implements Callable<Integer> {
  private final CliEnvironment environment;

  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin RenderOptions render;
  @Mixin SharingOption sharing;
  @Mixin QuietOption quiet;
  @Mixin ReportFormatOption reportFormat;

  @Parameters(index = "0", paramLabel = "CASE.yaml", descriptionKey = "letters.case")
  Path caseFile;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "DIR",
      descriptionKey = "letters.output")
  Path output;

  @Option(names = "--force", descriptionKey = "force")
  boolean force;

  @Option(names = "--require-complete", descriptionKey = "letters.require-complete")
  boolean requireComplete;

  LettersCommand(CliEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    LoadedCase loaded = new CaseLoader(environment.today()).load(caseFile);
    TemplateFolderWarnings.print(
        Optional.ofNullable(render.templates), spec.commandLine().getErr());
    LetterService service = new LetterService();
    LettersService.Result result =
        new LettersService(service, new LetterChecks(service, new CaseCheck()))
            .render(loaded, render.options(environment.today()));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long drafts = result.shortLetters();
    String summary =
        drafts == 0
            ? result.letters() + " letters, none falls short."
            : result.letters()
                + " letters, "
                + drafts
                + " fall short and are marked DRAFT: run "
                + spec.root().name()
                + " validate "
                + caseFile
                + " to see what each needs.";
    if (requireComplete && drafts > 0) {
      for (RenderFinding f : result.render().findings()) {
        err.println(f.format());
      }
      err.println(summary);
      err.println("Nothing was written (--require-complete).");
      err.flush();
      if (reportFormat.json()) {
        out.print(LettersJson.render(result, output, Optional.empty(), ExitStatus.FINDINGS));
        out.flush();
      }
      return ExitStatus.FINDINGS.code();
    }
    OutputWriter.SetResult set =
        new OutputWriter(sharing.access()).writeSet(result.render().documents(), output, force);
    ExitStatus status =
        result.render().hasSkipped() || drafts > 0 ? ExitStatus.FINDINGS : ExitStatus.OK;
    if (reportFormat.json()) {
      out.print(LettersJson.render(result, output, Optional.of(set), status));
    } else {
      for (OutputWriter.WrittenFile f : set.written()) {
        out.println(f.path());
      }
    }
    out.flush();
    for (Path removed : set.removed()) {
      err.println("removed " + removed + ": no longer part of this case's letters");
    }
    for (Path kept : set.keptChanged()) {
      err.println(
          "kept "
              + kept
              + ": no longer part of this case's letters, but changed since parolekit wrote it."
              + " Remove it yourself if the letter was withdrawn");
    }
    for (RenderFinding f : result.render().findings()) {
      err.println(f.format());
    }
    if (!(quiet.quiet && drafts == 0)) {
      err.println(summary);
    }
    err.flush();
    return status.code();
  }
}
