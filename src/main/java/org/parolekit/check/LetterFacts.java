package org.parolekit.check;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identifying facts a letter states about the person: A-numbers, a date or year of birth,
 * street addresses. Used to match a letter to the case file and letters to each other.
 */
final class LetterFacts {
  private static final Pattern A_NUMBER_PREFIXED =
      Pattern.compile("(?i)(?<![\\w-])A\\s*[-#:.]?\\s*#?\\s*(\\d[\\d -]{6,12}\\d)(?![\\d])");
  private static final Pattern A_NUMBER_LABELLED =
      Pattern.compile(
          "(?i)(?:a-?\\s?number|alien (?:registration )?number|n[uú]mero (?:de"
              + " )?a|a\\s?#|a-?no\\.?)\\s*[:#.]?\\s*(?:A\\s*[-#]?\\s*)?(\\d[\\d"
              + " -]{6,12}\\d)(?![\\d])");
  private static final Pattern BIRTH =
      Pattern.compile("\\b(born|birth|nacio|nacida|nacido|nacimiento|naci|dob|d\\.o\\.b)\\b");
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("january", 1),
          Map.entry("february", 2),
          Map.entry("march", 3),
          Map.entry("april", 4),
          Map.entry("may", 5),
          Map.entry("june", 6),
          Map.entry("july", 7),
          Map.entry("august", 8),
          Map.entry("september", 9),
          Map.entry("october", 10),
          Map.entry("november", 11),
          Map.entry("december", 12),
          Map.entry("enero", 1),
          Map.entry("febrero", 2),
          Map.entry("marzo", 3),
          Map.entry("abril", 4),
          Map.entry("mayo", 5),
          Map.entry("junio", 6),
          Map.entry("julio", 7),
          Map.entry("agosto", 8),
          Map.entry("septiembre", 9),
          Map.entry("setiembre", 9),
          Map.entry("octubre", 10),
          Map.entry("noviembre", 11),
          Map.entry("diciembre", 12));
  private static final String MONTH =
      "(january|february|march|april|may|june|july|august|september|october|november|december"
          + "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre"
          + "|noviembre|diciembre|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
  private static final Pattern DATE_MONTH_FIRST =
      Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b");
  private static final Pattern DATE_DAY_FIRST =
      Pattern.compile(
          "\\b(\\d{1,2})\\s+(?:de\\s+)?" + MONTH + ",?\\s+(?:de(?:l)?\\s+)?((?:19|20)\\d\\d)\\b");
  private static final Pattern DATE_NUMERIC =
      Pattern.compile(
          "\\b(\\d{1,2})[/.-](\\d{1,2})[/.-]((?:19|20)\\d\\d)\\b|\\b((?:19|20)\\d\\d)-(\\d{2})-(\\d{2})\\b");

  /** "17 de nobiembre 2026": a Spanish date whose month is misspelled is still a date. */
  private static final Pattern SPANISH_DATE_ANY_MONTH_SPELLING =
      Pattern.compile("\\b\\d{1,2}\\s+de\\s+[a-z]{4,10},?\\s+(?:de(?:l)?\\s+)?(?:19|20)\\d\\d\\b");

  private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d\\d\\b");

  /**
   * How many characters after a birth word a birth date may stand: room for a place between them
   * ("nació aquí en el rancho el 12 de diciembre de 1998").
   */
  private static final int BIRTH_WINDOW = 56;

  /** A year in the few words after a birth word: "born in 1994", "nacio en el ano 1994". */
  private static final Pattern YEAR_RIGHT_AFTER =
      Pattern.compile(
          "^\\S+(?:\\s+(?:in|en|el|ano|year|the|of|de|:)){0,4}\\s*\\b((?:19|20)\\d\\d)\\b");

  static final Pattern STREET_ADDRESS =
      Pattern.compile(
          "\\b\\d{2,6}\\s+(?:[nsew]\\.?\\s+|[nsew][ew]\\s+)?(?:[a-z0-9'.-]+\\s+){0,3}?"
              + "(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|way|court|ct|place|pl"
              + "|terrace|hwy|highway|parkway|pkwy)\\b"
              + "|\\b\\d{2,6}\\s+(?:calle|avenida|av\\.?)\\s+[a-z0-9]+"
              + "|\\b(?:calle|avenida)\\s+[a-z]+(?:\\s+[a-z]+)?\\s+\\d{2,6}\\b");
  private static final Pattern HOUSE_NUMBER = Pattern.compile("\\b\\d{1,6}\\b");
  private static final Pattern WORD = Pattern.compile("\\b[a-z][a-z']+\\b");
  private static final Set<String> NOT_A_NAME =
      Set.of("calle", "avenida", "av", "north", "south", "east", "west", "ne", "nw", "se", "sw");

  private LetterFacts() {}

  /** Every A-number written in the letter, as nine digits (8-digit numbers get a leading zero). */
  static List<String> aNumbers(String text) {
    List<String> found = new ArrayList<>();
    for (ANumberMatch m : aNumberMatches(text)) {
      if (!found.contains(m.digits())) {
        found.add(m.digits());
      }
    }
    return found;
  }

  /** Where the letter writes an A-number, in any common form ("A012-345-678", "A# 12345678"). */
  static List<ANumberMatch> aNumberMatches(String text) {
    List<ANumberMatch> found = new ArrayList<>();
    for (Pattern p : List.of(A_NUMBER_PREFIXED, A_NUMBER_LABELLED)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        String digits = m.group(1).replaceAll("[ -]", "");
        if (digits.length() == 8) {
          digits = "0" + digits;
        }
        if (digits.length() == 9) {
          found.add(new ANumberMatch(m.start(), m.end(), digits));
        }
      }
    }
    return found;
  }

  /**
   * An A-number as written.
   *
   * @param start where it starts in the text
   * @param end where it ends
   * @param digits its nine digits
   */
  record ANumberMatch(int start, int end, String digits) {}

  /** Dates of birth stated in sentences about birth: full dates, or a year alone (day 0). */
  static List<BirthDate> birthDates(List<Sentence> sentences) {
    List<BirthDate> found = new ArrayList<>();
    for (Sentence s : sentences) {
      Matcher birth = BIRTH.matcher(s.folded());
      while (birth.find()) {
        // Only a date written right after the birth word is a birth date: "born on May 17, 1994",
        // "nació en 1994"; not "since the day she was born ... until I moved in 2009".
        String window =
            s.folded()
                .substring(
                    birth.start(), Math.min(s.folded().length(), birth.end() + BIRTH_WINDOW));
        List<LocalDate> full = dates(window);
        if (!full.isEmpty()) {
          full.forEach(d -> found.add(new BirthDate(d.getYear(), d, s.text())));
        } else {
          Matcher y = YEAR_RIGHT_AFTER.matcher(window);
          if (y.find()) {
            found.add(new BirthDate(Integer.parseInt(y.group(1)), null, s.text()));
          }
        }
      }
    }
    return found;
  }

  /** All full dates written in the (folded) text. */
  static List<LocalDate> dates(String folded) {
    List<LocalDate> dates = new ArrayList<>();
    Matcher m = DATE_MONTH_FIRST.matcher(folded);
    while (m.find()) {
      add(dates, m.group(3), month(m.group(1)), m.group(2));
    }
    m = DATE_DAY_FIRST.matcher(folded);
    while (m.find()) {
      add(dates, m.group(3), month(m.group(2)), m.group(1));
    }
    m = DATE_NUMERIC.matcher(folded);
    while (m.find()) {
      if (m.group(1) != null) {
        add(dates, m.group(3), Integer.parseInt(m.group(1)), m.group(2));
      } else {
        add(dates, m.group(4), Integer.parseInt(m.group(5)), m.group(6));
      }
    }
    return dates;
  }

  /** Whether the letter carries a date anywhere (a full date, or a month and year). */
  static boolean hasDate(String folded) {
    return !dates(folded).isEmpty()
        || Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2},?\\s+)?(19|20)\\d\\d\\b")
            .matcher(folded)
            .find()
        || Pattern.compile("\\b\\d{1,2}\\s+de\\s+" + MONTH + "\\b").matcher(folded).find()
        || SPANISH_DATE_ANY_MONTH_SPELLING.matcher(folded).find();
  }

  private static int month(String name) {
    String key = name.replace(".", "").toLowerCase(Locale.ROOT);
    Integer exact = MONTHS.get(key);
    if (exact != null) {
      return exact;
    }
    return MONTHS.entrySet().stream()
        .filter(e -> e.getKey().startsWith(key.substring(0, 3)))
        .mapToInt(Map.Entry::getValue)
        .findFirst()
        .orElse(0);
  }

  private static void add(List<LocalDate> dates, String year, int month, String day) {
    try {
      dates.add(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
    } catch (DateTimeException | NumberFormatException e) {
      // Not a real date ("13/25/2020"): not a date the letter states.
    }
  }

  /** Street addresses in the (folded) text, each reduced to {@link #addressKey}. */
  static List<String> streetAddresses(String folded) {
    List<String> found = new ArrayList<>();
    Matcher m = STREET_ADDRESS.matcher(folded);
    while (m.find()) {
      String key = addressKey(m.group());
      if (!key.isEmpty() && !found.contains(key)) {
        found.add(key);
      }
    }
    return found;
  }

  /**
   * What two ways of writing one street address share: the house number and the first word of the
   * street name ("1420 Calle Ocho, Apt 3B" and "1420 calle ocho" both give "1420 ocho").
   */
  static String addressKey(String street) {
    String folded = Fold.fold(street);
    Matcher number = HOUSE_NUMBER.matcher(folded);
    if (!number.find()) {
      return "";
    }
    Matcher word = WORD.matcher(folded);
    while (word.find()) {
      if (!NOT_A_NAME.contains(word.group())) {
        return number.group() + " " + word.group();
      }
    }
    return number.group();
  }

  /**
   * A date of birth a letter states.
   *
   * @param year the year
   * @param date the full date, or null when only the year is given
   * @param sentence where it was stated
   */
  record BirthDate(int year, LocalDate date, String sentence) {}
}
