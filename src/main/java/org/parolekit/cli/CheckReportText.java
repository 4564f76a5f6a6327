package org.parolekit.cli;

import java.io.PrintWriter;
import java.util.function.Predicate;
import org.parolekit.check.CaseReport;
import org.parolekit.check.CriterionResult;
import org.parolekit.check.CriterionStatus;
import org.parolekit.check.Finding;
import org.parolekit.check.LetterReport;
import org.parolekit.check.Severity;
import org.parolekit.model.Criterion;
import org.parolekit.model.Language;

/** Prints letter checks for people: each criterion with its evidence, hints and findings. */
record CheckReportText(PrintWriter out, Colors colors, String indent, ReportWords words) {
  private static final int QUOTE_LIMIT = 110;

  /** A report in English. */
  CheckReportText(PrintWriter out, Colors colors, String indent) {
    this(out, colors, indent, ReportWords.of(Language.EN));
  }

  void print(CaseReport report) {
    print(report, letter -> true);
  }

  /** Prints the letters {@code shown} lets through, and the findings of the case as a whole. */
  void print(CaseReport report, Predicate<LetterReport> shown) {
    for (LetterReport letter : report.letters()) {
      if (!shown.test(letter)) {
        continue;
      }
      out.println(
          indent
              + colors.bold(letter.file())
              + " ("
              + letter.language().yamlName()
              + letter.writer().map(w -> ", " + w).orElse("")
              + ")");
      for (Criterion c : Criterion.values()) {
        CriterionResult r = letter.criteria().get(c);
        out.println(
            indent
                + "  "
                + status(r.status())
                + " "
                + words.criterion(c)
                + r.evidence().stream()
                    .findFirst()
                    .map(e -> colors.faint("  \"" + shorten(e) + "\""))
                    .orElse(""));
        r.hint().ifPresent(h -> out.println(indent + "      " + colors.faint("-> " + h)));
      }
      letter.findings().forEach(f -> finding(f, indent + "  "));
    }
    report.findings().forEach(f -> finding(f, indent));
  }

  private void finding(Finding f, String at) {
    String sev =
        f.severity() == Severity.ERROR
            ? colors.error(words.severity(f.severity()))
            : colors.warning(words.severity(f.severity()));
    out.println(at + sev + " [" + f.code() + "] " + f.message());
    for (String e : f.evidence().stream().limit(2).toList()) {
      out.println(at + "      " + colors.faint("\"" + shorten(e) + "\""));
    }
    if (!f.hint().isEmpty()) {
      out.println(at + "      " + colors.faint("-> " + f.hint()));
    }
  }

  private String status(CriterionStatus s) {
    String word = words.status(s);
    return switch (s) {
      case MET -> colors.ok(word);
      case WEAK -> colors.warning(word);
      case MISSING -> colors.error(word);
    };
  }

  private static String shorten(String sentence) {
    String oneLine = sentence.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= QUOTE_LIMIT ? oneLine : oneLine.substring(0, QUOTE_LIMIT - 1) + "…";
  }
}
