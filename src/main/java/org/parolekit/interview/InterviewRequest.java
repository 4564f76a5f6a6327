package org.parolekit.interview;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.parolekit.model.Language;

/**
 * What an interview should do.
 *
 * @param caseFile the case file to write; when it exists, the interview adds to it or fixes
 *     sections of it
 * @param sections the sections to go through again; empty means every section of a new file, or
 *     what can be added to an existing one
 * @param language the language of the questions
 * @param today the date answers are judged against
 */
public record InterviewRequest(
    Path caseFile, Set<Section> sections, Language language, LocalDate today) {
  public InterviewRequest {
    Objects.requireNonNull(caseFile, "caseFile");
    sections =
        sections == null || sections.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sections));
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(today, "today");
  }
}
