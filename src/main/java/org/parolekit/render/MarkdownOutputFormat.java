package org.parolekit.render;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import java.io.IOException;
import java.io.Writer;

/**
 * The templates' output format: Markdown, where every interpolated value is escaped so case data (a
 * statement containing {@code *}, {@code #}, {@code <b>} or {@code ${7*7}}) prints literally and
 * never becomes structure or markup.
 */
final class MarkdownOutputFormat
    extends CommonMarkupOutputFormat<MarkdownOutputFormat.MarkdownModel> {
  static final MarkdownOutputFormat INSTANCE = new MarkdownOutputFormat();

  private MarkdownOutputFormat() {}

  @Override
  public String getName() {
    return "parolekit-markdown";
  }

  @Override
  public String getMimeType() {
    return "text/markdown";
  }

  @Override
  public void output(String textToEsc, Writer out) throws IOException {
    out.write(escape(textToEsc));
  }

  @Override
  public String escapePlainText(String plainTextContent) {
    return escape(plainTextContent);
  }

  @Override
  public boolean isLegacyBuiltInBypassed(String builtInName) {
    return false;
  }

  @Override
  protected MarkdownModel newTemplateMarkupOutputModel(
      String plainTextContent, String markupContent) {
    return new MarkdownModel(plainTextContent, markupContent);
  }

  /**
   * Escapes text for CommonMark: every ASCII punctuation character gets a backslash, line
   * indentation is dropped (it would make a code block), and line endings are normalized. Paragraph
   * breaks (blank lines) are kept.
   */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    boolean lineStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          continue;
        }
        c = '\n';
      }
      if (lineStart && (c == ' ' || c == '\t')) {
        continue;
      }
      if (c == '\n') {
        b.append('\n');
        lineStart = true;
        continue;
      }
      lineStart = false;
      if (c < 0x80 && isAsciiPunctuation(c)) {
        b.append('\\');
      } else if (c < 0x20) {
        c = ' ';
      }
      b.append(c);
    }
    return b.toString();
  }

  /**
   * Escapes plain text like {@link #escape} and keeps every line break inside a paragraph as a line
   * break (for a whole letter written as .txt, where the writer's lines are the layout).
   */
  static String escapeKeepingLines(String text) {
    String escaped = escape(text);
    StringBuilder b = new StringBuilder(escaped.length() + 32);
    String[] lines = escaped.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      b.append(lines[i]);
      if (i + 1 < lines.length) {
        boolean inParagraph = !lines[i].isBlank() && !lines[i + 1].isBlank();
        b.append(inParagraph ? "\\\n" : "\n");
      }
    }
    return b.toString();
  }

  private static boolean isAsciiPunctuation(char c) {
    return (c >= '!' && c <= '/')
        || (c >= ':' && c <= '@')
        || (c >= '[' && c <= '`')
        || (c >= '{' && c <= '~');
  }

  /** Markdown text held by a template value. */
  static final class MarkdownModel extends CommonTemplateMarkupOutputModel<MarkdownModel> {
    MarkdownModel(String plainTextContent, String markupContent) {
      super(plainTextContent, markupContent);
    }

    @Override
    public MarkdownOutputFormat getOutputFormat() {
      return INSTANCE;
    }
  }
}
