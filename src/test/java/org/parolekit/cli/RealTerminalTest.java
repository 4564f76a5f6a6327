package org.parolekit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a person sees in a real terminal: color only where it can show, and Ctrl-C. */
class RealTerminalTest {
  private static final String ESC = "\u001b[";
  private static final Path HERE = Path.of("").toAbsolutePath();
  private static final String INCOMPLETE = HERE.resolve("examples/incomplete/case.yaml").toString();

  @TempDir Path dir;

  @BeforeAll
  static void needsScript() {
    assumeTrue(PseudoTerminal.available(), "util-linux script makes the pseudo-terminal");
  }

  @Test
  void aColorTerminalGetsColorSoTheOtherTestsCanSeeIt() throws Exception {
    String shown = run(Map.of("TERM", "xterm-256color"), "validate", INCOMPLETE);
    assertThat(shown).contains("falls short", ESC);
  }

  @Test
  void aDumbTerminalGetsNoColorCodesInReportsOrHelp() throws Exception {
    assertThat(run(Map.of("TERM", "dumb"), "validate", INCOMPLETE))
        .contains("falls short")
        .doesNotContain(ESC);
    assertThat(run(Map.of("TERM", "dumb"), "--help")).contains("Usage:").doesNotContain(ESC);
  }

  @Test
  void noColorGetsNoColorCodesInReportsOrHelp() throws Exception {
    Map<String, String> env = Map.of("TERM", "xterm-256color", "NO_COLOR", "1");
    assertThat(run(env, "validate", INCOMPLETE)).contains("falls short").doesNotContain(ESC);
    assertThat(run(env, "--help")).contains("Usage:").doesNotContain(ESC);
  }

  @Test
  void ctrlCAtAQuestionOfTheInterviewExits130() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          PseudoTerminal t =
              PseudoTerminal.start(dir, Map.of("TERM", "xterm-256color"), "interview", "case.yaml");
          t.awaitShown("About you", 30);
          Thread.sleep(500);
          t.type("\u0003");
          assertThat(t.exitCode(30)).as(t.shown()).isEqualTo(130);
          assertThat(t.shown()).contains("nothing was saved");
          assertThat(dir.resolve("case.yaml")).doesNotExist();
        });
  }

  private String run(Map<String, String> env, String... args) throws Exception {
    return assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          PseudoTerminal t = PseudoTerminal.start(dir, env, args);
          t.exitCode(50);
          return t.shown();
        });
  }
}
