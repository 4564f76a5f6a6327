package org.parolekit.interview;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.parolekit.check.CheckContext;
import org.parolekit.check.CriterionStatus;
import org.parolekit.check.Finding;
import org.parolekit.check.FindingCodes;
import org.parolekit.check.LetterChecker;
import org.parolekit.check.LetterReport;
import org.parolekit.check.LetterText;
import org.parolekit.check.Severity;
import org.parolekit.check.WriterKind;
import org.parolekit.core.ExitStatus;
import org.parolekit.core.ParolekitException;
import org.parolekit.load.CaseLoader;
import org.parolekit.load.FieldValidator;
import org.parolekit.model.CaseFile;
import org.parolekit.model.Criterion;
import org.parolekit.model.Language;
import org.parolekit.model.LetterWriter;
import org.parolekit.model.Sponsor;
import org.parolekit.model.Statements;
import org.parolekit.model.Supporter;
import org.parolekit.output.AtomicFile;
import org.parolekit.output.FileAccess;

/**
 * Sits with one letter writer, in the writer's language, and asks the questions that make a strong
 * letter, one part of the statements at a time. After each answer it shows which of the three
 * criteria the words so far meet, and warns at once about language on the merits of the case. Each
 * finished part is saved to the case file as the writer's statements.
 */
public final class Coach {
  private static final List<String> PARTS =
      List.of("relationship", "appearance", "character", "more");

  private final Prompter prompter;
  private final LocalDate today;

  /** How a coaching session ended. */
  public enum Outcome {
    /** The writer's words meet all three criteria and need no fixing. */
    STRONG,
    /** Saved, but a criterion is weak or missing or something needs fixing. */
    NEEDS_MORE,
    /** Stopped before the end; every finished part was saved. */
    STOPPED
  }

  public Coach(Prompter prompter, LocalDate today) {
    this.prompter = prompter;
    this.today = today;
  }

  public Outcome run(Path file, String writerName) {
    CaseFile caseFile = new CaseLoader(today).load(file).caseFile();
    String saved = readText(file);
    boolean staleSaid = false;
    int index = findWriter(caseFile, writerName);
    LetterWriter writer = index < 0 ? caseFile.sponsor() : caseFile.supporters().get(index);
    if (writer.wroteWholeLetter()) {
      throw new ParolekitException(
          ExitStatus.INVALID_INPUT,
          writer.name()
              + " wrote a whole letter (letterFile); the coach helps with statements. Remove"
              + " letterFile to write statements instead");
    }
    InterviewText text = new InterviewText(writer.language());
    LetterChecker checker = new LetterChecker(writer.language());
    List<String> header = Interview.headerOf(file);
    String person = caseFile.person().givenNames();
    WriterKind kind = index < 0 ? WriterKind.SPONSOR : WriterKind.SUPPORTER;
    CheckContext context = CheckContext.fromCase(caseFile);
    Statements existing =
        writer.statements() == null ? new Statements(null, null, null, null) : writer.statements();
    String[] parts = {
      existing.relationship(), existing.appearance(), existing.character(), existing.more()
    };

    prompter.say(text.get("coach.intro", writer.name(), caseFile.person().fullName()));
    prompter.say(text.get("coach.keys"));
    LetterReport report = check(checker, parts, writer, kind, context);
    RecordInterview asker =
        new RecordInterview(
            prompter, text, new FieldValidator(today, text.locale(), file), Set.of());
    for (int i = 0; i < PARTS.size(); i++) {
      String part = PARTS.get(i);
      prompter.say("");
      prompter.say("== " + text.get("coach." + part + ".title") + " ==");
      for (String question :
          text.get("coach." + part + "." + kind.jsonName(), person).split("\\|")) {
        prompter.say("  - " + question.strip());
      }
      String before = parts[i];
      try {
        parts[i] = answer(checker, text, asker, parts[i], caseFile, context);
      } catch (InterviewStopped stopped) {
        prompter.say(text.get("coach.stopped", file));
        return Outcome.STOPPED;
      }
      report = check(checker, parts, writer, kind, context);
      prompter.say("  " + new CaseCheckup(prompter, text, today).statuses(report));
      for (Criterion c : Criterion.values()) {
        if (report.status(c) != CriterionStatus.MET && relevant(part, c)) {
          report.criteria().get(c).hint().ifPresent(h -> prompter.say("    -> " + h));
        }
      }
      if (Objects.equals(blankToNull(parts[i]), blankToNull(before))) {
        continue;
      }
      caseFile = withStatements(caseFile, index, parts);
      CaseFile finalCase = caseFile;
      String yaml =
          CaseFileEdit.setStatement(saved, index, part, parts[i])
              .orElseGet(() -> new CaseYamlWriter().write(finalCase, header));
      AtomicFile.write(file, yaml.getBytes(StandardCharsets.UTF_8), true, FileAccess.AS_BEFORE);
      saved = yaml;
      prompter.say("  " + text.get("saved", file));
      if (writer.translation() != null && !staleSaid) {
        prompter.say(
            "  " + text.get("coach.translationStale", writer.translation().translator().name()));
        staleSaid = true;
      }
    }
    LetterReport last = report;
    boolean strong =
        Arrays.stream(Criterion.values()).allMatch(c -> last.status(c) == CriterionStatus.MET)
            && last.findings().stream()
                .noneMatch(
                    f ->
                        f.code().equals(FindingCodes.CASE_MERITS)
                            && f.severity() == Severity.ERROR);
    prompter.say("");
    prompter.say(strong ? text.get("coach.strong") : text.get("coach.weak"));
    if (writer.language() != Language.EN && writer.translation() == null) {
      prompter.say(text.get("coach.translation"));
    }
    return strong ? Outcome.STRONG : Outcome.NEEDS_MORE;
  }

  /**
   * One part: the first line, then more lines until an empty one; case-merits words are caught at
   * once.
   */
  private String answer(
      LetterChecker checker,
      InterviewText text,
      RecordInterview asker,
      String current,
      CaseFile caseFile,
      CheckContext context) {
    boolean hasCurrent = current != null && !current.isBlank();
    if (hasCurrent) {
      prompter.say("  " + text.get("coach.current") + " " + current);
    }
    while (true) {
      List<String> lines = new ArrayList<>();
      String first =
          prompter.ask(hasCurrent ? "  [" + text.get("coach.keep") + "]> " : "  > ", List.of());
      if (first.isEmpty()) {
        return current;
      }
      if (first.equals("-")) {
        return null;
      }
      if (first.equals("?")) {
        prompter.say("    " + text.get("coach.help"));
        continue;
      }
      lines.add(first);
      for (String more = prompter.ask("  " + text.get("coach.moreLine") + "> ", List.of());
          !more.isEmpty();
          more = prompter.ask("  " + text.get("coach.moreLine") + "> ", List.of())) {
        lines.add(more);
      }
      String answer = String.join(" ", lines);
      Optional<Finding> merits = caseMerits(checker, answer, caseFile, context);
      if (merits.isEmpty()) {
        return answer;
      }
      prompter.say("  ! " + text.get("coach.merits"));
      merits.get().evidence().forEach(e -> prompter.say("      \"" + e + "\""));
      if (!asker.yesNo(text.get("coach.merits.rewrite"), true)) {
        return answer;
      }
    }
  }

  private static Optional<Finding> caseMerits(
      LetterChecker checker, String answer, CaseFile caseFile, CheckContext context) {
    if (caseFile.preparedBy().mayAddressCaseMerits()) {
      return Optional.empty();
    }
    return checker.check(LetterText.of(answer, "answer"), context).findings().stream()
        .filter(f -> f.code().equals(FindingCodes.CASE_MERITS))
        .findFirst();
  }

  /** The writer's words checked, with hints in the coach's language (the writer's). */
  private static LetterReport check(
      LetterChecker checker,
      String[] parts,
      LetterWriter writer,
      WriterKind kind,
      CheckContext context) {
    String words =
        Arrays.stream(parts)
            .filter(p -> p != null && !p.isBlank())
            .collect(Collectors.joining("\n\n"));
    return checker.check(
        new LetterText(
            words,
            "statements",
            Optional.of(writer.language()),
            Optional.of(writer.name()),
            kind,
            Optional.empty()),
        context);
  }

  /** Hints that belong to a part: the part asked for that criterion, or the last part, for all. */
  private static boolean relevant(String part, Criterion c) {
    return switch (part) {
      case "relationship" -> c == Criterion.IDENTITY;
      case "appearance" -> c == Criterion.FLIGHT_RISK;
      case "character" -> c == Criterion.DANGER;
      default -> true;
    };
  }

  /**
   * The index of the supporter named {@code wanted}, or -1 for the sponsor; accents and case do not
   * matter.
   */
  static int findWriter(CaseFile caseFile, String wanted) {
    List<LetterWriter> writers = new ArrayList<>();
    if (caseFile.sponsor() != null) {
      writers.add(caseFile.sponsor());
    }
    writers.addAll(caseFile.supporters());
    String key = fold(wanted);
    List<LetterWriter> matches = writers.stream().filter(w -> fold(w.name()).equals(key)).toList();
    if (matches.isEmpty()) {
      matches = writers.stream().filter(w -> fold(w.name()).contains(key)).toList();
    }
    if (matches.size() != 1) {
      String names = writers.stream().map(LetterWriter::name).collect(Collectors.joining("; "));
      throw new ParolekitException(
          ExitStatus.USAGE,
          (matches.isEmpty()
                  ? "no letter writer in the case file is named \"" + wanted + "\""
                  : "more than one letter writer matches \"" + wanted + "\"")
              + (names.isEmpty()
                  ? "; add a sponsor or supporter first (parolekit interview)"
                  : "; the writers are: " + names));
    }
    LetterWriter found = matches.get(0);
    return found instanceof Sponsor ? -1 : caseFile.supporters().indexOf((Supporter) found);
  }

  private static String fold(String s) {
    return Normalizer.normalize(s.strip(), Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[\\s.]+", " ");
  }

  private static CaseFile withStatements(CaseFile c, int index, String[] parts) {
    Statements statements =
        new Statements(
            blankToNull(parts[0]),
            blankToNull(parts[1]),
            blankToNull(parts[2]),
            blankToNull(parts[3]));
    Statements saved = statements.hasAny() ? statements : null;
    if (index < 0) {
      return new CaseFile(
          c.person(),
          with(c.sponsor(), "statements", saved),
          c.supporters(),
          c.organization(),
          c.preparedBy(),
          c.attachments(),
          c.letterDate());
    }
    List<Supporter> supporters = new ArrayList<>(c.supporters());
    supporters.set(index, with(supporters.get(index), "statements", saved));
    return new CaseFile(
        c.person(),
        c.sponsor(),
        supporters,
        c.organization(),
        c.preparedBy(),
        c.attachments(),
        c.letterDate());
  }

  private static String readText(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ParolekitException(
          ExitStatus.INVALID_INPUT, file + " cannot be read. Check the path and permissions", e);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** A copy of {@code record} with one component replaced. */
  @SuppressWarnings("unchecked")
  static <R extends Record> R with(R record, String component, Object value) {
    RecordComponent[] components = record.getClass().getRecordComponents();
    Object[] args = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      args[i] =
          components[i].getName().equals(component)
              ? value
              : RecordInterview.get(record, components[i]);
    }
    try {
      return (R) record.getClass().getDeclaredConstructor(types).newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot copy " + record.getClass().getSimpleName(), e);
    }
  }
}
