package org.parolekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * fish completion, made from the commands themselves: by the build and by {@code completion fish}.
 */
class FishCompletionTest {
  @TempDir Path dir;

  @Test
  void theScriptNamesEveryCommandTheirOptionsAndTheirChoices() throws IOException {
    CliRun r = CliRun.run("completion", "fish");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out())
        .contains(
            "complete -c 'parolekit' -n '__fish_use_subcommand' -a 'letters' -d 'Write every"
                + " letter")
        .contains("complete -c 'parolekit' -n '__fish_use_subcommand' -a 'init'")
        .contains(
            "-n '__fish_seen_subcommand_from letters' -l 'file-format' -r -a 'pdf docx html txt'")
        .contains("-n '__fish_seen_subcommand_from validate' -l 'lang' -r -a 'en es'")
        .contains(
            "-n '__fish_seen_subcommand_from templates; and not __fish_seen_subcommand_from list"
                + " export' -a 'list'");
    assertThat(Files.readString(Path.of("target/parolekit.fish")))
        .as("the build's copy")
        .isEqualTo(r.out());
  }

  @Test
  void fishCompletesWholeCommandsOptionsAndValuesWithIt() throws Exception {
    Assumptions.assumeTrue(onPath("fish"), "fish is installed");
    Path script = dir.resolve("parolekit.fish");
    Files.writeString(script, CliRun.run("completion", "fish").out());
    assertThat(fish("fish", "-n", script.toString())).as("fish reads the script").isEmpty();
    String out =
        fish(
            "fish",
            "--no-config",
            "-c",
            "source "
                + script
                + "; complete -C 'parolekit val'; echo ==; complete -C 'parolekit letters"
                + " --file-f'; echo ==; complete -C 'parolekit validate --lang '");
    String[] parts = out.split("==\n");
    assertThat(parts[0]).startsWith("validate\t");
    assertThat(parts[1]).startsWith("--file-format\t");
    assertThat(parts[2]).contains("en\t", "es\t");
  }

  private static boolean onPath(String command) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(d, command))) {
        return true;
      }
    }
    return false;
  }

  private static String fish(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }
}
