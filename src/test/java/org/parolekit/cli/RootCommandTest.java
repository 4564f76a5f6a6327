package org.parolekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RootCommandTest {
  @Test
  void helpListsEveryCommandAndTheExitCodes() {
    CliRun r = CliRun.run("--help");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("validate", "completion", "not legal advice");
    assertThat(r.out()).contains("1   findings", "2   usage error", "3   an input file", "4   an output");
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
    assertThat(r.out()).startsWith("autoload -U +X compinit").contains("bashcompinit", "complete -F");
  }

  @Test
  void anUnknownShellIsAUsageError() {
    CliRun r = CliRun.run("completion", "fish");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("bash", "zsh");
  }
}
