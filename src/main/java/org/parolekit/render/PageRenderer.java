package org.parolekit.render;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.parolekit.model.Language;

/**
 * Renders one template that is not a letter (a packet's cover, notice or checklist) through the
 * same sandboxed engine, Markdown subset and PDF layout as the letters.
 */
public final class PageRenderer implements AutoCloseable {
  private static final Parser PARSER =
      Parser.builder()
          .enabledBlockTypes(
              Set.of(Heading.class, ThematicBreak.class, BlockQuote.class, ListBlock.class))
          .build();
  private final TemplateEngine engine;

  /**
   * @param templatesDir an organization's own templates, searched first
   * @param templateNames the built-in templates this renderer will use, as {@code en/name.ftl}
   */
  public PageRenderer(Optional<Path> templatesDir, Duration timeout, List<String> templateNames) {
    this.engine = new TemplateEngine(templatesDir, timeout, templateNames);
  }

  /** One rendered page set: its Markdown, its plain text and its PDF. */
  public record Page(String markdown, String text, byte[] pdf) {}

  /**
   * Renders {@code templateName} with {@code model} (plain strings, booleans, lists and maps).
   *
   * @throws TemplateRenderException naming the template, line and column
   */
  public Page render(
      String templateName,
      Map<String, Object> model,
      String title,
      Language language,
      LocalDate date) {
    String markdown = engine.render(templateName, model);
    Node root = PARSER.parse(markdown);
    String text = PlainText.render(root);
    if (!PlainText.hasText(text)) {
      throw TemplateRenderException.noText(templateName);
    }
    // An empty reference leaves page numbering to the packet, which stamps every page.
    byte[] pdf =
        PdfLayout.render(
            root,
            markdown,
            new PdfLayout.PdfMeta(title, "parolekit", language, date, Optional.empty(), ""));
    return new Page(markdown, text, pdf);
  }

  /** A date as letters write it: "November 27, 2026" or "27 de noviembre de 2026". */
  public static String writtenDate(LocalDate date, Language language) {
    return Wording.date(date, language);
  }

  @Override
  public void close() {
    engine.close();
  }
}
