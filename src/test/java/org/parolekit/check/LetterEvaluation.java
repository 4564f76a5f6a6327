package org.parolekit.check;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.parolekit.model.Criterion;

/**
 * Measures the letter checks on folders of labelled letters ({@link LabelledLetter}'s format, the
 * format of {@code ../shared/letters-real/}): per criterion the agreement with the labels and the
 * precision and recall of "met"; for case merits the precision and recall of the error and of any
 * flag (the error or the review warning); the letters wrongly reported as meeting all three; the
 * same figures per language and per kind of writer (or source). Checks run as {@code lint} runs
 * them: no case file.
 *
 * <p>Usage: {@code LetterEvaluation [--json] [--quiet] [--include REGEX] [--exclude REGEX] DIR...}
 * ({@code bench/evaluate-letters.sh}). Not part of the shipped tool.
 */
public final class LetterEvaluation {

  /**
   * One letter's labels beside what the check said.
   *
   * @param letter the labelled letter
   * @param report the check's report
   */
  record Outcome(LabelledLetter letter, LetterReport report) {
    boolean meritsError() {
      return report.hasFinding(FindingCodes.CASE_MERITS);
    }

    boolean meritsFlagged() {
      return meritsError() || report.hasFinding(FindingCodes.CASE_MERITS_REVIEW);
    }

    boolean reportedAllMet() {
      return report.criteria().values().stream().allMatch(r -> r.status() == CriterionStatus.MET);
    }

    boolean labelledAllMet() {
      return letter.expected().values().stream().allMatch(s -> s == CriterionStatus.MET);
    }
  }

  /**
   * Counts for one yes/no decision. Precision is undefined (NaN, printed "-") when nothing was
   * predicted, and recall when nothing was labelled: a detector that never fires has no precision,
   * not a perfect one.
   */
  record Score(int truePositives, int falsePositives, int falseNegatives) {
    double precision() {
      return truePositives + falsePositives == 0
          ? Double.NaN
          : (double) truePositives / (truePositives + falsePositives);
    }

    double recall() {
      return truePositives + falseNegatives == 0
          ? Double.NaN
          : (double) truePositives / (truePositives + falseNegatives);
    }

    static Score of(List<Outcome> outcomes, Predicate<Outcome> labelled, Predicate<Outcome> said) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (Outcome o : outcomes) {
        boolean l = labelled.test(o);
        boolean s = said.test(o);
        tp += l && s ? 1 : 0;
        fp += !l && s ? 1 : 0;
        fn += l && !s ? 1 : 0;
      }
      return new Score(tp, fp, fn);
    }
  }

  /** The figures for a set of outcomes. */
  record Evaluation(List<Outcome> outcomes) {

    /** Share of letters whose reported status (met, weak, missing) equals the label. */
    double agreement(Criterion c) {
      return outcomes.isEmpty()
          ? Double.NaN
          : (double)
                  outcomes.stream()
                      .filter(o -> o.letter().expected().get(c) == o.report().status(c))
                      .count()
              / outcomes.size();
    }

    Score met(Criterion c) {
      return Score.of(
          outcomes,
          o -> o.letter().expected().get(c) == CriterionStatus.MET,
          o -> o.report().status(c) == CriterionStatus.MET);
    }

    Score meritsError() {
      return Score.of(outcomes, o -> o.letter().merits(), Outcome::meritsError);
    }

    Score meritsFlagged() {
      return Score.of(outcomes, o -> o.letter().merits(), Outcome::meritsFlagged);
    }

    /** Letters reported as meeting all three while a label says one is not met. */
    List<String> falseAllMet() {
      return outcomes.stream()
          .filter(o -> o.reportedAllMet() && !o.labelledAllMet())
          .map(o -> o.letter().file())
          .toList();
    }

    /** Letters reported met on a criterion labelled missing. */
    List<String> missingReportedMet() {
      List<String> wrong = new ArrayList<>();
      for (Outcome o : outcomes) {
        for (Criterion c : Criterion.values()) {
          if (o.letter().expected().get(c) == CriterionStatus.MISSING
              && o.report().status(c) == CriterionStatus.MET) {
            wrong.add(o.letter().file() + " " + CriteriaAssessor.groupName(c));
          }
        }
      }
      return wrong;
    }

    double languageAccuracy() {
      return outcomes.isEmpty()
          ? Double.NaN
          : (double)
                  outcomes.stream()
                      .filter(o -> o.report().language() == o.letter().language())
                      .count()
              / outcomes.size();
    }

    Map<String, Evaluation> by(java.util.function.Function<Outcome, String> key) {
      Map<String, List<Outcome>> groups =
          outcomes.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
      Map<String, Evaluation> result = new LinkedHashMap<>();
      groups.forEach((k, v) -> result.put(k, new Evaluation(v)));
      return result;
    }

    List<String> disagreements() {
      List<String> lines = new ArrayList<>();
      for (Outcome o : outcomes) {
        for (Criterion c : Criterion.values()) {
          CriterionStatus want = o.letter().expected().get(c);
          CriterionStatus got = o.report().status(c);
          if (want != got) {
            lines.add(
                String.format(
                    Locale.ROOT,
                    "%-52s %-10s labelled %-7s reported %s",
                    o.letter().file(),
                    CriteriaAssessor.groupName(c),
                    want.jsonName(),
                    got.jsonName()));
          }
        }
        if (o.letter().merits() != o.meritsFlagged()) {
          lines.add(
              String.format(
                  Locale.ROOT,
                  "%-52s %-10s labelled %-7s reported %s",
                  o.letter().file(),
                  "merits",
                  o.letter().merits() ? "yes" : "no",
                  o.meritsFlagged() ? (o.meritsError() ? "error" : "review") : "no"));
        }
      }
      return lines;
    }

    /** The headline figures as a JSON-ready tree. */
    Map<String, Object> summary() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("letters", outcomes.size());
      for (Criterion c : Criterion.values()) {
        Score s = met(c);
        Map<String, Object> cm = new LinkedHashMap<>();
        cm.put("agreement", round(agreement(c)));
        cm.put("metPrecision", round(s.precision()));
        cm.put("metRecall", round(s.recall()));
        cm.put("labelledMet", s.truePositives() + s.falseNegatives());
        m.put(CriteriaAssessor.groupName(c), cm);
      }
      m.put("meritsError", scoreTree(meritsError()));
      m.put("meritsFlagged", scoreTree(meritsFlagged()));
      m.put("falseAllMet", falseAllMet());
      return m;
    }

    Map<String, Object> tree() {
      Map<String, Object> m = summary();
      m.put("languageAccuracy", round(languageAccuracy()));
      m.put("missingReportedMet", missingReportedMet());
      Map<String, Object> byLanguage = new LinkedHashMap<>();
      by(o -> o.letter().language().yamlName()).forEach((k, v) -> byLanguage.put(k, v.summary()));
      m.put("byLanguage", byLanguage);
      Map<String, Object> byKind = new LinkedHashMap<>();
      by(o -> o.letter().kind()).forEach((k, v) -> byKind.put(k, v.summary()));
      m.put("byKind", byKind);
      m.put("disagreements", disagreements());
      return m;
    }

    private static Map<String, Object> scoreTree(Score s) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("precision", round(s.precision()));
      m.put("recall", round(s.recall()));
      m.put("tp", s.truePositives());
      m.put("fp", s.falsePositives());
      m.put("fn", s.falseNegatives());
      return m;
    }

    private static Object round(double d) {
      return Double.isNaN(d) ? null : Math.round(d * 100) / 100.0;
    }

    void print(PrintStream out, boolean withDisagreements) {
      out.printf(
          Locale.ROOT,
          "letters: %d, language detected correctly: %s%n%n",
          outcomes.size(),
          fig(languageAccuracy()));
      out.printf(
          Locale.ROOT,
          "%-12s %9s %9s %9s %8s%n",
          "criterion",
          "agreement",
          "met prec",
          "met rec",
          "met n");
      for (Criterion c : Criterion.values()) {
        Score s = met(c);
        out.printf(
            Locale.ROOT,
            "%-12s %9s %9s %9s %8d%n",
            CriteriaAssessor.groupName(c),
            fig(agreement(c)),
            fig(s.precision()),
            fig(s.recall()),
            s.truePositives() + s.falseNegatives());
      }
      out.printf(
          Locale.ROOT,
          "%n%-26s %9s %9s %5s %5s %5s%n",
          "case merits",
          "precision",
          "recall",
          "tp",
          "fp",
          "fn");
      printScore(out, "error", meritsError());
      printScore(out, "error or review warning", meritsFlagged());
      List<String> all = falseAllMet();
      out.printf(
          Locale.ROOT,
          "%nreported all met but not labelled so: %s%n",
          all.isEmpty() ? "none" : String.join(", ", all));
      List<String> worst = missingReportedMet();
      out.printf(
          Locale.ROOT,
          "labelled missing but reported met: %s%n",
          worst.isEmpty() ? "none" : String.join(", ", worst));
      printGroups(out, "language", by(o -> o.letter().language().yamlName()));
      printGroups(out, "kind", by(o -> o.letter().kind()));
      for (Criterion c : Criterion.values()) {
        out.printf(
            Locale.ROOT,
            "%n%s: labelled (rows) x reported (columns)%n",
            CriteriaAssessor.groupName(c));
        out.printf(Locale.ROOT, "%-10s %8s %8s %8s%n", "", "met", "weak", "missing");
        for (CriterionStatus want : CriterionStatus.values()) {
          out.printf(Locale.ROOT, "%-10s", want.jsonName());
          for (CriterionStatus got : CriterionStatus.values()) {
            long n =
                outcomes.stream()
                    .filter(
                        o -> o.letter().expected().get(c) == want && o.report().status(c) == got)
                    .count();
            out.printf(Locale.ROOT, " %8d", n);
          }
          out.println();
        }
      }
      if (withDisagreements) {
        List<String> diffs = disagreements();
        out.printf(Locale.ROOT, "%ndisagreements: %s%n", diffs.isEmpty() ? "none" : "");
        diffs.forEach(d -> out.println("  " + d));
      }
    }

    private static void printScore(PrintStream out, String name, Score s) {
      out.printf(
          Locale.ROOT,
          "%-26s %9s %9s %5d %5d %5d%n",
          name,
          fig(s.precision()),
          fig(s.recall()),
          s.truePositives(),
          s.falsePositives(),
          s.falseNegatives());
    }

    private static void printGroups(PrintStream out, String title, Map<String, Evaluation> groups) {
      out.printf(
          Locale.ROOT,
          "%nby %s: agreement / met recall, merits flagged precision / recall, false all-met%n",
          title);
      out.printf(
          Locale.ROOT,
          "%-22s %4s %13s %13s %13s %11s %6s%n",
          title,
          "n",
          "identity",
          "flightRisk",
          "danger",
          "merits",
          "allmet");
      groups.forEach(
          (k, e) -> {
            StringBuilder row =
                new StringBuilder(String.format(Locale.ROOT, "%-22s %4d", k, e.outcomes().size()));
            for (Criterion c : Criterion.values()) {
              row.append(
                  String.format(
                      Locale.ROOT, " %6s/%-6s", fig(e.agreement(c)), fig(e.met(c).recall())));
            }
            Score m = e.meritsFlagged();
            row.append(
                String.format(
                    Locale.ROOT,
                    " %5s/%-5s %6d",
                    fig(m.precision()),
                    fig(m.recall()),
                    e.falseAllMet().size()));
            out.println(row);
          });
    }

    private static String fig(double d) {
      return Double.isNaN(d) ? "-" : String.format(Locale.ROOT, "%.2f", d);
    }
  }

  private LetterEvaluation() {}

  /** Checks every letter as {@code lint} would (no case file) and compares with its labels. */
  static Evaluation evaluate(List<LabelledLetter> letters) {
    LetterChecker checker = new LetterChecker();
    List<Outcome> outcomes = new ArrayList<>();
    for (LabelledLetter l : letters) {
      LetterText text = LetterText.of(l.text(), l.file());
      if (l.writerKind().isPresent()) {
        text = text.withWriterKind(l.writerKind().get());
      }
      outcomes.add(new Outcome(l, checker.check(text)));
    }
    return new Evaluation(outcomes);
  }

  /** The labelled letters of the folders, filtered by file name. */
  static List<LabelledLetter> letters(List<Path> folders, Pattern include, Pattern exclude) {
    List<LabelledLetter> all = new ArrayList<>();
    for (Path folder : folders) {
      for (LabelledLetter l : LabelledLetter.readFolder(folder)) {
        if ((include == null || include.matcher(l.file()).find())
            && (exclude == null || !exclude.matcher(l.file()).find())) {
          all.add(l);
        }
      }
    }
    return all;
  }

  public static void main(String[] args) throws Exception {
    boolean json = false;
    boolean quiet = false;
    boolean explain = false;
    Pattern include = null;
    Pattern exclude = null;
    List<Path> folders = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--json" -> json = true;
        case "--quiet" -> quiet = true;
        case "--explain" -> explain = true;
        case "--include" -> include = Pattern.compile(args[++i]);
        case "--exclude" -> exclude = Pattern.compile(args[++i]);
        default -> folders.add(Path.of(args[i]));
      }
    }
    if (folders.isEmpty()) {
      System.err.println(
          "usage: LetterEvaluation [--json] [--quiet] [--explain] [--include REGEX] [--exclude"
              + " REGEX] DIR...");
      System.exit(2);
    }
    Evaluation e = evaluate(letters(folders, include, exclude));
    if (json) {
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .writeValue(System.out, e.tree());
      System.out.println();
    } else {
      e.print(System.out, !quiet);
    }
    if (explain) {
      for (Outcome o : e.outcomes()) {
        System.out.println("\n## " + o.letter().file());
        for (Criterion c : Criterion.values()) {
          System.out.printf(
              Locale.ROOT,
              "  %s labelled %s reported %s%n",
              CriteriaAssessor.groupName(c),
              o.letter().expected().get(c).jsonName(),
              o.report().status(c).jsonName());
          for (Detection d : o.report().criteria().get(c).detections()) {
            System.out.printf(Locale.ROOT, "    %-22s %s%n", d.detector().section(), d.words());
          }
        }
        o.report()
            .meritsDetections()
            .forEach(
                d ->
                    System.out.printf(
                        Locale.ROOT, "    %-22s %s%n", d.detector().section(), d.words()));
        for (Finding f : o.report().findings()) {
          if (f.code().startsWith("case-merits")) {
            System.out.printf(
                Locale.ROOT,
                "  %s (labelled %s): %s%n",
                f.code(),
                o.letter().merits() ? "yes" : "no",
                f.evidence().stream()
                    .map(x -> x.length() > 100 ? x.substring(0, 100) + "..." : x)
                    .toList());
          }
        }
      }
    }
  }
}
