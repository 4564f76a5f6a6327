package org.parolekit.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a letter into sentences. Lines are kept apart (letters put headers, greetings and
 * signatures on lines of their own); within a line, sentences end at . ! ? unless the dot follows
 * an abbreviation; sentences longer than {@value #LONG} characters, as in letters written as one
 * comma-spliced paragraph, are split again at commas so evidence stays quotable.
 */
final class SentenceSplitter {
  static final int LONG = 260;
  private static final Pattern END = Pattern.compile("[.!?]+[\"')\u201d]*\\s+");
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "st", "rev", "fr", "apt", "ave", "jr", "sr", "sra", "srta", "no",
          "blvd", "rd", "prof", "mt", "ste", "vs", "v", "etc", "inc", "llc", "a.m", "p.m", "u.s",
          "c.f.r", "u.s.c", "sec", "art", "num", "nro", "dept", "co", "lic", "ing", "nov", "dec",
          "oct", "sept", "jan", "feb", "aug");

  private SentenceSplitter() {}

  static List<Sentence> split(String text) {
    List<Sentence> sentences = new ArrayList<>();
    int paragraph = 0;
    for (String line :
        WrappedLines.unwrap(text).replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty()) {
        paragraph++;
        continue;
      }
      List<String> pieces = new ArrayList<>();
      splitLine(trimmed, pieces);
      for (String piece : pieces) {
        for (String part : piece.length() > LONG ? splitAtCommas(piece) : List.of(piece)) {
          sentences.add(Sentence.of(part, sentences.size(), paragraph));
        }
      }
    }
    return sentences;
  }

  private static void splitLine(String line, List<String> out) {
    Matcher m = END.matcher(line);
    int start = 0;
    while (m.find()) {
      int dot = m.start();
      String before = line.substring(start, dot);
      String lastWord = lastWord(before);
      boolean abbreviation =
          ABBREVIATIONS.contains(Fold.fold(lastWord))
              || lastWord.length() == 1 && Character.isLetter(lastWord.charAt(0))
              || line.charAt(dot) == '.' && nextStartsLowerOrDigit(line, m.end());
      if (!abbreviation) {
        addIfText(line.substring(start, m.end()).strip(), out);
        start = m.end();
      }
    }
    addIfText(line.substring(start).strip(), out);
  }

  private static boolean nextStartsLowerOrDigit(String line, int at) {
    return at < line.length()
        && (Character.isLowerCase(line.charAt(at)) || Character.isDigit(line.charAt(at)));
  }

  private static String lastWord(String text) {
    int i = text.length();
    while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    return text.substring(i).replaceAll("^[(\"']+", "");
  }

  private static List<String> splitAtCommas(String sentence) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String clause : sentence.split("(?<=,)\\s+")) {
      if (current.length() > 0 && current.length() + clause.length() > LONG / 2) {
        parts.add(current.toString().strip());
        current.setLength(0);
      }
      current.append(clause).append(' ');
    }
    if (current.length() > 0) {
      parts.add(current.toString().strip());
    }
    return parts;
  }

  private static void addIfText(String s, List<String> out) {
    if (s.chars().anyMatch(Character::isLetterOrDigit)) {
      out.add(s);
    }
  }
}
