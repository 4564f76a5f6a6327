package org.parolekit.render;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.parolekit.model.Language;

/**
 * One document rendered in memory: its plain text (for checks), and the bytes of each requested
 * format. {@code nameHint} is a readable base name ({@code sponsor-letter-Rosa Hernández Díaz-es});
 * {@code org.parolekit.output.FileNames} turns it into a safe file name.
 *
 * @param sequence the document's place in the packet, from 1
 * @param writer who writes or signs it (the sponsor, a supporter, the organization)
 * @param translationOf for an English translation, the title of the original document
 * @param draft true when the document is marked as a draft that must not be signed yet
 */
public record RenderedDocument(
    int sequence,
    DocumentKind kind,
    Language language,
    String writer,
    String title,
    String nameHint,
    Optional<String> translationOf,
    String markdown,
    String text,
    Map<OutputFormat, byte[]> outputs,
    boolean draft) {

  public RenderedDocument(
      int sequence,
      DocumentKind kind,
      Language language,
      String writer,
      String title,
      String nameHint,
      Optional<String> translationOf,
      String markdown,
      String text,
      Map<OutputFormat, byte[]> outputs) {
    this(
        sequence,
        kind,
        language,
        writer,
        title,
        nameHint,
        translationOf,
        markdown,
        text,
        outputs,
        false);
  }

  public RenderedDocument {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(nameHint, "nameHint");
    Objects.requireNonNull(translationOf, "translationOf");
    Objects.requireNonNull(markdown, "markdown");
    Objects.requireNonNull(text, "text");
    writer = writer == null ? "" : writer;
    Map<OutputFormat, byte[]> copy = new EnumMap<>(OutputFormat.class);
    outputs.forEach((format, bytes) -> copy.put(format, bytes.clone()));
    outputs = Collections.unmodifiableMap(copy);
  }

  /** The bytes of every requested format (copies: the document stays unchanged). */
  @Override
  public Map<OutputFormat, byte[]> outputs() {
    Map<OutputFormat, byte[]> copy = new EnumMap<>(OutputFormat.class);
    outputs.forEach((format, bytes) -> copy.put(format, bytes.clone()));
    return Collections.unmodifiableMap(copy);
  }

  /** The bytes of one format, when it was requested. */
  public Optional<byte[]> output(OutputFormat format) {
    byte[] bytes = outputs.get(format);
    return bytes == null ? Optional.empty() : Optional.of(bytes.clone());
  }

  /** The HTML preview, when it was requested. */
  public Optional<String> html() {
    return output(OutputFormat.HTML).map(b -> new String(b, StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "RenderedDocument(" + sequence + ", " + kind.slug() + ", " + language.yamlName() + ")";
  }
}
