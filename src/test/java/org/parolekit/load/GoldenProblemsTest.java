package org.parolekit.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole report for a realistic file full of mistakes, compared with a golden file. */
class GoldenProblemsTest {
  @TempDir Path dir;

  @Test
  void reportsEveryMistakeOfARealisticFileInOneRun() throws IOException {
    Path file = LoaderFixtures.copyResource(dir, "mistakes.yaml", "mistakes.yaml");
    String expected;
    try (InputStream in = getClass().getResourceAsStream("mistakes.expected.txt")) {
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(String.join("\n", LoaderFixtures.problems(dir, file)) + "\n").isEqualTo(expected);
  }
}
