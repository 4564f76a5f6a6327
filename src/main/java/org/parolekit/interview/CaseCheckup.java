package org.parolekit.interview;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.parolekit.check.CaseCheck;
import org.parolekit.check.CaseReport;
import org.parolekit.check.CriterionResult;
import org.parolekit.check.CriterionStatus;
import org.parolekit.check.Finding;
import org.parolekit.check.LetterReport;
import org.parolekit.load.CaseLoader;
import org.parolekit.load.LoadedCase;
import org.parolekit.load.Problem;
import org.parolekit.model.Criterion;
import org.parolekit.render.LetterService;
import org.parolekit.validate.CaseFinding;
import org.parolekit.validate.CaseValidator;
import org.parolekit.validate.FileValidation;
import org.parolekit.validate.LetterChecks;
import org.parolekit.validate.ValidationService;

/**
 * Runs the checks {@code parolekit validate} runs on a saved case file, and the letter checks, and
 * tells the person at the keyboard what is still missing, every message and hint in the interview's
 * language.
 */
final class CaseCheckup {
  private final Prompter prompter;
  private final InterviewText text;
  private final LocalDate today;

  CaseCheckup(Prompter prompter, InterviewText text, LocalDate today) {
    this.prompter = prompter;
    this.text = text;
    this.today = today;
  }

  /** Prints what the case still lacks; returns whether nothing falls short. */
  boolean run(Path file) {
    prompter.say("");
    prompter.say(text.get("check.heading"));
    CaseLoader loader = new CaseLoader(today, text.locale());
    FileValidation validation =
        new ValidationService(loader, new CaseValidator(text.language())).validate(file);
    for (Problem p : validation.problems()) {
      prompter.say("  " + p.format());
    }
    if (!validation.problems().isEmpty()) {
      return false;
    }
    for (CaseFinding f : validation.findings()) {
      prompter.say(
          "  "
              + text.get("severity." + f.severity().name().toLowerCase(Locale.ROOT))
              + " ["
              + f.code()
              + "] "
              + (f.fieldPath().isEmpty() ? "" : f.fieldPath() + ": ")
              + f.message()
              + ".");
      if (!f.hint().isEmpty()) {
        prompter.say("      -> " + f.hint());
      }
    }
    LoadedCase loaded = loader.load(file);
    CaseReport report =
        new LetterChecks(new LetterService(), new CaseCheck(text.language())).check(loaded, today);
    boolean lettersMet = true;
    for (LetterReport letter : report.letters()) {
      prompter.say(
          "  "
              + text.get("check.letter", letter.file(), letter.writer().orElse(""))
              + " "
              + statuses(letter));
      for (Criterion c : Criterion.values()) {
        CriterionResult r = letter.criteria().get(c);
        if (r.status() != CriterionStatus.MET) {
          lettersMet = false;
          r.hint().ifPresent(h -> prompter.say("      -> " + h));
        }
      }
      for (Finding f : letter.findings()) {
        lettersMet = false;
        say("      ", f);
      }
    }
    // What the letters together lack (a criterion no letter shows, letters that disagree).
    for (Finding f : report.findings()) {
      lettersMet = false;
      say("  ", f);
    }
    boolean ok = validation.outcome(false) == FileValidation.Outcome.OK && lettersMet;
    prompter.say(ok ? text.get("check.ok") : text.get("check.more", file));
    return ok;
  }

  private void say(String indent, Finding f) {
    prompter.say(
        indent
            + text.get("severity." + f.severity().jsonName())
            + " ["
            + f.code()
            + "] "
            + f.message()
            + (f.hint().isEmpty() ? "" : " -> " + f.hint()));
  }

  /** "identity: met, flight risk: weak, danger: missing" in the interview's language. */
  String statuses(LetterReport letter) {
    StringBuilder b = new StringBuilder();
    for (Criterion c : Criterion.values()) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(text.get("criterion." + c.yamlName()))
          .append(": ")
          .append(text.get("status." + letter.status(c).jsonName()));
    }
    return b.toString();
  }
}
