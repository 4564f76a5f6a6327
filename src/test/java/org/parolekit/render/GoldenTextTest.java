package org.parolekit.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parolekit.load.LoadedCase;
import org.parolekit.model.Pronouns;
import org.parolekit.output.FileNames;

/**
 * The plain-text rendering of every built-in template in both languages, compared with golden files
 * under {@code src/test/resources/org/parolekit/render/golden/}. After an intended change to a
 * template, regenerate them with {@code mvn test -Dtest=GoldenTextTest -Dgolden.update=true} and
 * review the diff.
 */
class GoldenTextTest {
  private static final Path GOLDEN = Path.of("src/test/resources/org/parolekit/render/golden");

  static Stream<Arguments> cases() {
    Map<String, Supplier<LoadedCase>> cases =
        Map.of(
            "maria", Fixtures::maria,
            "maria-he", () -> Fixtures.maria(Pronouns.HE),
            "maria-they", () -> Fixtures.maria(Pronouns.THEY),
            "maria-whole-letters", Fixtures::mariaWithWholeLetters,
            "joseph", Fixtures::joseph);
    return cases.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void plainTextMatchesTheGoldenFiles(String name, Supplier<LoadedCase> fixture)
      throws IOException {
    RenderResult result =
        new LetterService()
            .render(
                fixture.get(),
                LetterOptions.defaults(Fixtures.LETTER_DATE)
                    .withFormats(java.util.Set.of(OutputFormat.TXT)));
    boolean update = Boolean.getBoolean("golden.update");
    Path folder = GOLDEN.resolve(name);
    if (update) {
      Files.createDirectories(folder);
      try (Stream<Path> old = Files.list(folder)) {
        for (Path p : old.toList()) {
          Files.delete(p);
        }
      }
    }
    java.util.List<String> names = FileNames.baseNames(result.documents());
    for (int i = 0; i < names.size(); i++) {
      Path golden = folder.resolve(names.get(i) + ".txt");
      String actual = result.documents().get(i).text();
      if (update) {
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
      } else {
        assertThat(golden).as("golden file (run with -Dgolden.update=true to create)").exists();
        assertThat(actual)
            .as(golden.toString())
            .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
      }
    }
    if (!update) {
      try (Stream<Path> files = Files.list(folder)) {
        assertThat(files.count())
            .as("golden files in " + folder)
            .isEqualTo(result.documents().size());
      }
    }
  }
}
