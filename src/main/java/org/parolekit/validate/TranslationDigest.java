package org.parolekit.validate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.parolekit.core.Utf8Text;
import org.parolekit.docx.DocxText;
import org.parolekit.model.LetterWriter;
import org.parolekit.model.Statements;

/**
 * A short fingerprint of what a writer wrote in their own language: their statements, or their
 * whole letter. A translation records the fingerprint of the original it translates ({@code
 * translates:}), so that when the original changes the translation is known to be out of date.
 * Spacing and line breaks do not count, so re-wrapping a paragraph changes nothing.
 */
public final class TranslationDigest {
  private static final int LENGTH = 12;

  private TranslationDigest() {}

  /** Whether a writer's translation was made from what they say now, and the fingerprint of now. */
  public record Currency(State state, String fingerprint) {
    /** How the translation stands to the original. */
    public enum State {
      /** No translation, or its original cannot be read: nothing to say. */
      NOT_KNOWN,
      /** The translation does not record which version of the original it translates. */
      UNCHECKED,
      /** The translation records the fingerprint of the writer's words as they are now. */
      CURRENT,
      /** The writer's words changed after they were translated. */
      OUT_OF_DATE
    }
  }

  /** Whether {@code writer}'s translation translates what they wrote as it is now. */
  public static Currency currency(LetterWriter writer) {
    Optional<String> now = writer.translation() == null ? Optional.empty() : of(writer);
    if (now.isEmpty()) {
      return new Currency(Currency.State.NOT_KNOWN, "");
    }
    String recorded = writer.translation().translates();
    Currency.State state =
        recorded == null || recorded.isBlank()
            ? Currency.State.UNCHECKED
            : recorded.strip().equalsIgnoreCase(now.get())
                ? Currency.State.CURRENT
                : Currency.State.OUT_OF_DATE;
    return new Currency(state, now.get());
  }

  /**
   * The fingerprint of {@code writer}'s original words; empty when its letter file cannot be read.
   */
  public static Optional<String> of(LetterWriter writer) {
    StringBuilder b = new StringBuilder();
    if (writer.wroteWholeLetter()) {
      try {
        Optional<String> text = letterText(writer.letterFile().resolved());
        if (text.isEmpty()) {
          return Optional.empty();
        }
        part(b, "letter", text.get());
      } catch (IOException e) {
        return Optional.empty();
      }
    } else {
      Statements s = writer.statements();
      if (s != null) {
        part(b, "relationship", s.relationship());
        part(b, "appearance", s.appearance());
        part(b, "character", s.character());
        part(b, "more", s.more());
      }
    }
    return Optional.of(sha256(b.toString()).substring(0, LENGTH));
  }

  /** A Word letter counts by its words, so saving it again in another program changes nothing. */
  private static Optional<String> letterText(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".docx")) {
      try {
        return Optional.of(DocxText.read(bytes));
      } catch (DocxText.NotWord e) {
        return Optional.empty();
      }
    }
    return Utf8Text.decode(bytes).text();
  }

  private static void part(StringBuilder b, String name, String text) {
    if (text != null && !text.isBlank()) {
      b.append(name).append('\0').append(text.strip().replaceAll("\\s+", " ")).append('\0');
    }
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
