package org.parolekit.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.parolekit.check.CaseCheck;
import org.parolekit.check.CaseReport;
import org.parolekit.check.CheckContext;
import org.parolekit.check.LetterText;
import org.parolekit.check.WriterKind;
import org.parolekit.load.LoadedCase;
import org.parolekit.model.Language;
import org.parolekit.output.FileNames;
import org.parolekit.render.DocumentKind;
import org.parolekit.render.LetterOptions;
import org.parolekit.render.LetterService;
import org.parolekit.render.OutputFormat;
import org.parolekit.render.RenderedDocument;

/**
 * Renders a case's letters in memory, as text only, and checks each one for the three criteria, the
 * right person, case-merits language and the sponsor's essentials, then all of them together.
 */
public final class LetterChecks {
  private final LetterService letters;
  private final CaseCheck check;

  public LetterChecks(LetterService letters, CaseCheck check) {
    this.letters = letters;
    this.check = check;
  }

  public CaseReport check(LoadedCase loaded, LocalDate date) {
    return check(
        loaded,
        letters
            .render(loaded, LetterOptions.defaults(date).withFormats(EnumSet.of(OutputFormat.TXT)))
            .documents());
  }

  /**
   * Checks documents already rendered for {@code loaded}; each letter's report is named by the base
   * file name {@link FileNames#baseNames} gives it.
   */
  public CaseReport check(LoadedCase loaded, List<RenderedDocument> documents) {
    List<String> names = FileNames.baseNames(documents);
    Set<String> translated =
        documents.stream().flatMap(d -> d.translationOf().stream()).collect(Collectors.toSet());
    boolean englishOrganizationLetter =
        documents.stream()
            .anyMatch(
                d -> d.kind() == DocumentKind.ORGANIZATION_LETTER && d.language() == Language.EN);
    List<LetterText> texts = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      RenderedDocument d = documents.get(i);
      String name = names.get(i);
      writerKind(d.kind())
          .ifPresent(
              kind ->
                  texts.add(
                      new LetterText(
                          d.text(),
                          name,
                          Optional.of(d.language()),
                          Optional.of(d.writer()),
                          kind,
                          d.language() == Language.EN
                              ? Optional.empty()
                              : Optional.of(
                                  translated.contains(d.title())
                                      || (kind == WriterKind.ORGANIZATION
                                          && englishOrganizationLetter)))));
    }
    return check.check(texts, CheckContext.fromCase(loaded.caseFile()));
  }

  private static Optional<WriterKind> writerKind(DocumentKind kind) {
    return switch (kind) {
      case SPONSOR_LETTER -> Optional.of(WriterKind.SPONSOR);
      case SUPPORT_LETTER -> Optional.of(WriterKind.SUPPORTER);
      case ORGANIZATION_LETTER -> Optional.of(WriterKind.ORGANIZATION);
      case TRANSLATION_CERTIFICATE, WRITING_GUIDE -> Optional.empty();
    };
  }
}
