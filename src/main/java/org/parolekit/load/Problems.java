package org.parolekit.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Collects the problems of one run, up to a limit, and lists them in file order. */
final class Problems {
  /** Six or more digits, perhaps split by separators: an A-number, a date, a phone number. */
  private static final Pattern LOOKS_PERSONAL = Pattern.compile("[0-9](?:[ ./\\-]?[0-9]){5,}");

  /** A word one types for a key or a listed value: letters, digits, hyphens, no more than 40. */
  private static final Pattern LOWER_CASE_WORD = Pattern.compile("[a-z][A-Za-z_-]{0,39}");

  private static final Pattern WORD_SHAPED = Pattern.compile("[\\p{L}][\\p{L}\\p{N}_ -]{0,39}");

  private final List<Problem> kept = new ArrayList<>();
  private final Messages messages;
  private int dropped;

  Problems(Messages messages) {
    this.messages = messages;
  }

  void add(Problem problem) {
    if (kept.size() < Limits.MAX_PROBLEMS) {
      kept.add(problem);
    } else {
      dropped++;
    }
  }

  boolean isEmpty() {
    return kept.isEmpty();
  }

  /** A reporter for one file. */
  Reporter in(Path file) {
    return new Reporter(file, this, messages);
  }

  /**
   * The problems grouped by file (in the order the files were read), each file's sorted by line and
   * column, followed by a count of those left out.
   */
  List<Problem> sorted() {
    Map<Path, List<Problem>> byFile = new LinkedHashMap<>();
    for (Problem p : kept) {
      byFile.computeIfAbsent(p.file(), f -> new ArrayList<>()).add(p);
    }
    List<Problem> out = new ArrayList<>();
    Comparator<Problem> order =
        Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column);
    for (List<Problem> ps : byFile.values()) {
      ps.sort(order);
      out.addAll(ps);
    }
    if (dropped > 0) {
      Path last = kept.get(kept.size() - 1).file();
      out.add(
          new Problem(
              last,
              0,
              0,
              "",
              messages.get("problems.more", String.valueOf(dropped)),
              messages.get("problems.more.hint")));
    }
    return out;
  }

  /**
   * Reports problems located in one file. A problem is named by a key of {@code
   * Messages.properties}; its hint is the text under the same key followed by {@code .hint}.
   */
  record Reporter(Path file, Problems sink, Messages messages) {
    void at(int line, int column, String path, String key, Object... args) {
      raw(line, column, path, messages.get(key, args), messages.get(key + ".hint"));
    }

    void at(Node node, String path, String key, Object... args) {
      at(node.line(), node.column(), path, key, args);
    }

    /** A problem with the whole file rather than one place in it. */
    void whole(String key, Object... args) {
      at(0, 0, "", key, args);
    }

    /** A problem whose message and hint are already worded. */
    void raw(int line, int column, String path, String message, String hint) {
      sink.add(new Problem(file, line, column, path, message, hint));
    }

    String text(String key, Object... args) {
      return messages.get(key, args);
    }

    /**
     * Text from the file that a message may quote (a key, an enum spelling, a path), unless it
     * looks like an identifier or a date, which stay out of every message.
     */
    String quotable(String written) {
      return LOOKS_PERSONAL.matcher(written).find() ? messages.get("text.notShown") : written;
    }

    /** A key as a path may show it: a key-shaped word, or a placeholder for anything else. */
    String quotableKey(String key) {
      return LOOKS_PERSONAL.matcher(key).find() || !WORD_SHAPED.matcher(key).matches()
          ? messages.get("key.notShown")
          : key;
    }

    /**
     * Whether a message may quote what was typed where a key or a listed value was expected: a
     * lower-case word, or a near miss of one of the allowed words (a misspelt key or value), which
     * cannot be a name, an address or a number. Anything else is named by its place, not quoted.
     */
    static boolean mayQuote(String typed, Optional<String> nearMiss) {
      if (typed.length() > 40 || typed.matches(".*\\d.*")) {
        return false;
      }
      // A lower-case word ("resident", "favouriteColour") is typed as a key or a listed value is;
      // names and places are capitalized or hold spaces and digits.
      return LOWER_CASE_WORD.matcher(typed).matches()
          || nearMiss.isPresent() && WORD_SHAPED.matcher(typed).matches();
    }
  }
}
