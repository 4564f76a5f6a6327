package org.parolekit.output;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.parolekit.render.RenderedDocument;

/**
 * Safe file names for rendered documents, valid on Linux, macOS and Windows: ASCII letters, digits
 * and hyphens only (accents transliterated for the file name, never in the letter), no reserved
 * device names, at most {@value #MAX_LENGTH} characters with the extension, and collisions told
 * apart with {@code -2}, {@code -3}.
 */
public final class FileNames {
  /** The longest file name produced, extension included. */
  public static final int MAX_LENGTH = 100;

  private static final Pattern RESERVED =
      Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9]|clock\\$)(\\..*)?");
  private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
  private static final int LONGEST_EXTENSION = ".html".length();

  private FileNames() {}

  /**
   * The base name (no extension) of each document, in the same order: {@code
   * 01-sponsor-letter-rosa-hernandez-diaz-es}. Names are unique within the list, ignoring case.
   */
  public static List<String> baseNames(List<RenderedDocument> documents) {
    List<String> names = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (RenderedDocument d : documents) {
      String base = String.format(Locale.ROOT, "%02d-%s", d.sequence(), slug(d.nameHint()));
      base = fit(base, 0);
      String candidate = base;
      for (int n = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); n++) {
        candidate = fit(base, ("-" + n).length()) + "-" + n;
      }
      names.add(candidate);
    }
    return List.copyOf(names);
  }

  private static String fit(String base, int reserve) {
    int max = MAX_LENGTH - LONGEST_EXTENSION - reserve;
    if (base.length() <= max) {
      return base;
    }
    return trimHyphens(base.substring(0, max));
  }

  /**
   * A lower-case ASCII slug of any text: "Rosa Hernández Díaz" becomes {@code rosa-hernandez-diaz}.
   * Never empty, never a reserved device name, never a path.
   */
  public static String slug(String text) {
    String s = text == null ? "" : text;
    s =
        s.replace("ß", "ss")
            .replace("æ", "ae")
            .replace("Æ", "AE")
            .replace("ø", "o")
            .replace("Ø", "O")
            .replace("ł", "l")
            .replace("Ł", "L")
            .replace("đ", "d")
            .replace("Đ", "D")
            .replace("œ", "oe")
            .replace("Œ", "OE")
            .replace("þ", "th")
            .replace("Þ", "TH");
    s = COMBINING.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
    s = s.toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (keep) {
        b.append(c);
      } else if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
        b.append('-');
      }
    }
    String slug = trimHyphens(b.toString());
    if (slug.length() > MAX_LENGTH - LONGEST_EXTENSION) {
      slug = trimHyphens(slug.substring(0, MAX_LENGTH - LONGEST_EXTENSION));
    }
    if (slug.isEmpty()) {
      return "document";
    }
    if (RESERVED.matcher(slug).matches()) {
      return slug + "-file";
    }
    return slug;
  }

  private static String trimHyphens(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && s.charAt(start) == '-') {
      start++;
    }
    while (end > start && s.charAt(end - 1) == '-') {
      end--;
    }
    return s.substring(start, end);
  }
}
