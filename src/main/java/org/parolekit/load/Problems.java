package org.parolekit.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Collects the problems of one run, up to a limit, and lists them in file order. */
final class Problems {
  /** Six or more digits, perhaps split by separators: an A-number, a date, a phone number. */
  private static final Pattern LOOKS_PERSONAL = Pattern.compile("[0-9](?:[ ./\\-]?[0-9]){5,}");

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
   * The problems grouped by file (in the order the files were read), each file's sorted by line
   * and column, followed by a count of those left out.
   */
  List<Problem> sorted() {
    Map<Path, List<Problem>> byFile = new LinkedHashMap<>();
    for (Problem p : kept) {
      byFile.computeIfAbsent(p.file(), f -> new ArrayList<>()).add(p);
    }
    List<Problem> out = new ArrayList<>();
    Comparator<Problem> order = Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column);
    for (List<Problem> ps : byFile.values()) {
      ps.sort(order);
      out.addAll(ps);
    }
    if (dropped > 0) {
      Path last = kept.get(kept.size() - 1).file();
      out.add(new Problem(last, 0, 0, "", messages.get("problems.more", String.valueOf(dropped)),
          messages.get("problems.more.hint")));
    }
    return out;
  }

  /**
   * Reports problems located in one file. A problem is named by a key of {@code Messages.properties};
   * its hint is the text under the same key followed by {@code .hint}.
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
  }
}
