package org.parolekit.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.parolekit.model.Criterion;
import org.parolekit.model.Language;

/**
 * Checks all the letters of one case: each letter on its own, then the letters together — they must
 * agree on the person's name, A-number, date of birth and the address where the person will live,
 * and together they should show every criterion.
 *
 * <p>Immutable and thread-safe.
 */
public final class CaseCheck {
  private final LetterChecker checker;
  private final Hints hints;

  /** Messages for the volunteer in English, hints in each letter's language. */
  public CaseCheck() {
    this(new LetterChecker(), new Hints());
  }

  /** Messages and hints in {@code reader}'s language, whatever each letter's. */
  public CaseCheck(Language reader) {
    this(new LetterChecker(reader), new Hints(Optional.of(reader)));
  }

  /** With {@code checker} for each letter; the case's own messages in English. */
  public CaseCheck(LetterChecker checker) {
    this(checker, new Hints());
  }

  private CaseCheck(LetterChecker checker, Hints hints) {
    this.checker = checker;
    this.hints = hints;
  }

  /** Checks each letter and the letters together. */
  public CaseReport check(List<LetterText> letters, CheckContext context) {
    // Letters are checked side by side (the checker is thread-safe; the reports keep the letters'
    // order): most of a case's validation is matching the lexicons, letter by letter.
    List<LetterReport> reports =
        letters.parallelStream().map(l -> checker.check(l, context)).toList();
    List<Finding> findings = new ArrayList<>();

    disagreement(
        letters, l -> LetterFacts.aNumbers(l.text()), "a-number", findings, Severity.ERROR);
    disagreement(letters, CaseCheck::birthFacts, "dob", findings, Severity.ERROR);
    disagreement(letters, CaseCheck::homeAddresses, "address", findings, Severity.WARNING);
    context.personFullName().ifPresent(name -> nameSpellings(letters, name, context, findings));

    Map<Criterion, CriterionStatus> best = new EnumMap<>(Criterion.class);
    for (Criterion c : Criterion.values()) {
      // An organization's letter says how it knows the person; the three points must come from
      // the people who know them.
      CriterionStatus b =
          reports.stream()
              .filter(r -> r.writerKind() != WriterKind.ORGANIZATION)
              .map(r -> r.status(c))
              .min(Comparator.naturalOrder())
              .orElse(CriterionStatus.MISSING);
      best.put(c, b);
      if (b != CriterionStatus.MET) {
        findings.add(
            new Finding(
                Severity.WARNING,
                FindingCodes.CRITERION_NOT_MET_IN_CASE,
                hints.message(
                    "msg.criterion-not-met-in-case",
                    hints.message("msg.criterion." + CriteriaAssessor.groupName(c))),
                hints.message("hint.criterion-not-met-in-case"),
                List.of()));
      }
    }
    long errors = count(reports, findings, Severity.ERROR);
    long warnings = count(reports, findings, Severity.WARNING);
    return new CaseReport(
        reports, findings, new CheckSummary(reports.size(), errors, warnings, best));
  }

  private static long count(
      List<LetterReport> reports, List<Finding> caseFindings, Severity severity) {
    return reports.stream()
            .flatMap(r -> r.findings().stream())
            .filter(f -> f.severity() == severity)
            .count()
        + caseFindings.stream().filter(f -> f.severity() == severity).count();
  }

  /**
   * Groups letters by the value each states (letters stating none are left out) and reports when
   * there is more than one value. The values themselves are never printed: only which letters agree
   * with which.
   */
  private void disagreement(
      List<LetterText> letters,
      Function<LetterText, List<String>> facts,
      String what,
      List<Finding> findings,
      Severity severity) {
    Map<String, List<String>> filesByValue = new LinkedHashMap<>();
    for (LetterText letter : letters) {
      for (String value : facts.apply(letter)) {
        filesByValue.computeIfAbsent(value, v -> new ArrayList<>()).add(letter.sourceName());
      }
    }
    if (filesByValue.size() > 1) {
      List<String> groups = new ArrayList<>();
      for (List<String> files : filesByValue.values()) {
        groups.add(
            files.size() == 1
                ? hints.message("msg.inconsistent.one", files.get(0))
                : hints.message(
                    "msg.inconsistent.many",
                    String.join(", ", files.subList(0, files.size() - 1)),
                    files.get(files.size() - 1)));
      }
      findings.add(
          new Finding(
              severity,
              FindingCodes.INCONSISTENT_ACROSS_LETTERS,
              hints.message("msg.inconsistent." + what, String.join("; ", groups)),
              hints.message("hint.inconsistent"),
              List.of()));
    }
  }

  private void nameSpellings(
      List<LetterText> letters, String fullName, CheckContext context, List<Finding> findings) {
    Map<String, List<String>> filesBySpelling = new LinkedHashMap<>();
    for (LetterText letter : letters) {
      PersonMatcher.NameMatch m =
          PersonMatcher.match(letter.text(), fullName, context.otherSpellings());
      if (m.kind() != PersonMatcher.Kind.ABSENT && m.kind() != PersonMatcher.Kind.FIRST_NAME_ONLY) {
        filesBySpelling
            .computeIfAbsent(m.written().toLowerCase(Locale.ROOT), s -> new ArrayList<>())
            .add(letter.sourceName() + " (\"" + m.written() + "\")");
      }
    }
    if (filesBySpelling.size() > 1) {
      List<String> groups =
          filesBySpelling.values().stream().map(f -> String.join(", ", f)).toList();
      findings.add(
          new Finding(
              Severity.WARNING,
              FindingCodes.INCONSISTENT_ACROSS_LETTERS,
              hints.message("msg.inconsistent.name", String.join("; ", groups)),
              hints.message("hint.inconsistent"),
              List.of()));
    }
  }

  private static List<String> birthFacts(LetterText letter) {
    return LetterFacts.birthDates(SentenceSplitter.split(letter.text())).stream()
        .filter(b -> b.date() != null)
        .map(b -> b.date().toString())
        .distinct()
        .toList();
  }

  private static List<String> homeAddresses(LetterText letter) {
    List<String> keys = new ArrayList<>();
    for (Sentence s : SentenceSplitter.split(letter.text())) {
      if (LetterChecker.speaksOfFutureHome(s)) {
        LetterFacts.streetAddresses(s.folded()).stream()
            .filter(k -> !keys.contains(k))
            .forEach(keys::add);
      }
    }
    return keys;
  }
}
