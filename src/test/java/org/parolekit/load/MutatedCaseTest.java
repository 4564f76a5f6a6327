package org.parolekit.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damages a valid case file at random (fixed seed, so a failure reproduces) and checks that the
 * loader only ever succeeds or reports problems, located, without the A-number or birth date.
 */
class MutatedCaseTest {
  private static final long SEED = 20261127L;
  private static final String[] PIECES = {
      ":", "-", " ", "  ", "\n", "[", "]", "{", "}", "&a ", "*a", "!x ", "!!str ", "\"", "'", "#", "|", ">",
      "\t", "é", "\u202E", "\u0000", "---\n", "? ", ",", "~", "null", "yes", "0x1F", "<<: "};

  @TempDir Path dir;

  @Test
  void damagedFilesFailOnlyWithLocatedProblemsThatKeepPersonalDataOut() throws Exception {
    Files.write(dir.resolve("letter.txt"), "Dear Officer,\n".getBytes(StandardCharsets.UTF_8));
    String valid = LoaderFixtures.MINIMAL.replace("aNumber: A123-456-789", "aNumber: A987-654-321") + """
        sponsor:
          name: Rosa Díaz
          relationship: aunt
          since: 1994
          immigrationStatus: citizen
          address: {street: 1420 Calle Ocho, city: Chula Vista, state: CA, postalCode: "91910"}
          phone: (619) 555-0143
          language: es
          commitments:
            housing: yes
          letterFile: letter.txt
        """;
    new CaseLoader(LoaderFixtures.TODAY).load(LoaderFixtures.write(dir, "case.yaml", valid));
    Random random = new Random(SEED);
    for (int i = 0; i < 400; i++) {
      String damaged = damage(valid, random);
      Path file = LoaderFixtures.write(dir, "case.yaml", damaged);
      try {
        new CaseLoader(LoaderFixtures.TODAY).load(file);
      } catch (CaseFileException e) {
        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
          assertThat(p.format()).doesNotContain("987-654-321").doesNotContain("987654321").doesNotContain("1990-01-02");
          assertThat(p.file()).isEqualTo(file);
        });
      } catch (RuntimeException e) {
        fail("mutation " + i + " threw " + e + " for:\n" + damaged, e);
      }
    }
  }

  private static String damage(String text, Random random) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      int line = random.nextInt(lines.size());
      String s = lines.get(line);
      int at = s.isEmpty() ? 0 : random.nextInt(s.length());
      switch (random.nextInt(4)) {
        case 0 -> lines.set(line, s.substring(0, at) + PIECES[random.nextInt(PIECES.length)] + s.substring(at));
        case 1 -> lines.set(line, s.isEmpty() ? s : s.substring(0, at) + s.substring(at + 1));
        case 2 -> lines.add(line, s);
        default -> lines.remove(line);
      }
      if (lines.isEmpty()) {
        lines.add("");
      }
    }
    return String.join("\n", lines);
  }
}
