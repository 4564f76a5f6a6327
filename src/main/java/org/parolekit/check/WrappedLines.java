package org.parolekit.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads lines broken for want of room as a person reads them: a paragraph that a PDF's layout, or
 * the hard wrap of an e-mail or a plain-text editor, broke over several lines becomes one line
 * again, and a word broken at the line's end by a hyphen is joined. A line runs on into the next
 * when it is nearly as wide as the text's full lines (it was broken for want of room); a shorter
 * line ends its paragraph, so headings, address and signature lines, which are short, stay lines of
 * their own. Blank lines are kept as paragraph breaks.
 */
final class WrappedLines {
  /** A line at least this share of the full width was broken for want of room. */
  private static final double FULL_LINE = 0.7;

  /** A hard wrap breaks lines at most this wide (e-mail wraps at 72 to 80 characters). */
  private static final int WIDEST_HARD_WRAP = 100;

  /**
   * A line this wide or wider whose next line begins in lower case was broken mid-sentence (a
   * phone's mail app wraps at 30 to 40 characters).
   */
  private static final int NARROWEST_WRAP = 20;

  /** A text needs at least this many lines broken mid-sentence near one width to be wrapped. */
  private static final int WRAPPED_LINES = 3;

  private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?:;][\"')\u201d\u2019]*");

  private WrappedLines() {}

  /** The text of a PDF's text layer, its lines broken by the layout joined. */
  static String join(String text) {
    List<String> lines = lines(text);
    int widest = lines.stream().mapToInt(String::length).max().orElse(0);
    return join(lines, (int) Math.ceil(widest * FULL_LINE));
  }

  /**
   * A plain text as its writer typed it: when it was hard-wrapped (three or more lines broken in
   * the middle of a sentence at about one width of at most 100 characters, as e-mail does), its
   * broken lines joined; any other text as it is. A letter typed with one line per paragraph has no
   * such lines and is left alone.
   */
  static String unwrap(String text) {
    List<String> lines = lines(text);
    List<Integer> broken = new ArrayList<>();
    for (int i = 0; i + 1 < lines.size(); i++) {
      String line = lines.get(i);
      String next = lines.get(i + 1);
      if (next.isEmpty()
          || line.length() > WIDEST_HARD_WRAP
          || ENDS_SENTENCE.matcher(line).matches()) {
        continue;
      }
      // A phone's narrow wrap: a shorter line whose sentence plainly goes on below it.
      boolean narrow =
          line.length() >= NARROWEST_WRAP && Character.isLowerCase(next.codePointAt(0));
      if (line.length() >= 40 || narrow) {
        broken.add(line.length());
      }
    }
    if (broken.size() < WRAPPED_LINES) {
      return text;
    }
    Collections.sort(broken);
    int width = broken.get(broken.size() / 2);
    return join(lines, (int) Math.ceil(width * FULL_LINE));
  }

  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
      lines.add(line.strip());
    }
    return lines;
  }

  private static String join(List<String> lines, int full) {
    StringBuilder out = new StringBuilder();
    StringBuilder paragraph = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isEmpty()) {
        flush(paragraph, out);
        if (i + 1 < lines.size()) {
          out.append('\n');
        }
        continue;
      }
      appendLine(paragraph, line);
      String next = i + 1 < lines.size() ? lines.get(i + 1) : "";
      if (next.isEmpty()
          || !runsOn(line, next, full, i + 2 < lines.size() ? lines.get(i + 2) : "")) {
        flush(paragraph, out);
        if (i + 1 < lines.size()) {
          out.append('\n');
        }
      }
    }
    flush(paragraph, out);
    return out.toString();
  }

  /** Whether {@code line} continues on {@code next}; {@code after} is the line after that. */
  private static boolean runsOn(String line, String next, int full, String after) {
    if (startsAnItem(next)) {
      return false;
    }
    if (brokenWord(line)) {
      return true;
    }
    if (line.length() < full) {
      return false;
    }
    // A full line ending a sentence, followed by a block of short lines (a closing, a signature).
    boolean endsSentence = ENDS_SENTENCE.matcher(line).matches();
    boolean shortBlock = next.length() < full && (after.isEmpty() || after.length() < full);
    return !(endsSentence && shortBlock && !startsLower(next));
  }

  private static boolean startsAnItem(String line) {
    return line.startsWith("\u2022")
        || line.startsWith("- ")
        || line.startsWith("* ")
        || line.matches("\\d{1,2}[.)] .*");
  }

  private static boolean brokenWord(String line) {
    int n = line.length();
    if (n < 2) {
      return false;
    }
    char last = line.charAt(n - 1);
    return (last == '-' || last == '\u00AD') && Character.isLetterOrDigit(line.charAt(n - 2));
  }

  private static boolean startsLower(String line) {
    return !line.isEmpty() && Character.isLowerCase(line.charAt(0));
  }

  private static void appendLine(StringBuilder paragraph, String line) {
    int n = paragraph.length();
    if (n == 0) {
      paragraph.append(line);
      return;
    }
    char last = paragraph.charAt(n - 1);
    if (last == '\u00AD') {
      paragraph.setLength(n - 1);
    } else if (last == '-') {
      // A word the layout hyphenated loses its hyphen; a number or a name keeps it (A012-345-678).
      if (Character.isLowerCase(paragraph.charAt(n - 2)) && startsLower(line)) {
        paragraph.setLength(n - 1);
      }
    } else {
      paragraph.append(' ');
    }
    paragraph.append(line);
  }

  private static void flush(StringBuilder paragraph, StringBuilder out) {
    out.append(paragraph);
    paragraph.setLength(0);
  }
}
