package org.parolekit.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessagesTest {
  private static final Pattern KEY = Pattern.compile("\"([a-z][a-zA-Z]*(?:\\.[a-zA-Z]+)+)\"");

  @TempDir Path dir;

  @Test
  void everyMessageKeyTheLoaderUsesIsInTheBundle() throws IOException {
    ResourceBundle bundle = ResourceBundle.getBundle("org.parolekit.load.Messages", Locale.ROOT);
    Set<String> used = new TreeSet<>();
    try (Stream<Path> sources = Files.list(Path.of("src/main/java/org/parolekit/load"))) {
      for (Path source : sources.toList()) {
        Matcher m = KEY.matcher(Files.readString(source));
        while (m.find()) {
          if (!m.group(1).startsWith("org.")) {
            used.add(m.group(1));
          }
        }
      }
    }
    assertThat(used).hasSizeGreaterThan(40);
    assertThat(used).allSatisfy(key -> assertThat(bundle.containsKey(key)).as(key).isTrue());
  }

  @Test
  void reportsAFolderAndAMissingCaseFile() {
    assertThat(LoaderFixtures.problems(dir.getParent(), dir))
        .containsExactly(
            dir.getFileName() + ": is a folder, not a file. give the path of the YAML file.");
    assertThat(LoaderFixtures.problems(dir, dir.resolve("nothing.yaml")))
        .containsExactly(
            "nothing.yaml: file not found. check the path and the spelling of the file name.");
  }

  @Test
  void reportsAComplexKeyAsInvalidYaml() {
    assertThat(LoaderFixtures.problems(dir, "? [a, b]\n: c\n"))
        .containsExactly(
            "case.yaml:1:4: is not valid YAML here. write keys as plain words followed by a colon,"
                + " for example \"name: Rosa\".");
  }
}
