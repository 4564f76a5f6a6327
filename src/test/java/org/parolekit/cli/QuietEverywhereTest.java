package org.parolekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --quiet} on validate, lint and templates export: only what falls short, nothing when all
 * went well.
 */
class QuietEverywhereTest {
  private static final String CORPUS = "src/test/resources/org/parolekit/check/corpus/";
  private static final String GOOD = "examples/emmanuel-tabi/case.yaml";
  private static final String SHORT = "examples/incomplete/case.yaml";

  @TempDir Path dir;

  @Test
  void quietValidateSaysNothingOfACaseThatIsFine() {
    CliRun r = CliRun.run("validate", "--quiet", GOOD);
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEmpty();
    assertThat(CliRun.run("validate", GOOD).out()).contains(GOOD + ": ok");
  }

  @Test
  void quietValidateStillReportsTheCaseThatFallsShort() {
    CliRun r = CliRun.run("validate", "-q", GOOD, SHORT);
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).contains(SHORT + ": falls short", "sponsor-po-box").doesNotContain(GOOD);
  }

  @Test
  void quietLintShowsOnlyTheLettersThatFallShort() {
    String strong = CORPUS + "en-sponsor-aunt-strong.txt";
    String weak = CORPUS + "en-acquaintance-weak-identity.txt";
    CliRun loud = CliRun.run("lint", strong, weak);
    assertThat(loud.out())
        .contains("en-sponsor-aunt-strong.txt", "en-acquaintance-weak-identity.txt");
    CliRun r = CliRun.run("lint", "--quiet", strong, weak);
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(loud.exitCode());
    assertThat(r.out())
        .contains("en-acquaintance-weak-identity.txt")
        .doesNotContain("en-sponsor-aunt-strong.txt");
    CliRun fine = CliRun.run("lint", "--quiet", strong);
    assertThat(fine.exitCode()).as(fine.toString()).isZero();
    assertThat(fine.out()).isEmpty();
  }

  @Test
  void quietLintSkipsParolekitsOwnDocumentsWithoutSayingSo() throws IOException {
    Path out = dir.resolve("out");
    assertThat(CliRun.run("letters", GOOD, "-o", out.toString(), "--file-format", "txt").exitCode())
        .isZero();
    Path guide;
    try (Stream<Path> files = Files.list(out)) {
      guide =
          files
              .filter(f -> f.getFileName().toString().contains("writing-guide"))
              .findFirst()
              .orElseThrow();
    }
    assertThat(CliRun.run("lint", guide.toString()).out()).contains("not a letter");
    CliRun r = CliRun.run("lint", "-q", guide.toString());
    assertThat(r.out()).as(r.toString()).isEmpty();
  }

  @Test
  void quietTemplatesExportWritesTheTemplatesWithoutListingThem() throws IOException {
    Path templates = dir.resolve("templates");
    CliRun r = CliRun.run("templates", "export", templates.toString(), "--quiet");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).isEmpty();
    try (Stream<Path> files = Files.walk(templates)) {
      assertThat(files.filter(Files::isRegularFile).count())
          .isEqualTo(CliRun.run("templates", "list").out().lines().count());
    }
  }
}
