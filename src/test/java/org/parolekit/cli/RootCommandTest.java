package org.parolekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RootCommandTest {
  @Test
  void helpListsEveryCommandAndTheExitCodes() {
    CliRun r = CliRun.run("--help");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("validate", "completion", "not legal advice");
    assertThat(r.out())
        .contains("1   findings", "2   usage error", "3   an input file", "4   an output");
  }

  @Test
  void versionComesFromTheBuild() {
    CliRun r = CliRun.run("--version");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).matches("parolekit \\d+\\.\\d+\\.\\d+.*\\R");
  }

  @Test
  void noCommandIsAUsageError() {
    CliRun r = CliRun.run();
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("a command is required");
  }

  @Test
  void aMisspelledCommandGetsASuggestion() {
    CliRun r = CliRun.run("valdiate", "x.yaml");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("validate");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    CliRun r = CliRun.run("validate", "--formt", "json", "x.yaml");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("--formt").contains("--format");
  }

  @Test
  void bashCompletionCompletesTheCommands() {
    CliRun r = CliRun.run("completion", "bash");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("complete -F", "validate");
  }

  @Test
  void zshCompletionLoadsBashCompatibility() {
    CliRun r = CliRun.run("completion", "zsh");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out())
        .startsWith("autoload -U +X compinit")
        .contains("bashcompinit", "complete -F");
  }

  @Test
  void anUnknownShellIsAUsageError() {
    CliRun r = CliRun.run("completion", "tcsh");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("bash", "zsh", "fish");
  }

  @Test
  void helpIsACommandThatListsTheCommands() {
    CliRun r = CliRun.run("help");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("Usage: parolekit", "validate", "letters", "Exit codes:");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void helpOfACommandShowsThatCommandsUsageWithoutAskingForACaseFile() {
    CliRun r = CliRun.run("help", "letters");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("Usage: parolekit letters", "--require-complete");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void helpOfAnUnknownCommandIsAUsageError() {
    CliRun r = CliRun.run("help", "lettrs");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("lettrs");
  }

  @Test
  void aMisspelledCommandSuggestsOnlyTheClosestCommand() {
    CliRun r = CliRun.run("leters");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "parolekit: Unknown command: 'leters'. Did you mean letters?" + System.lineSeparator());
  }

  @Test
  void aMisspelledSubcommandOfTemplatesSuggestsTheClosestOne() {
    CliRun r = CliRun.run("templates", "lst");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err())
        .contains("Unknown command: 'lst'. Did you mean list?")
        .doesNotContain("export");
  }

  @Test
  void aWordFarFromEveryCommandSuggestsNoneAndPointsToHelp() {
    CliRun r = CliRun.run("xyzzy");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err())
        .contains("Unknown command: 'xyzzy'", "Try 'parolekit --help'")
        .doesNotContain("Did you mean");
  }

  @Test
  void aMisspelledOptionSuggestsTheClosestOption() {
    CliRun r = CliRun.run("letters", "--frce", "case.yaml", "-o", "out");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "parolekit: Unknown option: '--frce'. Did you mean --force?" + System.lineSeparator());
  }

  @Test
  void aMisspelledOptionWithAValueSuggestsTheOptionAlone() {
    CliRun r = CliRun.run("validate", "--formt=json", "x.yaml");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option: '--formt=json'. Did you mean --format?");
  }

  @Test
  void hintsNameTheCommandAsTheLauncherWasStarted() {
    Map<String, String> env = Map.of("PAROLEKIT_NAME", "bin/parolekit");
    CliRun r = CliRun.run(env, "letters", "case.yaml");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("Try 'bin/parolekit letters --help'");
    assertThat(CliRun.run(env, "help").out()).contains("Usage: bin/parolekit");
  }

  @Test
  void aLauncherPathWithSpacesIsQuotedForTheShell() {
    CliRun r = CliRun.run(Map.of("PAROLEKIT_NAME", "/home/ana/My Tools/parolekit"), "xyzzy");
    assertThat(r.err()).contains("Try ''/home/ana/My Tools/parolekit' --help'");
  }

  @Test
  void completionRegistersTheNameInUseWithoutItsFolder() {
    CliRun r = CliRun.run(Map.of("PAROLEKIT_NAME", "/home/ana/bin/pk"), "completion", "bash");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out())
        .containsPattern("complete -F \\S+ -o default pk\\b")
        .doesNotContain("/home/ana");
  }
}
