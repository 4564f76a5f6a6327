package org.parolekit.cli;

import java.io.PrintWriter;
import java.util.List;
import org.parolekit.load.Problem;
import org.parolekit.validate.CaseFinding;
import org.parolekit.validate.CheckVerdict;
import org.parolekit.validate.FileValidation;
import org.parolekit.check.Severity;

/** Prints validation results for people. */
record ValidationText(PrintWriter out, Colors colors) {
  /** Prints every file's result; with {@code quiet}, only those of files that cannot be used or fall short. */
  void print(List<FileValidation> results, boolean strict, boolean quiet) {
    for (FileValidation r : results) {
      if (quiet && r.outcome(strict) == FileValidation.Outcome.OK) {
        continue;
      }
      switch (r.outcome(strict)) {
        case INVALID -> {
          out.println(r.file() + ": " + colors.error("cannot be used") + " (" + count(r.problems().size(), "problem") + ")");
          for (Problem p : r.problems()) {
            out.println("  " + p.format());
          }
        }
        case FALLS_SHORT, OK -> {
          long errors = r.findings().stream().filter(f -> f.severity() == Severity.ERROR).count()
              + r.letters().map(l -> l.summary().errors()).orElse(0L);
          long warnings = r.findings().size() - r.findings().stream().filter(f -> f.severity() == Severity.ERROR).count()
              + r.letters().map(l -> l.summary().warnings()).orElse(0L);
          String letters = r.letters()
              .map(l -> "; " + l.letters().stream().filter(x -> !CheckVerdict.passes(x, strict)).count()
                  + " of " + count(l.letters().size(), "letter") + " fall short")
              .orElse("");
          String head = r.outcome(strict) == FileValidation.Outcome.OK
              ? colors.ok("ok")
              : colors.error("falls short");
          out.println(r.file() + ": " + head + " (" + count(errors, "error") + ", " + count(warnings, "warning") + letters + ")");
          r.letters().ifPresent(report -> {
            out.println("  letters:");
            new CheckReportText(out, colors, "    ").print(report);
          });
          for (CaseFinding f : r.findings()) {
            String sev = f.severity() == Severity.ERROR ? colors.error("error") : colors.warning("warning");
            out.println("  " + sev + " [" + f.code() + "] " + (f.fieldPath().isEmpty() ? "" : f.fieldPath() + ": ") + f.message() + ".");
            if (!f.hint().isEmpty()) {
              out.println("      " + colors.faint("-> " + f.hint()));
            }
          }
        }
      }
    }
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
