package org.parolekit.render;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.parolekit.model.Language;

/**
 * Renders one planned document: its template to Markdown, then to each format asked for (plain
 * text, HTML, PDF, Word), a draft opening with the notice that it must not be signed yet.
 */
final class DocumentRenderer {
  private static final Parser PARSER =
      Parser.builder()
          .enabledBlockTypes(
              Set.of(Heading.class, ThematicBreak.class, BlockQuote.class, ListBlock.class))
          .build();
  private static final HtmlRenderer HTML =
      HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).softbreak(" ").build();

  private DocumentRenderer() {}

  /**
   * The line a draft opens with, in its language, for the writer who reads it: the letter must not
   * be signed or sent as it is, and the person who prepared it will say what is missing.
   */
  static String draftNotice(Language language, String preparer) {
    String who = MarkdownOutputFormat.escape(preparer == null ? "" : preparer.strip());
    if (language == Language.ES) {
      return "**BORRADOR: todavía no firme ni envíe esta carta.** A esta carta todavía le falta"
          + " algo importante; "
          + (who.isEmpty() ? "quien la preparó le dirá qué es." : who + " le dirá qué es.");
    }
    return "**DRAFT: do not sign or send this letter yet.** Something important is missing from it;"
        + " "
        + (who.isEmpty()
            ? "whoever prepared it will tell you what."
            : who + " will tell you what.");
  }

  static RenderedDocument render(
      TemplateEngine engine,
      PdfResources pdf,
      PlannedDocument j,
      int sequence,
      LocalDate date,
      Set<OutputFormat> formats,
      boolean draft,
      String preparer) {
    String markdown = engine.render(j.template, j.model);
    Node root = PARSER.parse(markdown);
    String text = PlainText.render(root);
    if (!PlainText.hasText(text)) {
      throw TemplateRenderException.noText(j.template);
    }
    if (draft) {
      markdown = draftNotice(j.language, preparer) + "\n\n" + markdown;
      root = PARSER.parse(markdown);
      text = PlainText.render(root);
    }
    Map<OutputFormat, byte[]> outputs = new EnumMap<>(OutputFormat.class);
    if (formats.contains(OutputFormat.TXT)) {
      outputs.put(OutputFormat.TXT, text.getBytes(StandardCharsets.UTF_8));
    }
    if (formats.contains(OutputFormat.HTML)) {
      outputs.put(
          OutputFormat.HTML, htmlPage(j, HTML.render(root)).getBytes(StandardCharsets.UTF_8));
    }
    PdfLayout.PdfMeta meta =
        new PdfLayout.PdfMeta(
            j.title, j.author, j.language, date, j.logo, j.reference, draft, j.kind.isLetter());
    if (formats.contains(OutputFormat.PDF)) {
      outputs.put(OutputFormat.PDF, PdfLayout.render(root, markdown, meta, pdf));
    }
    if (formats.contains(OutputFormat.DOCX)) {
      // The Word library is loaded here, the first time a .docx is asked for, and not before.
      outputs.put(OutputFormat.DOCX, DocxLayout.render(root, meta));
    }
    return new RenderedDocument(
        sequence,
        j.kind,
        j.language,
        j.writer,
        j.title,
        j.nameHint,
        j.translationOf,
        markdown,
        text,
        outputs,
        draft);
  }

  private static String htmlPage(PlannedDocument j, String body) {
    String lang = j.language.documentTag();
    return "<!DOCTYPE html>\n<html lang=\""
        + lang
        + "\">\n"
        + "<head>\n"
        + "<meta charset=\"utf-8\">\n"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src"
        + " 'unsafe-inline'\">\n"
        + "<title>"
        + escapeHtml(j.title)
        + "</title>\n"
        + "<style>body{font-family:'Liberation Serif',Georgia,serif;max-width:6.5in;margin:1in"
        + " auto;line-height:1.35}h1{font-size:1.3em}hr{width:3in;margin:2.2em 0 .2em"
        + " 0;border:0;border-top:1px solid #000}</style>\n"
        + "</head>\n"
        + "<body>\n"
        + body
        + "</body>\n</html>\n";
  }

  static String escapeHtml(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
