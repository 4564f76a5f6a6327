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
    super(ExitStatus.INVALID_INPUT, describe(templateName, line, column, problem));
    this.templateName = templateName;
    this.line = line;
    this.column = column;
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
