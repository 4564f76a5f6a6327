package org.parolekit.check;

import java.util.Objects;
import java.util.Optional;
import org.parolekit.model.Language;

/**
 * One letter as plain text, with what the caller knows about it.
 *
 * @param text the letter's text, as written
 * @param sourceName the file name or other label shown in reports
 * @param declaredLanguage the language the case file says the writer writes in, when known
 * @param writerName the writer's name, when known
 * @param writerKind sponsor, supporter, organization or unknown
 * @param hasEnglishTranslation whether an English translation accompanies the letter; empty when
 *     the caller does not know, in which case no translation finding is made
 */
public record LetterText(
    String text,
    String sourceName,
    Optional<Language> declaredLanguage,
    Optional<String> writerName,
    WriterKind writerKind,
    Optional<Boolean> hasEnglishTranslation) {

  public LetterText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sourceName, "sourceName");
    declaredLanguage = declaredLanguage == null ? Optional.empty() : declaredLanguage;
    writerName = writerName == null ? Optional.empty() : writerName.filter(s -> !s.isBlank());
    writerKind = writerKind == null ? WriterKind.UNKNOWN : writerKind;
    hasEnglishTranslation =
        hasEnglishTranslation == null ? Optional.empty() : hasEnglishTranslation;
  }

  /** A letter about which nothing but its text and name is known. */
  public static LetterText of(String text, String sourceName) {
    return new LetterText(
        text, sourceName, Optional.empty(), Optional.empty(), WriterKind.UNKNOWN, Optional.empty());
  }

  public LetterText withWriterKind(WriterKind kind) {
    return new LetterText(
        text, sourceName, declaredLanguage, writerName, kind, hasEnglishTranslation);
  }

  public LetterText withDeclaredLanguage(Language language) {
    return new LetterText(
        text, sourceName, Optional.of(language), writerName, writerKind, hasEnglishTranslation);
  }

  public LetterText withEnglishTranslation(boolean supplied) {
    return new LetterText(
        text, sourceName, declaredLanguage, writerName, writerKind, Optional.of(supplied));
  }

  @Override
  public String toString() {
    return "LetterText(" + sourceName + ")";
  }
}
