package org.parolekit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.parolekit.render.TemplateFolder;

/**
 * Says, before anything renders, which files in a {@code --templates} folder parolekit will not
 * use, so a template saved under the wrong name is not silently replaced by the built-in one.
 */
final class TemplateFolderWarnings {
  private TemplateFolderWarnings() {}

  /**
   * Prints one {@code warning:} line for each such file.
   *
   * @throws org.parolekit.render.TemplateRenderException when the folder cannot be used at all
   */
  static void print(Optional<Path> templates, PrintWriter err) {
    if (templates.isEmpty()) {
      return;
    }
    for (String warning :
        TemplateFolder.scan(templates.get()).warnings(TemplatesCommand.allTemplates())) {
      err.println("warning: " + warning);
    }
    err.flush();
  }
}
