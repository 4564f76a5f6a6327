package org.parolekit.render;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parolekit.model.Language;

/**
 * What to render: the date printed when the case file has none, which languages and formats, and an
 * organization's own templates folder searched before the built-in templates.
 *
 * @param date the letter date used when the case file has no {@code letterDate}
 * @param languages documents in these languages are rendered; the others are left out
 * @param formats the forms each document is rendered to
 * @param templatesDir a folder of untrusted templates that override built-ins by name
 * @param templateTimeout how long one template may run before it is stopped
 * @param drafts titles of the documents to mark as drafts (BORRADOR / DRAFT on every page)
 * @param pageFooters whether a letter of several pages prints its own "Page 1 of 2" line; a packet,
 *     which numbers its own pages, turns it off
 */
public record LetterOptions(
    LocalDate date,
    Set<Language> languages,
    Set<OutputFormat> formats,
    Optional<Path> templatesDir,
    Duration templateTimeout,
    Set<String> drafts,
    boolean pageFooters) {

  /** The time one template may take by default. */
  public static final Duration DEFAULT_TEMPLATE_TIMEOUT = Duration.ofSeconds(5);

  public LetterOptions {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(templatesDir, "templatesDir");
    Objects.requireNonNull(templateTimeout, "templateTimeout");
    if (languages == null || languages.isEmpty()) {
      throw new IllegalArgumentException("at least one language");
    }
    if (formats == null || formats.isEmpty()) {
      throw new IllegalArgumentException("at least one format");
    }
    if (templateTimeout.isNegative() || templateTimeout.isZero()) {
      throw new IllegalArgumentException("templateTimeout must be positive");
    }
    drafts = drafts == null ? Set.of() : Set.copyOf(drafts);
    languages = Set.copyOf(EnumSet.copyOf(languages));
    formats = Set.copyOf(EnumSet.copyOf(formats));
  }

  /** Every language and format, the built-in templates, and the default time limit. */
  public static LetterOptions defaults(LocalDate date) {
    return new LetterOptions(
        date,
        EnumSet.allOf(Language.class),
        EnumSet.allOf(OutputFormat.class),
        Optional.empty(),
        DEFAULT_TEMPLATE_TIMEOUT,
        Set.of(),
        true);
  }

  public LetterOptions(
      LocalDate date,
      Set<Language> languages,
      Set<OutputFormat> formats,
      Optional<Path> templatesDir,
      Duration templateTimeout) {
    this(date, languages, formats, templatesDir, templateTimeout, Set.of(), true);
  }

  /** The same options, with no page-number line on the letters (the packet numbers its pages). */
  public LetterOptions withoutPageFooters() {
    return new LetterOptions(
        date, languages, formats, templatesDir, templateTimeout, drafts, false);
  }

  /** The same options, with these documents marked as drafts. */
  public LetterOptions withDrafts(Set<String> titles) {
    return new LetterOptions(
        date, languages, formats, templatesDir, templateTimeout, titles, pageFooters);
  }

  public LetterOptions withLanguages(Set<Language> newLanguages) {
    return new LetterOptions(
        date, newLanguages, formats, templatesDir, templateTimeout, drafts, pageFooters);
  }

  public LetterOptions withFormats(Set<OutputFormat> newFormats) {
    return new LetterOptions(
        date, languages, newFormats, templatesDir, templateTimeout, drafts, pageFooters);
  }

  public LetterOptions withTemplatesDir(Path dir) {
    return new LetterOptions(
        date, languages, formats, Optional.of(dir), templateTimeout, drafts, pageFooters);
  }

  public LetterOptions withTemplateTimeout(Duration timeout) {
    return new LetterOptions(date, languages, formats, templatesDir, timeout, drafts, pageFooters);
  }
}
