package org.parolekit.init;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.parolekit.model.Language;

/**
 * What {@code init} is asked for: the new case folder, the language of its notes and of the steps
 * printed, the name parolekit was started by and the user's editor, for hints the user can type.
 */
public record InitRequest(
    Path folder, Language language, String commandName, Optional<String> editor) {
  public InitRequest {
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(commandName, "commandName");
    Objects.requireNonNull(editor, "editor");
  }
}
