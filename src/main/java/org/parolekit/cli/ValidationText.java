package org.parolekit.cli;

import java.io.PrintWriter;
import java.util.List;
import org.parolekit.check.Severity;
import org.parolekit.load.Problem;
import org.parolekit.validate.CaseFinding;
import org.parolekit.validate.CheckVerdict;
import org.parolekit.validate.FileValidation;

/** Prints validation results for people, in the words of {@code words}. */
record ValidationText(PrintWriter out, Colors colors, ReportWords words) {
  /**
   * Prints every file's result; with {@code quiet}, only those of files that cannot be used or fall
   * short.
   */
  void print(List<FileValidation> results, boolean strict, boolean quiet) {
    for (FileValidation r : results) {
      if (quiet && r.outcome(strict) == FileValidation.Outcome.OK) {
        continue;
      }
      switch (r.outcome(strict)) {
        case INVALID -> {
          out.println(
              r.file()
                  + ": "
                  + colors.error(words.get("file.invalid"))
                  + " ("
                  + words.get("count.problems", r.problems().size())
                  + ")");
          for (Problem p : r.problems()) {
            out.println("  " + p.format());
          }
        }
        case FALLS_SHORT, OK -> {
          long errors =
              r.findings().stream().filter(f -> f.severity() == Severity.ERROR).count()
                  + r.letters().map(l -> l.summary().errors()).orElse(0L);
          long warnings =
              r.findings().size()
                  - r.findings().stream().filter(f -> f.severity() == Severity.ERROR).count()
                  + r.letters().map(l -> l.summary().warnings()).orElse(0L);
          String letters =
              r.letters()
                  .map(
                      l ->
                          "; "
                              + words.get(
                                  "count.lettersShort",
                                  l.letters().stream()
                                      .filter(x -> !CheckVerdict.passes(x, strict))
                                      .count(),
                                  l.letters().size()))
                  .orElse("");
          String head =
              r.outcome(strict) == FileValidation.Outcome.OK
                  ? colors.ok(words.get("file.ok"))
                  : colors.error(words.get("file.fallsShort"));
          out.println(
              r.file()
                  + ": "
                  + head
                  + " ("
                  + words.get("count.errors", errors)
                  + ", "
                  + words.get("count.warnings", warnings)
                  + letters
                  + ")");
          r.letters()
              .ifPresent(
                  report -> {
                    out.println("  " + words.get("letters"));
                    new CheckReportText(out, colors, "    ", words).print(report);
                  });
          for (CaseFinding f : r.findings()) {
            String sev =
                f.severity() == Severity.ERROR
                    ? colors.error(words.severity(f.severity()))
                    : colors.warning(words.severity(f.severity()));
            out.println(
                "  "
                    + sev
                    + " ["
                    + f.code()
                    + "] "
                    + (f.fieldPath().isEmpty() ? "" : f.fieldPath() + ": ")
                    + f.message()
                    + ".");
            if (!f.hint().isEmpty()) {
              out.println("      " + colors.faint("-> " + f.hint()));
            }
          }
        }
      }
    }
  }
}
