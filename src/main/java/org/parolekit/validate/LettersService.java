package org.parolekit.validate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parolekit.check.CaseReport;
import org.parolekit.check.LetterReport;
import org.parolekit.load.LoadedCase;
import org.parolekit.model.Language;
import org.parolekit.model.LetterWriter;
import org.parolekit.render.DocumentKind;
import org.parolekit.render.LetterOptions;
import org.parolekit.render.LetterService;
import org.parolekit.render.OutputFormat;
import org.parolekit.render.RenderResult;
import org.parolekit.render.RenderedDocument;

/**
 * Renders a case's letters honestly: each letter is checked first, and one that falls short (an
 * error, or a criterion its writer should make and does not, see {@link CheckVerdict}) is rendered
 * as a draft, with its translation and certificate of translation, so that nothing unfinished looks
 * ready to sign.
 */
public final class LettersService {
  private final LetterService letters;
  private final LetterChecks checks;

  public LettersService(LetterService letters, LetterChecks checks) {
    this.letters = letters;
    this.checks = checks;
  }

  /**
   * What was rendered, and which letters fall short.
   *
   * @param render the documents and the render findings
   * @param letters how many letters (sponsor, support, organizational) the case has, translations
   *     counted
   * @param drafts the titles of the letters that fall short, translations and certificates included
   * @param checks what the check found in each letter, in the order of the letters
   */
  public record Result(RenderResult render, int letters, List<String> drafts, CaseReport checks) {
    public Result {
      drafts = List.copyOf(drafts);
    }

    /** How many letters fall short. */
    public long shortLetters() {
      return render.documents().stream().filter(d -> d.draft() && d.kind().isLetter()).count();
    }
  }

  public Result render(LoadedCase loaded, LetterOptions options) {
    // The check always sees every language: a Spanish letter is complete when its English
    // translation exists, even if only the Spanish one is asked for.
    RenderResult text =
        letters.render(
            loaded,
            options
                .withLanguages(EnumSet.allOf(Language.class))
                .withFormats(EnumSet.of(OutputFormat.TXT)));
    CaseReport report = checks.check(loaded, text.documents());
    Set<String> drafts = new HashSet<>();
    int k = 0;
    for (RenderedDocument d : text.documents()) {
      if (!d.kind().isLetter()) {
        continue;
      }
      LetterReport r = report.letters().get(k++);
      if (!CheckVerdict.passes(r, false)) {
        drafts.add(d.title());
        d.translationOf().ifPresent(drafts::add);
      }
    }
    Set<String> outOfDate = outOfDateTranslations(loaded);
    for (RenderedDocument d : text.documents()) {
      if (d.translationOf().isPresent()
          && (drafts.contains(d.translationOf().get()) || outOfDate.contains(d.writer()))) {
        drafts.add(d.title());
      }
    }
    for (RenderedDocument d : text.documents()) {
      if (d.kind() == DocumentKind.TRANSLATION_CERTIFICATE
          && drafts.stream().anyMatch(t -> d.title().endsWith(": " + t))) {
        drafts.add(d.title());
      }
    }
    RenderResult full = letters.render(loaded, options.withDrafts(drafts));
    int count = (int) full.documents().stream().filter(d -> d.kind().isLetter()).count();
    List<String> ordered = new ArrayList<>();
    full.documents().stream().filter(RenderedDocument::draft).forEach(d -> ordered.add(d.title()));
    return new Result(full, count, ordered, report);
  }

  /**
   * The writers whose words changed after they were translated: ICE's copy is not theirs any more.
   */
  private static Set<String> outOfDateTranslations(LoadedCase loaded) {
    Set<String> writers = new HashSet<>();
    List<LetterWriter> all = new ArrayList<>(loaded.caseFile().supporters());
    if (loaded.caseFile().sponsor() != null) {
      all.add(loaded.caseFile().sponsor());
    }
    for (LetterWriter w : all) {
      if (TranslationDigest.currency(w).state() == TranslationDigest.Currency.State.OUT_OF_DATE) {
        writers.add(w.name());
      }
    }
    return writers;
  }
}
