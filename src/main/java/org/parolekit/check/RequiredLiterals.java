package org.parolekit.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Derives from a regular expression a set of literal strings at least one of which occurs in any
 * text the expression can match (the prefilter of codesearch and RE2), so that a pattern need not
 * be run on a sentence that holds none of them.
 *
 * <p>The condition is conservative: where the analysis cannot tell (a class of many characters, a
 * repetition that may be absent, a backreference, an inline flag, a construct it does not know), it
 * requires nothing, and then the pattern always runs. Each part of the expression has either the
 * finite set of strings it matches (kept while small: {@code colou?r} matches "color" or "colour")
 * or a requirement; a sequence joins neighbouring finite sets and keeps the most selective
 * requirement of its parts, an alternation the union of its branches' (none when a branch has
 * none), an optional or starred part none, and a lookaround or a boundary ({@code \b}) matches the
 * empty string.
 */
final class RequiredLiterals {
  /** The most strings a part's finite set may hold before only a requirement is kept. */
  static final int MAX_EXACT = 16;

  /** The most characters a class ({@code [oa]}) may stand for and still count as finite. */
  private static final int MAX_CLASS = 16;

  private final String regex;
  private int at;

  private RequiredLiterals(String regex) {
    this.regex = regex;
  }

  /**
   * The literals one of which every match of {@code pattern} contains; empty when none can be
   * derived (then the pattern may match any text).
   */
  static Optional<Set<String>> of(Pattern pattern) {
    if (pattern.flags() != 0) {
      return Optional.empty();
    }
    return of(pattern.pattern());
  }

  /** As {@link #of(Pattern)}, for an expression that compiles without flags. */
  static Optional<Set<String>> of(String regex) {
    RequiredLiterals parser = new RequiredLiterals(regex);
    try {
      Part whole = parser.alternation();
      if (parser.at != regex.length()) {
        return Optional.empty();
      }
      return Optional.ofNullable(whole.requirement()).map(RequiredLiterals::minimal);
    } catch (Unsupported | IndexOutOfBoundsException e) {
      return Optional.empty();
    }
  }

  /** A construct the analysis does not read: the whole expression then requires nothing. */
  private static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsupported() {
      super(null, null, false, false);
    }
  }

  /**
   * What one part of an expression matches.
   *
   * @param exact every string the part can match, when finite and small; null otherwise
   * @param required when {@code exact} is null: literals one of which each match contains, or null
   *     when nothing is required
   */
  private record Part(List<String> exact, List<String> required) {
    static final Part ANY = new Part(null, null);
    static final Part EMPTY = new Part(List.of(""), null);

    static Part exact(List<String> strings) {
      return new Part(strings, null);
    }

    static Part requiring(List<String> literals) {
      return new Part(null, literals);
    }

    /** Literals one of which every match contains, or null when the part may match "". */
    List<String> requirement() {
      if (exact == null) {
        return required;
      }
      return exact.contains("") ? null : exact;
    }
  }

  /**
   * The set without the literals that contain another of it (that one occurs whenever they do),
   * shortest first.
   */
  private static Set<String> minimal(List<String> literals) {
    List<String> byLength = new ArrayList<>(literals);
    byLength.sort(Comparator.comparingInt(String::length));
    List<String> kept = new ArrayList<>();
    for (String s : byLength) {
      boolean implied = false;
      for (String shorter : kept) {
        if (s.contains(shorter)) {
          implied = true;
          break;
        }
      }
      if (!implied) {
        kept.add(s);
      }
    }
    return Collections.unmodifiableSet(new LinkedHashSet<>(kept));
  }

  /**
   * How likely a set of literals is to be found in a sentence, roughly: a long literal is rarer
   * than a short one, and each literal of a set adds its chance. Lower is more selective.
   */
  private static final double[] CHANCE = new double[17];

  static {
    for (int i = 0; i < CHANCE.length; i++) {
      CHANCE[i] = Math.pow(0.25, i);
    }
  }

  private static double cost(List<String> literals) {
    if (literals == null) {
      return Double.POSITIVE_INFINITY;
    }
    double cost = 0;
    for (String s : literals) {
      cost += CHANCE[Math.min(s.length(), CHANCE.length - 1)];
    }
    return cost;
  }

  private Part alternation() {
    List<Part> branches = new ArrayList<>();
    branches.add(sequence());
    while (at < regex.length() && regex.charAt(at) == '|') {
      at++;
      branches.add(sequence());
    }
    if (branches.size() == 1) {
      return branches.get(0);
    }
    List<String> exact = new ArrayList<>();
    for (Part b : branches) {
      if (exact != null && b.exact() != null && exact.size() + b.exact().size() <= MAX_EXACT) {
        exact.addAll(b.exact());
      } else {
        exact = null;
      }
    }
    if (exact != null) {
      return Part.exact(exact);
    }
    List<String> union = new ArrayList<>();
    for (Part b : branches) {
      List<String> r = b.requirement();
      if (r == null) {
        return Part.ANY;
      }
      union.addAll(r);
    }
    return Part.requiring(union);
  }

  private Part sequence() {
    List<String> run = List.of("");
    boolean exactSoFar = true;
    List<String> best = null;
    while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
      Part p = literalRun();
      if (p == null) {
        p = quantified(atom());
      }
      if (p.exact() != null && (long) run.size() * p.exact().size() <= MAX_EXACT) {
        run = product(run, p.exact());
        continue;
      }
      exactSoFar = false;
      best = better(best, Part.exact(run).requirement());
      if (p.exact() != null) {
        run = p.exact();
      } else {
        best = better(best, p.required());
        run = List.of("");
      }
    }
    if (exactSoFar) {
      return Part.exact(run);
    }
    best = better(best, Part.exact(run).requirement());
    return best == null ? Part.ANY : Part.requiring(best);
  }

  /**
   * Plain characters in a row that no quantifier follows ({@code attend} of {@code attend\w*}), as
   * one part; null when fewer than two stand here.
   */
  private Part literalRun() {
    int end = at;
    while (end < regex.length() && plain(regex.charAt(end))) {
      end++;
    }
    if (end < regex.length() && "?*+{".indexOf(regex.charAt(end)) >= 0) {
      end--; // the last character is the quantifier's
    }
    if (end - at < 2) {
      return null;
    }
    Part run = Part.exact(List.of(regex.substring(at, end)));
    at = end;
    return run;
  }

  private static boolean plain(char c) {
    return switch (c) {
      case '\\', '(', ')', '[', ']', '{', '}', '.', '^', '$', '|', '*', '+', '?' -> false;
      default -> !Character.isSurrogate(c);
    };
  }

  private static List<String> better(List<String> a, List<String> b) {
    return cost(b) < cost(a) ? b : a;
  }

  private static List<String> product(List<String> left, List<String> right) {
    if (left.size() == 1 && left.contains("")) {
      return right;
    }
    if (right.size() == 1 && right.contains("")) {
      return left;
    }
    if (left.size() == 1 && right.size() == 1) {
      return List.of(left.get(0) + right.get(0));
    }
    List<String> out = new ArrayList<>(left.size() * right.size());
    for (String l : left) {
      for (String r : right) {
        out.add(l + r);
      }
    }
    return out;
  }

  /**
   * Applies the quantifiers that follow a part ({@code ?}, {@code *}, {@code +}, {@code {m,n}}).
   */
  private Part quantified(Part p) {
    while (at < regex.length()) {
      char c = regex.charAt(at);
      int min;
      int max;
      if (c == '?') {
        min = 0;
        max = 1;
        at++;
      } else if (c == '*') {
        min = 0;
        max = Integer.MAX_VALUE;
        at++;
      } else if (c == '+') {
        min = 1;
        max = Integer.MAX_VALUE;
        at++;
      } else if (c == '{') {
        int close = regex.indexOf('}', at);
        if (close < 0) {
          throw new Unsupported();
        }
        String[] bounds = regex.substring(at + 1, close).split(",", -1);
        try {
          min = Integer.parseInt(bounds[0].strip());
          max =
              bounds.length == 1
                  ? min
                  : bounds[1].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1].strip());
        } catch (NumberFormatException e) {
          throw new Unsupported();
        }
        if (bounds.length > 2) {
          throw new Unsupported();
        }
        at = close + 1;
      } else {
        return p;
      }
      if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
        at++; // lazy or possessive: the same strings
      }
      p = repeat(p, min, max);
    }
    return p;
  }

  private static Part repeat(Part p, int min, int max) {
    if (max == 0) {
      return Part.EMPTY;
    }
    if (min == 0) {
      if (max == 1 && p.exact() != null && p.exact().size() < MAX_EXACT) {
        List<String> or = new ArrayList<>(p.exact());
        or.add("");
        return Part.exact(or);
      }
      return Part.ANY;
    }
    if (min == 1 && max == 1) {
      return p;
    }
    return Part.requiring(p.requirement());
  }

  private Part atom() {
    char c = regex.charAt(at);
    switch (c) {
      case '(':
        return group();
      case '[':
        return characterClass();
      case '\\':
        return escape();
      case '.':
        at++;
        return Part.ANY;
      case '^':
      case '$':
        at++;
        return Part.EMPTY;
      case '*':
      case '+':
      case '?':
      case '{':
        throw new Unsupported();
      default:
        return Part.exact(List.of(codePoint()));
    }
  }

  /** One character of the expression as written, two for a supplementary code point. */
  private String codePoint() {
    int cp = regex.codePointAt(at);
    at += Character.charCount(cp);
    return new String(Character.toChars(cp));
  }

  private Part group() {
    at++; // (
    boolean zeroWidth = false;
    if (regex.startsWith("?", at)) {
      if (regex.startsWith("?:", at) || regex.startsWith("?>", at)) {
        at += 2;
      } else if (regex.startsWith("?=", at) || regex.startsWith("?!", at)) {
        at += 2;
        zeroWidth = true;
      } else if (regex.startsWith("?<=", at) || regex.startsWith("?<!", at)) {
        at += 3;
        zeroWidth = true;
      } else if (regex.startsWith("?<", at)) {
        int close = regex.indexOf('>', at);
        if (close < 0) {
          throw new Unsupported();
        }
        at = close + 1; // a named group
      } else {
        throw new Unsupported(); // inline flags
      }
    }
    Part inner = alternation();
    if (at >= regex.length() || regex.charAt(at) != ')') {
      throw new Unsupported();
    }
    at++;
    return zeroWidth ? Part.EMPTY : inner;
  }

  /** An escape outside a class. */
  private Part escape() {
    at++; // backslash
    char c = regex.charAt(at);
    switch (c) {
      case 'b', 'B', 'A', 'z', 'Z', 'G' -> {
        at++;
        return Part.EMPTY;
      }
      case 'd', 'D', 'w', 'W', 's', 'S', 'h', 'H', 'v', 'V', 'R', 'X', 'N' -> {
        at++;
        return Part.ANY;
      }
      case 'p', 'P' -> {
        at++;
        skipPropertyName();
        return Part.ANY;
      }
      default -> {
        if (c >= '1' && c <= '9') {
          while (at < regex.length() && Character.isDigit(regex.charAt(at))) {
            at++;
          }
          return Part.ANY; // a backreference
        }
        return Part.exact(List.of(escapedCharacter()));
      }
    }
  }

  private void skipPropertyName() {
    if (regex.charAt(at) == '{') {
      int close = regex.indexOf('}', at);
      if (close < 0) {
        throw new Unsupported();
      }
      at = close + 1;
    } else {
      at++;
    }
  }

  /**
   * The character an escape stands for, {@code at} on the character after the backslash; throws for
   * an escape that stands for more than one character.
   */
  private String escapedCharacter() {
    char c = regex.charAt(at);
    switch (c) {
      case 't' -> {
        at++;
        return "\t";
      }
      case 'n' -> {
        at++;
        return "\n";
      }
      case 'r' -> {
        at++;
        return "\r";
      }
      case 'f' -> {
        at++;
        return "\f";
      }
      case 'a' -> {
        at++;
        return "\u0007";
      }
      case 'e' -> {
        at++;
        return "\u001b";
      }
      case 'x' -> {
        at++;
        String hex;
        if (regex.charAt(at) == '{') {
          int close = regex.indexOf('}', at);
          if (close < 0) {
            throw new Unsupported();
          }
          hex = regex.substring(at + 1, close);
          at = close + 1;
        } else {
          hex = regex.substring(at, at + 2);
          at += 2;
        }
        return fromCodePoint(hex, 16);
      }
      case 'u' -> {
        String hex = regex.substring(at + 1, at + 5);
        at += 5;
        return fromCodePoint(hex, 16);
      }
      default -> {
        if (Character.isLetterOrDigit(c)) {
          throw new Unsupported(); // \0 octal, \c control, \k<name>, \Q...\E and the like
        }
        return codePoint(); // an escaped punctuation mark: itself
      }
    }
  }

  private static String fromCodePoint(String digits, int radix) {
    try {
      return new String(Character.toChars(Integer.parseInt(digits, radix)));
    } catch (IllegalArgumentException e) {
      throw new Unsupported();
    }
  }

  /**
   * A class: finite when it lists a few characters or ranges of characters ({@code [oa]}, {@code
   * [:,]}); any character otherwise (negated, nested, an intersection, a class escape, a wide
   * range).
   */
  private Part characterClass() {
    at++; // [
    boolean finite = true;
    if (regex.charAt(at) == '^') {
      finite = false;
      at++;
    }
    Set<String> chars = new LinkedHashSet<>();
    boolean first = true;
    while (true) {
      char c = regex.charAt(at);
      if (c == ']' && !first) {
        at++;
        break;
      }
      first = false;
      if (c == '[') {
        skipNestedClass();
        finite = false;
        continue;
      }
      if (c == '&' && regex.startsWith("&&", at)) {
        at += 2;
        finite = false;
        continue;
      }
      String from;
      if (c == '\\') {
        at++;
        char e = regex.charAt(at);
        if ("dDwWsShHvVpP".indexOf(e) >= 0) {
          at++;
          if (e == 'p' || e == 'P') {
            skipPropertyName();
          }
          finite = false;
          continue;
        }
        from = escapedCharacter();
      } else {
        from = codePoint();
      }
      if (regex.charAt(at) == '-' && regex.charAt(at + 1) != ']') {
        at++;
        char d = regex.charAt(at);
        if (d == '[' || d == '\\' || from.length() != 1) {
          throw new Unsupported(); // a range to an escape or a class: not read
        }
        String to = codePoint();
        if (to.length() != 1) {
          throw new Unsupported();
        }
        if (to.charAt(0) - from.charAt(0) + 1 > MAX_CLASS) {
          finite = false;
        } else {
          for (char x = from.charAt(0); x <= to.charAt(0); x++) {
            chars.add(String.valueOf(x));
          }
        }
        if (regex.charAt(at) == '-' && regex.charAt(at + 1) != ']') {
          throw new Unsupported(); // [a-c-e]: Java reads it its own way
        }
      } else {
        chars.add(from);
      }
    }
    if (!finite || chars.isEmpty() || chars.size() > MAX_CLASS) {
      return Part.ANY;
    }
    return Part.exact(List.copyOf(chars));
  }

  /** Skips a class nested in a class, {@code at} on its {@code [}. */
  private void skipNestedClass() {
    at++;
    if (regex.charAt(at) == '^') {
      at++;
    }
    boolean first = true;
    while (true) {
      char c = regex.charAt(at);
      if (c == ']' && !first) {
        at++;
        return;
      }
      first = false;
      if (c == '\\') {
        if (regex.charAt(at + 1) == 'Q') {
          throw new Unsupported();
        }
        at += 2;
      } else if (c == '[') {
        skipNestedClass();
      } else {
        at++;
      }
    }
  }
}
