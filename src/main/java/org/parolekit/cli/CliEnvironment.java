package org.parolekit.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.parolekit.core.ShellWord;

/** What commands read from outside the command line: the clock and environment variables. */
public record CliEnvironment(Clock clock, Map<String, String> variables) {
  /** Set by bin/parolekit to the name it was started by, so that hints say what the user typed. */
  static final String NAME_VARIABLE = "PAROLEKIT_NAME";

  public CliEnvironment {
    variables = Map.copyOf(variables);
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /**
   * Whether color is off: the user asked for none (https://no-color.org), or the terminal cannot
   * show it ({@code TERM=dumb}).
   */
  public boolean noColorRequested() {
    String v = variables.get("NO_COLOR");
    return (v != null && !v.isEmpty()) || "dumb".equals(variables.get("TERM"));
  }

  /**
   * The name to print in hints such as "run parolekit validate": the one the launcher was started
   * by, quoted for the shell when it needs quotes; "parolekit" when no launcher says.
   */
  public String commandName() {
    String name = variables.getOrDefault(NAME_VARIABLE, "").strip();
    if (name.isEmpty() || name.chars().anyMatch(Character::isISOControl)) {
      return "parolekit";
    }
    return ShellWord.quote(name);
  }

  /**
   * The editor the user chose ({@code $VISUAL}, else {@code $EDITOR}), for hints such as "nano
   * case.yaml".
   */
  public Optional<String> editor() {
    return Stream.of("VISUAL", "EDITOR")
        .map(v -> variables.getOrDefault(v, "").strip())
        .filter(v -> !v.isEmpty() && v.chars().noneMatch(Character::isISOControl))
        .findFirst();
  }
}
