package org.parolekit.interview;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;

/**
 * Opens the terminal an interview talks through: the real one, with line editing, history and
 * completion, when standard input is a terminal; otherwise a dumb one that reads the answers line
 * by line, so the same prompts can be scripted and tested.
 */
public interface Terminals {
  /** A new terminal; the caller closes it. */
  Terminal open();

  /** Whether a person is typing, rather than a script. */
  boolean interactive();

  /** The process's own terminal, or its standard streams when they are not a terminal. */
  static Terminals system() {
    boolean interactive = standardStreamsAreATerminal();
    return new Terminals() {
      @Override
      public Terminal open() {
        try {
          if (interactive) {
            return TerminalBuilder.builder().system(true).encoding(StandardCharsets.UTF_8).build();
          }
          return new DumbTerminal(
              "parolekit", "dumb", System.in, System.out, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public boolean interactive() {
        return interactive;
      }
    };
  }

  /**
   * Whether standard input and output are a terminal. Before Java 22 {@link System#console()} says
   * so by being null or not; from Java 22 on it is never null and {@code isTerminal()} says so.
   */
  private static boolean standardStreamsAreATerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }

  /**
   * Answers read line by line from {@code in}, prompts written to {@code out}: for scripts and
   * tests.
   */
  static Terminals scripted(InputStream in, OutputStream out) {
    return new Terminals() {
      @Override
      public Terminal open() {
        try {
          return new DumbTerminal("parolekit", "dumb", in, out, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public boolean interactive() {
        return false;
      }
    };
  }
}
