package org.parolekit.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parolekit.check.CaseCheck;
import org.parolekit.check.CaseReport;
import org.parolekit.check.CheckContext;
import org.parolekit.check.CheckJson;
import org.parolekit.check.LetterExtractor;
import org.parolekit.check.LetterText;
import org.parolekit.check.OwnDocument;
import org.parolekit.check.WriterKind;
import org.parolekit.core.ExitStatus;
import org.parolekit.model.ANumber;
import org.parolekit.model.InvalidValueException;
import org.parolekit.model.Language;
import org.parolekit.validate.CheckVerdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parolekit lint LETTER...}: checks letters that exist on their own. */
@Command(
    name = "lint",
    resourceBundle = "org.parolekit.cli.Messages",
    mixinStandardHelpOptions = true)
final class LintCommand implements Callable<Integer> {
  /** The language to read a letter in; constants are spelled as typed. */
  enum LetterLanguage {
    auto,
    en,
    es
  }

  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  private final CliEnvironment environment;

  @Parameters(arity = "1..*", paramLabel = "LETTER", descriptionKey = "lint.letters")
  List<Path> letters;

  @Option(
      names = "--lang",
      defaultValue = "auto",
      paramLabel = "auto|en|es",
      descriptionKey = "lint.lang")
  LetterLanguage language;

  @Option(names = "--person", paramLabel = "\"FULL NAME\"", descriptionKey = "lint.person")
  String person;

  @Option(names = "--a-number", paramLabel = "A-NUMBER", descriptionKey = "lint.a-number")
  String aNumber;

  @Option(
      names = "--writer",
      paramLabel = "sponsor|supporter|organization",
      descriptionKey = "lint.writer")
  WriterKind writer;

  @Option(names = "--attorney", descriptionKey = "lint.attorney")
  boolean attorney;

  @Mixin ReportFormatOption reportFormat;
  @Mixin QuietOption quiet;

  @Option(names = "--strict", descriptionKey = "strict")
  boolean strict;

  LintCommand(CliEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    CheckContext context =
        new CheckContext(
            Optional.ofNullable(person).map(String::strip).filter(s -> !s.isEmpty()),
            List.of(),
            Optional.ofNullable(aNumber).map(this::parseANumber),
            Optional.empty(),
            Optional.empty(),
            attorney);
    List<LetterText> texts = new ArrayList<>();
    Map<Path, OwnDocument> skipped = new LinkedHashMap<>();
    for (Path file : letters) {
      String text = LetterExtractor.text(file);
      Optional<OwnDocument> own = OwnDocument.recognize(text);
      if (own.isPresent()) {
        skipped.put(file, own.get());
        continue;
      }
      LetterText t = LetterText.of(text, file.getFileName().toString());
      if (language != LetterLanguage.auto) {
        t = t.withDeclaredLanguage(language == LetterLanguage.es ? Language.ES : Language.EN);
      }
      if (writer != null) {
        t = t.withWriterKind(writer);
      }
      texts.add(t);
    }
    CaseReport report = new CaseCheck().check(texts, context);
    PrintWriter out = spec.commandLine().getOut();
    if (reportFormat.json()) {
      out.print(json(report, skipped));
    } else {
      CliText messages = CliText.load();
      if (!quiet.quiet) {
        skipped.forEach(
            (file, kind) ->
                out.println(
                    messages.get(
                        "lint.not-a-letter", file.getFileName(), messages.get(kind.messageKey()))));
      }
      if (!texts.isEmpty()) {
        new CheckReportText(out, Colors.of(spec, common, environment), "")
            .print(report, letter -> !quiet.quiet || !CheckVerdict.passes(letter, strict));
      }
    }
    out.flush();
    return CheckVerdict.passes(report, strict) ? ExitStatus.OK.code() : ExitStatus.FINDINGS.code();
  }

  private ANumber parseANumber(String text) {
    try {
      return ANumber.parse(text);
    } catch (InvalidValueException e) {
      throw new ParameterException(
          spec.commandLine(), "--a-number: " + e.getMessage() + ". " + e.hint());
    }
  }

  /**
   * The check's JSON, with {@code "skipped":[{"file","document":"writing-guide"}]} for files that
   * are no letter.
   */
  private static String json(CaseReport report, Map<Path, OwnDocument> skipped) {
    Map<String, Object> tree = new LinkedHashMap<>(CheckJson.tree(report));
    List<Map<String, Object>> notLetters = new ArrayList<>();
    skipped.forEach(
        (file, kind) -> {
          Map<String, Object> entry = new LinkedHashMap<>();
          entry.put("file", file.getFileName().toString());
          entry.put("document", kind.messageKey().substring("own-document.".length()));
          notLetters.add(entry);
        });
    tree.put("skipped", notLetters);
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(tree)
          + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
