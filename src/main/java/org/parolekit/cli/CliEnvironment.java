package org.parolekit.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/** What commands read from outside the command line: the clock and environment variables. */
public record CliEnvironment(Clock clock, Map<String, String> variables) {
  public CliEnvironment {
    variables = Map.copyOf(variables);
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** Whether the user asked for no color (https://no-color.org). */
  public boolean noColorRequested() {
    String v = variables.get("NO_COLOR");
    return v != null && !v.isEmpty();
  }
}
