package org.parolekit.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the lines a PDF's text layer gives back as a person reads the page: a paragraph that the
 * layout broke over several lines becomes one line again, and a word broken at the line's end by a
 * hyphen is joined. A line runs on into the next when it is nearly as wide as the widest line of
 * the document (the layout broke it for want of room); a shorter line ends its paragraph, so
 * headings, address and signature lines, which are short, stay lines of their own. Blank lines are
 * kept as paragraph breaks.
 */
final class PdfParagraphs {
  /** A line at least this share of the widest line's length was broken by the layout. */
  private static final double FULL_LINE = 0.7;

  private PdfParagraphs() {}

  static String join(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
      lines.add(line.strip());
    }
    int widest = lines.stream().mapToInt(String::length).max().orElse(0);
    int full = (int) Math.ceil(widest * FULL_LINE);
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
    boolean endsSentence = line.matches(".*[.!?:][\"')\u201d]*");
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
