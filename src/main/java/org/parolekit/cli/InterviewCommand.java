package org.parolekit.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import org.parolekit.core.ExitStatus;
import org.parolekit.interview.Interview;
import org.parolekit.interview.InterviewRequest;
import org.parolekit.interview.InterviewText;
import org.parolekit.interview.Prompter;
import org.parolekit.interview.Section;
import org.parolekit.interview.Terminals;
import org.parolekit.model.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code parolekit interview [CASE.yaml]}: writes or completes a case file by asking questions. */
@Command(
    name = "interview",
    resourceBundle = "org.parolekit.cli.Messages",
    mixinStandardHelpOptions = true)
final class InterviewCommand implements Callable<Integer> {
  private final CliEnvironment environment;
  private final Terminals terminals;

  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "CASE.yaml",
      descriptionKey = "interview.case")
  Path caseFile;

  @Option(
      names = "--section",
      split = ",",
      paramLabel = "SECTION",
      converter = SectionConverter.class,
      descriptionKey = "interview.section")
  List<Section> sections;

  @Option(
      names = "--lang",
      defaultValue = "en",
      paramLabel = "LANG",
      descriptionKey = "interview.lang")
  Language language;

  InterviewCommand(CliEnvironment environment, Terminals terminals) {
    this.environment = environment;
    this.terminals = terminals;
  }

  @Override
  public Integer call() throws Exception {
    if (caseFile == null && !terminals.interactive()) {
      throw new ParameterException(
          spec.commandLine(), CliText.load().get("usage.interview-needs-file", spec.root().name()));
    }
    Set<Section> chosen = sections == null ? Set.of() : EnumSet.copyOf(sections);
    try (Terminal terminal = terminals.open()) {
      Interview interview =
          new Interview(
              new Prompter(terminal, terminals.interactive()),
              new InterviewText(language),
              spec.root().name());
      Path file = caseFile != null ? caseFile : interview.askWhere();
      Interview.Outcome outcome =
          interview.run(new InterviewRequest(file, chosen, language, environment.today()));
      return (switch (outcome) {
            case COMPLETE -> ExitStatus.OK;
            case FALLS_SHORT -> ExitStatus.FINDINGS;
            case STOPPED -> ExitStatus.INTERRUPTED;
          })
          .code();
    }
  }

  /** Reads a section name: person, sponsor, supporters, organization, attachments, preparedBy. */
  static final class SectionConverter implements ITypeConverter<Section> {
    @Override
    public Section convert(String value) {
      return Section.named(value)
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "unknown section \""
                          + value
                          + "\"; write one of: person, sponsor, supporters, organization,"
                          + " attachments, preparedBy"));
    }
  }
}
