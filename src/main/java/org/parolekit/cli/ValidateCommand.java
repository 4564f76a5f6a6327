package org.parolekit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parolekit.check.CaseCheck;
import org.parolekit.core.ExitStatus;
import org.parolekit.load.CaseLoader;
import org.parolekit.model.Language;
import org.parolekit.render.LetterService;
import org.parolekit.report.ValidationJson;
import org.parolekit.validate.CaseValidator;
import org.parolekit.validate.FileValidation;
import org.parolekit.validate.LetterChecks;
import org.parolekit.validate.ValidationService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parolekit validate CASE.yaml...}: loads each case file and reports what it lacks. */
@Command(
    name = "validate",
    resourceBundle = "org.parolekit.cli.Messages",
    mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {
  private final CliEnvironment environment;

  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(arity = "1..*", paramLabel = "CASE.yaml", descriptionKey = "validate.files")
  List<Path> files;

  @Mixin ReportFormatOption reportFormat;
  @Mixin QuietOption quiet;

  @Option(names = "--strict", descriptionKey = "strict")
  boolean strict;

  @Option(names = "--no-letters", descriptionKey = "validate.no-letters")
  boolean noLetters;

  /**
   * The volunteer's language; without it, English with each letter's hints in its writer's
   * language.
   */
  @Option(names = "--lang", paramLabel = "en|es", descriptionKey = "validate.lang")
  Language language;

  ValidateCommand(CliEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    Language words = language == null ? Language.EN : language;
    CaseCheck check = language == null ? new CaseCheck() : new CaseCheck(language);
    ValidationService service =
        new ValidationService(
            new CaseLoader(environment.today(), words.locale()),
            new CaseValidator(words),
            noLetters
                ? Optional.empty()
                : Optional.of(new LetterChecks(new LetterService(), check)),
            environment.today());
    List<FileValidation> results = new ArrayList<>();
    for (Path file : files) {
      results.add(service.validate(file));
    }
    if (reportFormat.json()) {
      spec.commandLine().getOut().print(new ValidationJson().render(results, strict));
    } else {
      new ValidationText(
              spec.commandLine().getOut(),
              Colors.of(spec, common, environment),
              ReportWords.of(words))
          .print(results, strict, quiet.quiet);
    }
    spec.commandLine().getOut().flush();
    return exitStatus(results).code();
  }

  private ExitStatus exitStatus(List<FileValidation> results) {
    ExitStatus status = ExitStatus.OK;
    for (FileValidation r : results) {
      switch (r.outcome(strict)) {
        case INVALID -> status = ExitStatus.INVALID_INPUT;
        case FALLS_SHORT -> {
          if (status == ExitStatus.OK) {
            status = ExitStatus.FINDINGS;
          }
        }
        case OK -> {}
      }
    }
    return status;
  }
}
