package org.parolekit.render;

import java.nio.file.Path;
import org.parolekit.core.ExitStatus;
import org.parolekit.core.ParolekitException;

/**
 * A template that could not be used: a syntax error, a refused operation or a time-out. Names the
 * template, line and column; never carries case data.
 */
public final class TemplateRenderException extends ParolekitException {
  private static final long serialVersionUID = 1L;
  private final String templateName;
  private final int line;
  private final int column;
  private final boolean unstoppable;

  public TemplateRenderException(String templateName, int line, int column, String problem) {
    this(templateName, line, column, describe(templateName, line, column, problem), false);
  }

  private TemplateRenderException(
      String templateName, int line, int column, String message, boolean unstoppable) {
    super(ExitStatus.INVALID_INPUT, message, null);
    this.templateName = templateName;
    this.line = line;
    this.column = column;
    this.unstoppable = unstoppable;
  }

  /**
   * A template that was told to stop and did not: its thread goes on where no interruption check
   * reaches it (a value doubled again and again outside any loop) until the JVM ends.
   */
  static TemplateRenderException unstoppable(String templateName, String problem) {
    return new TemplateRenderException(
        templateName, 0, 0, describe(templateName, 0, 0, problem), true);
  }

  /** A template whose document would have no text: blank pages, or no pages at all. */
  static TemplateRenderException noText(String templateName) {
    return new TemplateRenderException(templateName, 0, 0, Messages.get("template.noText"));
  }

  /**
   * A templates folder that cannot be used as a whole, or an entry in it that is not a template.
   */
  static TemplateRenderException folder(Path entry, String problem) {
    return new TemplateRenderException(entry.toString(), 0, 0, entry + ": " + problem, false);
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

  /**
   * Whether the template's work could not be stopped: it still runs, taking memory, so whoever
   * renders more should stop and let the process end.
   */
  public boolean unstoppable() {
    return unstoppable;
  }
}
