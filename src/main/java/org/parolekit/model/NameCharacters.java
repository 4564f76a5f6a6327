package org.parolekit.model;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

  /**
   * What is odd in {@code name}, one entry a character, each with its code point and Unicode name
   * ({@code U+0410 CYRILLIC CAPITAL LETTER A, a letter of another alphabet among Latin letters});
   * empty for an ordinary name.
   */
  public static List<String> suspicious(String name) {
    List<String> found = new ArrayList<>();
    for (String word : name.split("[\\s\\-'’.,]+")) {
      UnicodeScript main = mainScript(word);
      int marks = 0;
      int previous = -1;
      for (int i = 0; i < word.length(); ) {
        int cp = word.codePointAt(i);
        i += Character.charCount(cp);
        if (isInvisible(cp)) {
          found.add(describe(cp, "an invisible character"));
        } else if (Character.getType(cp) == Character.NON_SPACING_MARK
            || Character.getType(cp) == Character.ENCLOSING_MARK) {
          marks++;
          if (previous < 0 || !Character.isLetter(previous)) {
            found.add(describe(cp, "a mark on no letter"));
          } else if (marks == 3) {
            found.add(describe(cp, "a third mark stacked on one letter"));
          }
          continue;
        } else if (Character.isLetter(cp) && main != null && script(cp) != main) {
          found.add(describe(cp, "a letter of another alphabet among " + title(main) + " letters"));
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
      b.append(at >= 0 ? String.valueOf(LOOKALIKES_TO.charAt(at)) : Character.isLetterOrDigit(cp) ? lower : " ");
    }
    return b.toString().strip().replaceAll(" +", " ");
  }

  private static boolean isInvisible(int cp) {
    int type = Character.getType(cp);
    return type == Character.FORMAT
        || type == Character.CONTROL
        || cp == 0x034F // combining grapheme joiner
        || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 // Hangul fillers
        || (cp >= 0xFE00 && cp <= 0xFE0F); // variation selectors
  }

  /** The alphabet most of a word's letters are in; null when it has none. */
  private static UnicodeScript mainScript(String word) {
    Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
    word.codePoints().filter(Character::isLetter).forEach(cp -> counts.merge(script(cp), 1, Integer::sum));
    return counts.entrySet().stream()
        .max(Map.Entry.<UnicodeScript, Integer>comparingByValue()
            .thenComparing(e -> e.getKey() == UnicodeScript.LATIN))
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  private static UnicodeScript script(int cp) {
    return UnicodeScript.of(cp);
  }

  private static String title(UnicodeScript script) {
    String s = script.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String describe(int cp, String what) {
    String unicodeName = Character.getName(cp);
    return String.format(Locale.ROOT, "U+%04X %s, %s", cp, unicodeName == null ? "" : unicodeName, what);
  }
}
