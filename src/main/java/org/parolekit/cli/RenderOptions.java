package org.parolekit.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.parolekit.model.Language;
import org.parolekit.render.LetterOptions;
import org.parolekit.render.OutputFormat;
import picocli.CommandLine.Option;

/** The options of every command that renders letters: date, languages, formats, templates. */
final class RenderOptions {
  @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "render.date")
  LocalDate date;

  @Option(names = "--lang", split = ",", paramLabel = "en|es", descriptionKey = "render.lang")
  List<Language> languages;

  @Option(
      names = "--file-format",
      split = ",",
      paramLabel = "pdf|docx|html|txt",
      descriptionKey = "render.file-format")
  List<OutputFormat> formats;

  @Option(names = "--templates", paramLabel = "DIR", descriptionKey = "render.templates")
  Path templates;

  /**
   * Whether {@code value} is a list of file formats such as "pdf,txt", as {@code --file-format}
   * takes.
   */
  static boolean namesFileFormats(String value) {
    return Arrays.stream(value.split(",", -1))
        .allMatch(
            v ->
                Arrays.stream(OutputFormat.values())
                    .anyMatch(f -> f.extension().equalsIgnoreCase(v.strip())));
  }

  LetterOptions options(LocalDate today) {
    LetterOptions o =
        LetterOptions.defaults(date != null ? date : today)
            .withFormats(
                formats == null || formats.isEmpty()
                    ? EnumSet.of(OutputFormat.PDF)
                    : EnumSet.copyOf(formats));
    if (languages != null && !languages.isEmpty()) {
      o = o.withLanguages(EnumSet.copyOf(languages));
    }
    return Optional.ofNullable(templates).map(o::withTemplatesDir).orElse(o);
  }
}
