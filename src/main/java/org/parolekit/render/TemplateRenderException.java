package org.parolekit.render;

import org.parolekit.core.ExitStatus;
import org.parolekit.core.ParolekitException;

/**
 * A template that could not be used: a syntax error, a refused operation or a time-out. Names
 * the template, line and column; never carries case data.
 */
public final class TemplateRenderException extends ParolekitException {
  private static final long serialVersionUID = 1L;
  private final String templateName;
  private final int line;
  private final int column;

  public TemplateRenderException(String templateName, int line, int column, String problem) {
    this(templateName, line, column, describe(templateName, line, column, problem), null);
  }

  private TemplateRenderException(String templateName, int line, int column, String message, Throwable cause) {
    super(ExitStatus.INVALID_INPUT, message, cause);
    this.templateName = templateName;
    this.line = line;
    this.column = column;
  }

  /** A template whose document would have no text: blank pages, or no pages at all. */
  static TemplateRenderException noText(String templateName) {
    return new TemplateRenderException(templateName, 0, 0, Messages.get("template.noText"));
  }

  /** A templates folder that cannot be used as a whole, or an entry in it that is not a template. */
  static TemplateRenderException folder(java.nio.file.Path entry, String problem) {
    return new TemplateRenderException(entry.toString(), 0, 0, entry + ": " + problem, null);
  }

  private static String describe(String templateName, int line, int column, String problem) {
    StringBuilder b = new StringBuilder("template ").append(templateName);
    if (line > 0) {
      b.append(':').append(line);
      if (column > 0) {
        b.append(':').append(column);
      }
    }
    return b.append(": ").append(problem).toString();
  }

  public String templateName() {
    return templateName;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}
