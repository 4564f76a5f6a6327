package org.parolekit.interview;

import java.io.PrintWriter;
import java.util.List;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Parser;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * Asks one question at a time through JLine: the default in brackets (Enter keeps it), tab
 * completion over the question's known choices, line editing and history for the session. History
 * stays in memory, since answers hold A-numbers and addresses.
 */
public final class Prompter {
  private final Terminal terminal;
  private final LineReader reader;
  private final boolean interactive;
  private final ChoiceCompleter completer = new ChoiceCompleter();

  /** A completion candidate: what is typed, and what it means in the interview's language. */
  public record Choice(String value, String description) {}

  public Prompter(Terminal terminal, boolean interactive) {
    this.terminal = terminal;
    this.interactive = interactive;
    this.reader =
        LineReaderBuilder.builder()
            .terminal(terminal)
            .appName("parolekit")
            .parser(new WholeLine())
            .completer(completer)
            .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
            .option(LineReader.Option.CASE_INSENSITIVE, true)
            .option(LineReader.Option.AUTO_FRESH_LINE, true)
            .build();
  }

  /** Whether a person is typing the answers. */
  public boolean interactive() {
    return interactive;
  }

  /**
   * Shows {@code prompt} and returns the answer as typed, stripped; an empty answer means "keep the
   * default", which the caller applies.
   *
   * @throws InterviewStopped on Ctrl-C, Ctrl-D or the end of scripted input
   */
  public String ask(String prompt, List<Choice> completions) {
    completer.offer(completions);
    try {
      String line = reader.readLine(prompt);
      if (!interactive) {
        terminal.writer().println();
      }
      return line.strip();
    } catch (EndOfFileException | UserInterruptException e) {
      terminal.writer().println();
      throw new InterviewStopped();
    } finally {
      completer.offer(List.of());
    }
  }

  /** Prints a line. */
  public void say(String text) {
    PrintWriter out = terminal.writer();
    out.println(text);
    out.flush();
  }

  /**
   * Treats the whole line as one word, so choices with spaces ("El Salvador") complete whole. When
   * several choices share a beginning longer than what is typed, Tab lists them and leaves the line
   * as it was, rather than filling in a part ("san-") that is no answer.
   */
  private static final class WholeLine implements Parser {
    @Override
    public CompletingParsedLine parse(String line, int cursor, ParseContext context) {
      return new CompletingParsedLine() {
        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
          return complete ? candidate : line.substring(0, cursor);
        }

        @Override
        public int rawWordCursor() {
          return cursor;
        }

        @Override
        public int rawWordLength() {
          return line.length();
        }

        @Override
        public String word() {
          return line.substring(0, cursor);
        }

        @Override
        public int wordCursor() {
          return cursor;
        }

        @Override
        public int wordIndex() {
          return 0;
        }

        @Override
        public List<String> words() {
          return List.of(line);
        }

        @Override
        public String line() {
          return line;
        }

        @Override
        public int cursor() {
          return cursor;
        }
      };
    }
  }
}
