package org.parolekit.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What {@link RequiredLiterals} derives from an expression, and that it never claims too much. */
class RequiredLiteralsTest {

  private static Optional<Set<String>> of(String regex) {
    Pattern.compile(regex); // every case is a valid expression
    return RequiredLiterals.of(regex);
  }

  /** Each row: an expression and the literals derived, "|"-separated; "-" for none. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = ';',
      quoteCharacter = '`',
      value = {
        "abc; abc",
        "\\bcat\\b; cat",
        // alternation: the union of the branches, none when a branch has none
        "cat|dog; cat|dog",
        "cat|; -",
        "cat|(?:); -",
        "cat|\\w+; -",
        "cat|dogs?; cat|dog",
        "(?:foo|)bar; bar",
        "(?:foo|bar)?baz; baz",
        "(?:a|b)c; ac|bc",
        "x(?:a|b)(?:c|d)y; xacy|xady|xbcy|xbdy",
        // optional parts: none of their own
        "(?:foo)?; -",
        "colou?r; color|colour",
        "a?b?; -",
        // nested groups, capturing or not, named, atomic
        "(?:a(?:bc|de))f; abcf|adef",
        "(a(b|c))d; abd|acd",
        "(?<word>ab)c; abc",
        "(?>ab|cd)e; abe|cde",
        // lookarounds match the empty string
        "(?=foo)bar; bar",
        "foo(?!bar); foo",
        "(?<=x)yz(?<!q); yz",
        "(?!foo)\\w+; -",
        "(?=abc); -",
        // classes
        "espos[oa]; esposo|esposa",
        "lle[bv]ar; llebar|llevar",
        "[a-c]x; ax|bx|cx",
        "[a-z]+ing; ing",
        "[^x]yz; yz",
        "[\\w-]+ about; ` about`",
        "[]a]b; ]b|ab",
        "[a-]b; ab|-b",
        "x[a[b]]y; x",
        "x[a-z&&[^e]]yy; yy",
        // counted and lazy or possessive repetitions
        "(?:\\w+ ){0,3}from; from",
        "x{0,3}; -",
        "a{0}bc; bc",
        "(?:ab){2,3}; ab",
        "(?:ab){1}c; abc",
        "(?:ab)+c; ab",
        "(?:big )*?dog; dog",
        "(?:[\\w-]+ ){1,4}?the; the",
        "(?:ab)?+c; c",
        "(?:ab)??c; c",
        "ab*?c; a",
        // escapes
        "i\\.c\\.e\\.; i.c.e.",
        "t\\. ?don; t.don|t. don",
        "a\\-b; a-b",
        "\\{\\{x}}; {{x}}",
        "a\\tb; a\tb",
        "\\x41\\u0042; AB",
        "(a)\\1; a",
        "\\d+ years?; ` year`",
        "\\s*; -",
        "\\S+; -",
        ".*; -",
        // what the analysis does not read: nothing required
        "(?i)abc; -",
        "(?i:abc)d; -",
        "\\Qabc\\E; -",
        "\\0101; -",
        "\\p{L}+; -",
      })
  void derives(String regex, String expected) {
    Optional<Set<String>> derived = of(regex);
    if (expected.equals("-")) {
      assertThat(derived).isEmpty();
    } else {
      assertThat(derived).contains(Set.of(expected.split("\\|")));
    }
  }

  @Test
  void takesTheMostSelectivePartOfASequence() {
    assertThat(of("\\b(?:a|an|the) \\w+ (?:mexican|honduran) \\w+"))
        .contains(Set.of(" mexican ", " honduran "));
  }

  @Test
  void keepsLongAlternationsAsTheUnionOfTheirBranches() {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < RequiredLiterals.MAX_EXACT * 2; i++) {
      words.add("w" + i + "x");
    }
    assertThat(of("(?:" + String.join("|", words) + ")\\b"))
        .hasValueSatisfying(l -> assertThat(l).hasSize(RequiredLiterals.MAX_EXACT * 2));
  }

  @Test
  void dropsALiteralThatContainsAnother() {
    assertThat(of("court|court dates?|courthouse")).contains(Set.of("court"));
  }

  @Test
  void aPatternCompiledWithFlagsRequiresNothing() {
    assertThat(RequiredLiterals.of(Pattern.compile("abc", Pattern.CASE_INSENSITIVE))).isEmpty();
    assertThat(RequiredLiterals.of(Pattern.compile("abc"))).contains(Set.of("abc"));
  }

  /**
   * Random expressions over a small alphabet, each tried on random texts: wherever one matches, the
   * text holds one of its literals. Seeded, so a failure repeats.
   */
  @Test
  void neverRequiresWhatAMatchLacks() {
    Random random = new Random(20261201L);
    int derived = 0;
    int matched = 0;
    int invalid = 0;
    for (int i = 0; i < 20000; i++) {
      String regex = randomRegex(random, 2);
      Pattern pattern;
      try {
        pattern = Pattern.compile(regex);
      } catch (java.util.regex.PatternSyntaxException e) {
        invalid++;
        continue;
      }
      Optional<Set<String>> literals = RequiredLiterals.of(regex);
      if (literals.isEmpty()) {
        continue;
      }
      derived++;
      for (int t = 0; t < 50; t++) {
        String text = randomText(random);
        if (pattern.matcher(text).find()) {
          matched++;
          assertThat(literals.get().stream().anyMatch(text::contains))
              .as("%s with %s on \"%s\"", regex, literals.get(), text)
              .isTrue();
        }
      }
    }
    System.out.printf(
        "random expressions: %d invalid, %d with literals, %d matches checked%n",
        invalid, derived, matched);
    assertThat(derived).isGreaterThan(2000);
  }

  private static final String[] ATOMS = {
    "a", "b", "c", "ab", "ba", "ca", " ", "a ", "\\.", "[ab]", "[a-c]", "[]a]", "[a-]", "\\x61",
    ".", "\\b", "\\w", "\\s", "[^a]", "\\B", "^", "$", "\\1"
  };
  private static final String[] QUANTIFIERS = {
    "", "", "", "?", "*", "+", "{0,2}", "{1,2}", "{2}", "??", "+?", "*+", "{0}"
  };

  private static final String[] GROUP_QUANTIFIERS = {"", "", "?", "{0,2}", "{1,2}", "??", "{0}"};

  private static String randomRegex(Random random, int depth) {
    StringBuilder out = new StringBuilder();
    int parts = 1 + random.nextInt(3);
    for (int i = 0; i < parts; i++) {
      String atom;
      int kind = depth == 0 ? 0 : random.nextInt(4);
      if (kind == 0) {
        atom = ATOMS[random.nextInt(ATOMS.length)];
      } else {
        String open =
            new String[] {"(?:", "(", "(?=", "(?!", "(?<=", "(?<!", "(?>"}[random.nextInt(7)];
        StringBuilder group = new StringBuilder(open);
        int branches = 1 + random.nextInt(3);
        for (int b = 0; b < branches; b++) {
          if (b > 0) {
            group.append('|');
          }
          if (random.nextInt(6) > 0) {
            group.append(randomRegex(random, depth - 1));
          }
        }
        atom = group.append(')').toString();
      }
      out.append(atom);
      if (kind != 0) {
        // bounded repetitions of groups only, so that the matcher does not backtrack for long
        out.append(GROUP_QUANTIFIERS[random.nextInt(GROUP_QUANTIFIERS.length)]);
      } else if (!atom.startsWith("\\b") && !atom.equals("^") && !atom.equals("$")) {
        out.append(QUANTIFIERS[random.nextInt(QUANTIFIERS.length)]);
      }
    }
    return out.toString();
  }

  private static String randomText(Random random) {
    char[] text = new char[random.nextInt(12)];
    for (int i = 0; i < text.length; i++) {
      text[i] = "abcd .".charAt(random.nextInt(6));
    }
    return new String(text);
  }
}
