package org.parolekit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** House rules on the sources' text that the formatter does not enforce. */
class SourceStyleTest {
  /** A type named by its package inside code ("java.util.Optional.of(...)"): import it instead. */
  private static final Pattern INLINE_QUALIFIED_NAME =
      Pattern.compile(
          "(?<![\\w.@\"])(?:java|javax|org\\.parolekit|org\\.commonmark|com\\.fasterxml|picocli"
              + "|freemarker|com\\.lowagie|org\\.jline)(?:\\.[a-z]\\w*)*\\.[A-Z]\\w*");

  /**
   * Where the simple name is already taken by another type of the same name, the qualified name is
   * the clear way to write it.
   */
  private static final Set<String> ALLOWED =
      Set.of("PdfLayout.java: org.commonmark.node.Paragraph");

  @Test
  void codeImportsTheTypesItNames() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i).strip();
          if (line.startsWith("import ")
              || line.startsWith("package ")
              || line.startsWith("*")
              || line.startsWith("/*")
              || line.startsWith("//")) {
            continue;
          }
          Matcher m = INLINE_QUALIFIED_NAME.matcher(line);
          while (m.find()) {
            String where = file.getFileName() + ": " + m.group();
            if (line.substring(0, m.start()).chars().filter(c -> c == '"').count() % 2 == 0
                && !ALLOWED.contains(where)) {
              found.add(file + ":" + (i + 1) + ": " + m.group());
            }
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }
}
