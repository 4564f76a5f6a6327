package org.parolekit.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.parolekit.check.LetterChecker;
import org.parolekit.check.LetterText;

/**
 * The letter checks' own speed, without JVM start-up: checks every letter of the folders ({@code
 * .txt}, a labelled header is skipped) ROUNDS times in one JVM and prints the median time per
 * letter of each round. Not a test: run by {@code bench/lint.sh} with the test class path.
 *
 * <p>Usage: {@code LintSpeed ROUNDS DIR...}
 */
public final class LintSpeed {
  private LintSpeed() {}

  public static void main(String[] args) throws Exception {
    int rounds = Integer.parseInt(args[0]);
    List<LetterText> letters = new ArrayList<>();
    for (String dir : Arrays.copyOfRange(args, 1, args.length)) {
      try (Stream<Path> files = Files.list(Path.of(dir))) {
        for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          String text = Files.readString(p);
          int header = text.indexOf("\n---\n");
          letters.add(
              LetterText.of(
                  header >= 0 ? text.substring(header + 5) : text, p.getFileName().toString()));
        }
      }
    }
    long start = System.nanoTime();
    LetterChecker checker = new LetterChecker();
    double setupMs = (System.nanoTime() - start) / 1e6;
    double[] perLetter = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long t = System.nanoTime();
      for (LetterText l : letters) {
        checker.check(l);
      }
      perLetter[r] = (System.nanoTime() - t) / 1e6 / letters.size();
    }
    double[] sorted = perLetter.clone();
    Arrays.sort(sorted);
    System.out.printf(
        Locale.ROOT, "letters: %d, lexicons loaded in %.0f ms%n", letters.size(), setupMs);
    System.out.printf(
        Locale.ROOT,
        "first round: %.2f ms/letter; median of %d rounds: %.2f ms/letter%n",
        perLetter[0],
        rounds,
        sorted[rounds / 2]);
  }
}
