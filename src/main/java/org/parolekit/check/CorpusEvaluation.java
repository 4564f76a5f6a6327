package org.parolekit.check;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parolekit.model.Criterion;
import org.parolekit.model.Language;

/**
 * Measures the letter check against a labelled corpus: a folder of letters and a
 * {@code labels.csv} (file, language, identity, flightRisk, danger, caseMerits, writerKind).
 *
 * <p>Run it with {@code mvn -q compile exec:java -Dexec.mainClass=org.parolekit.check.CorpusEvaluation
 * -Dexec.args="src/test/resources/org/parolekit/check/corpus"}.
 */
public final class CorpusEvaluation {

  /**
   * One labelled letter.
   *
   * @param file file name in the corpus folder
   * @param language the language it is written in
   * @param expected the labelled status per criterion
   * @param caseMerits whether it argues the merits of the case
   * @param writerKind who wrote it
   */
  public record Label(
      String file, Language language, Map<Criterion, CriterionStatus> expected, boolean caseMerits, WriterKind writerKind) {}

  /**
   * One letter's labels beside what the check said.
   *
   * @param label the labels
   * @param report the check's report
   */
  public record Outcome(Label label, LetterReport report) {
    public boolean reportedMerits() {
      return report.hasFinding(FindingCodes.CASE_MERITS);
    }

    /** Whether the letter was flagged for merits in any way: the error or the review warning. */
    public boolean flaggedMerits() {
      return reportedMerits() || report.hasFinding(FindingCodes.CASE_MERITS_REVIEW);
    }
  }

  /**
   * Precision and recall of one yes/no decision.
   *
   * @param truePositives labelled yes, said yes
   * @param falsePositives labelled no, said yes
   * @param falseNegatives labelled yes, said no
   */
  public record Score(int truePositives, int falsePositives, int falseNegatives) {
    public double precision() {
      return truePositives + falsePositives == 0 ? 1.0 : (double) truePositives / (truePositives + falsePositives);
    }

    public double recall() {
      return truePositives + falseNegatives == 0 ? 1.0 : (double) truePositives / (truePositives + falseNegatives);
    }
  }

  /**
   * The figures for a whole corpus.
   *
   * @param outcomes every letter
   */
  public record Evaluation(List<Outcome> outcomes) {

    /** Precision and recall of "met" on one criterion. */
    public Score met(Criterion criterion) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (Outcome o : outcomes) {
        boolean labelled = o.label().expected().get(criterion) == CriterionStatus.MET;
        boolean said = o.report().status(criterion) == CriterionStatus.MET;
        tp += labelled && said ? 1 : 0;
        fp += !labelled && said ? 1 : 0;
        fn += labelled && !said ? 1 : 0;
      }
      return new Score(tp, fp, fn);
    }

    /** Precision and recall of the case-merits finding (the error). */
    public Score caseMerits() {
      return meritsScore(Outcome::reportedMerits);
    }

    /** Precision and recall of flagging merits at all: the error or the review warning. */
    public Score caseMeritsFlagged() {
      return meritsScore(Outcome::flaggedMerits);
    }

    private Score meritsScore(java.util.function.Predicate<Outcome> said) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (Outcome o : outcomes) {
        tp += o.label().caseMerits() && said.test(o) ? 1 : 0;
        fp += !o.label().caseMerits() && said.test(o) ? 1 : 0;
        fn += o.label().caseMerits() && !said.test(o) ? 1 : 0;
      }
      return new Score(tp, fp, fn);
    }

    /** How many letters were labelled {@code expected} and reported {@code actual}. */
    public int count(Criterion criterion, CriterionStatus expected, CriterionStatus actual) {
      return (int)
          outcomes.stream()
              .filter(o -> o.label().expected().get(criterion) == expected && o.report().status(criterion) == actual)
              .count();
    }

    /** Letters labelled missing on a criterion but reported met on it: the worst mistake. */
    public List<String> missingReportedMet() {
      List<String> wrong = new ArrayList<>();
      for (Outcome o : outcomes) {
        for (Criterion c : Criterion.values()) {
          if (o.label().expected().get(c) == CriterionStatus.MISSING && o.report().status(c) == CriterionStatus.MET) {
            wrong.add(o.label().file() + " " + CriteriaAssessor.groupName(c));
          }
        }
      }
      return wrong;
    }

    /** Share of letters whose detected language matches the label. */
    public double languageAccuracy() {
      return outcomes.isEmpty()
          ? 1.0
          : (double) outcomes.stream().filter(o -> o.report().language() == o.label().language()).count() / outcomes.size();
    }

    /** Every disagreement, one line each, for tuning and for reports. */
    public List<String> disagreements() {
      List<String> lines = new ArrayList<>();
      for (Outcome o : outcomes) {
        for (Criterion c : Criterion.values()) {
          CriterionStatus want = o.label().expected().get(c);
          CriterionStatus got = o.report().status(c);
          if (want != got) {
            lines.add(String.format(Locale.ROOT, "%-40s %-10s labelled %-7s reported %s",
                o.label().file(), CriteriaAssessor.groupName(c), want.jsonName(), got.jsonName()));
          }
        }
        if (o.label().caseMerits() != o.reportedMerits()) {
          lines.add(String.format(Locale.ROOT, "%-40s %-10s labelled %-7s reported %s",
              o.label().file(), "caseMerits", o.label().caseMerits() ? "yes" : "no", o.reportedMerits() ? "yes" : "no"));
        }
      }
      return lines;
    }

    /** The lowest precision or recall among all figures. */
    public double lowestFigure() {
      double lowest = Math.min(caseMerits().precision(), caseMerits().recall());
      for (Criterion c : Criterion.values()) {
        lowest = Math.min(lowest, Math.min(met(c).precision(), met(c).recall()));
      }
      return lowest;
    }

    /** The figures as a plain-text table. */
    public void print(PrintStream out) {
      out.printf(Locale.ROOT, "letters: %d, language detected correctly: %.2f%n%n", outcomes.size(), languageAccuracy());
      out.printf(Locale.ROOT, "%-12s %9s %9s %5s %5s %5s%n", "decision", "precision", "recall", "tp", "fp", "fn");
      for (Criterion c : Criterion.values()) {
        Score s = met(c);
        out.printf(Locale.ROOT, "%-12s %9.2f %9.2f %5d %5d %5d%n",
            CriteriaAssessor.groupName(c) + "=met", s.precision(), s.recall(), s.truePositives(), s.falsePositives(), s.falseNegatives());
      }
      Score m = caseMerits();
      out.printf(Locale.ROOT, "%-12s %9.2f %9.2f %5d %5d %5d%n",
          "case-merits", m.precision(), m.recall(), m.truePositives(), m.falsePositives(), m.falseNegatives());
      Score f = caseMeritsFlagged();
      out.printf(Locale.ROOT, "%-12s %9.2f %9.2f %5d %5d %5d   (error or case-merits-review warning)%n%n",
          "merits-any", f.precision(), f.recall(), f.truePositives(), f.falsePositives(), f.falseNegatives());
      for (Criterion c : Criterion.values()) {
        out.printf(Locale.ROOT, "%s: labelled (rows) x reported (columns)%n", CriteriaAssessor.groupName(c));
        out.printf(Locale.ROOT, "%-10s %8s %8s %8s%n", "", "met", "weak", "missing");
        for (CriterionStatus want : CriterionStatus.values()) {
          out.printf(Locale.ROOT, "%-10s %8d %8d %8d%n", want.jsonName(),
              count(c, want, CriterionStatus.MET), count(c, want, CriterionStatus.WEAK), count(c, want, CriterionStatus.MISSING));
        }
        out.println();
      }
      List<String> worst = missingReportedMet();
      out.println("labelled missing but reported met: " + (worst.isEmpty() ? "none" : String.join(", ", worst)));
      List<String> diffs = disagreements();
      if (!diffs.isEmpty()) {
        out.println();
        out.println("disagreements:");
        diffs.forEach(d -> out.println("  " + d));
      }
    }
  }

  private CorpusEvaluation() {}

  /** Checks every letter listed in {@code folder/labels.csv} and compares with its labels. */
  public static Evaluation evaluate(Path folder) {
    LetterChecker checker = new LetterChecker();
    List<Outcome> outcomes = new ArrayList<>();
    for (Label label : readLabels(folder.resolve("labels.csv"))) {
      String text;
      try {
        text = Files.readString(folder.resolve(label.file()), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      LetterText letter = LetterText.of(text, label.file()).withWriterKind(label.writerKind());
      outcomes.add(new Outcome(label, checker.check(letter)));
    }
    return new Evaluation(outcomes);
  }

  static List<Label> readLabels(Path csv) {
    List<String> lines;
    try {
      lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Label> labels = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split(",");
      Map<Criterion, CriterionStatus> expected = new EnumMap<>(Criterion.class);
      expected.put(Criterion.IDENTITY, CriterionStatus.fromJsonName(f[2]));
      expected.put(Criterion.FLIGHT_RISK, CriterionStatus.fromJsonName(f[3]));
      expected.put(Criterion.DANGER, CriterionStatus.fromJsonName(f[4]));
      labels.add(new Label(
          f[0].trim(),
          Language.valueOf(f[1].trim().toUpperCase(Locale.ROOT)),
          expected,
          f[5].trim().equals("yes"),
          WriterKind.valueOf(f[6].trim().toUpperCase(Locale.ROOT))));
    }
    return labels;
  }

  public static void main(String[] args) {
    Path folder = Path.of(args.length > 0 ? args[0] : "src/test/resources/org/parolekit/check/corpus");
    evaluate(folder).print(System.out);
  }
}
