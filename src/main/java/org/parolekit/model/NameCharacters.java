package org.parolekit.model;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Characters in a name that look like something they are not: invisible ones, a letter of another
 * alphabet inside a word (a Cyrillic "А" in "Ana"), marks stacked or standing alone. A name pasted
 * from a chat or a web page can carry them; the letter then prints wrong or fails to match ICE's
 * records. Also gives a name's skeleton, under which two spellings a reader cannot tell apart are
 * one.
 */
public final class NameCharacters {
  /** Cyrillic and Greek letters drawn, in one case or the other, like the Latin letter below. */
  private static final String LOOKALIKES_FROM = "аеорсухіјѕԁԛԝвкмнтαβεικνορτυχζημ";

  private static final String LOOKALIKES_TO = "aeopcyxijsdqwbkmhtabeikvoptuxzhm";

  private NameCharacters() {}

  /** Why a character in a name is odd. */
  public enum Kind {
    /** A character that shows nothing, or changes how the text around it shows. */
    INVISIBLE,
    /** An accent or other mark that stands on no letter. */
    MARK_ON_NO_LETTER,
    /** A third mark stacked on one letter. */
    THIRD_MARK,
    /** A letter of another alphabet among the letters of the word's own. */
    OTHER_ALPHABET
  }

  /**
   * One odd character of a name.
   *
   * @param codePoint the character
   * @param kind why it is odd
   * @param wordScript the alphabet most of the word's letters are in ({@link Kind#OTHER_ALPHABET})
   */
  public record Odd(int codePoint, Kind kind, Optional<UnicodeScript> wordScript) {
    /** Its code point and Unicode name, for example {@code U+0410 CYRILLIC CAPITAL LETTER A}. */
    public String character() {
      String unicodeName = Character.getName(codePoint);
      return String.format(
          Locale.ROOT, "U+%04X %s", codePoint, unicodeName == null ? "" : unicodeName);
    }
  }

  /** What is odd in {@code name}, one entry a character; empty for an ordinary name. */
  public static List<Odd> oddities(String name) {
    List<Odd> found = new ArrayList<>();
    for (String word : name.split("[\\s\\-'’.,]+")) {
      UnicodeScript main = mainScript(word);
      int marks = 0;
      int previous = -1;
      for (int i = 0; i < word.length(); ) {
        int cp = word.codePointAt(i);
        i += Character.charCount(cp);
        if (isInvisible(cp)) {
          found.add(new Odd(cp, Kind.INVISIBLE, Optional.empty()));
        } else if (Character.getType(cp) == Character.NON_SPACING_MARK
            || Character.getType(cp) == Character.ENCLOSING_MARK) {
          marks++;
          if (previous < 0 || !Character.isLetter(previous)) {
            found.add(new Odd(cp, Kind.MARK_ON_NO_LETTER, Optional.empty()));
          } else if (marks == 3) {
            found.add(new Odd(cp, Kind.THIRD_MARK, Optional.empty()));
          }
          continue;
        } else if (Character.isLetter(cp) && main != null && script(cp) != main) {
          found.add(new Odd(cp, Kind.OTHER_ALPHABET, Optional.of(main)));
        }
        marks = 0;
        previous = cp;
      }
    }
    return List.copyOf(found);
  }

  /**
   * {@code name} as a reader sees it, for telling whether two spellings are one person: accents,
   * case, invisible characters and look-alike letters of other alphabets set aside, spaces single.
   */
  public static String skeleton(String name) {
    StringBuilder b = new StringBuilder();
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
    for (int i = 0; i < decomposed.length(); ) {
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      if (isInvisible(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
        continue;
      }
      String lower = new String(Character.toChars(cp)).toLowerCase(Locale.ROOT);
      int at = LOOKALIKES_FROM.indexOf(lower);
      b.append(
          at >= 0
              ? String.valueOf(LOOKALIKES_TO.charAt(at))
              : Character.isLetterOrDigit(cp) ? lower : " ");
    }
    return b.toString().strip().replaceAll(" +", " ");
  }

  private static boolean isInvisible(int cp) {
    int type = Character.getType(cp);
    return type == Character.FORMAT
        || type == Character.CONTROL
        || cp == 0x034F // combining grapheme joiner
        || cp == 0x115F
        || cp == 0x1160
        || cp == 0x3164
        || cp == 0xFFA0 // Hangul fillers
        || (cp >= 0xFE00 && cp <= 0xFE0F); // variation selectors
  }

  /** The alphabet most of a word's letters are in; null when it has none. */
  private static UnicodeScript mainScript(String word) {
    Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
    word.codePoints()
        .filter(Character::isLetter)
        .forEach(cp -> counts.merge(script(cp), 1, Integer::sum));
    return counts.entrySet().stream()
        .max(
            Map.Entry.<UnicodeScript, Integer>comparingByValue()
                .thenComparing(e -> e.getKey() == UnicodeScript.LATIN))
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  private static UnicodeScript script(int cp) {
    return UnicodeScript.of(cp);
  }
}
