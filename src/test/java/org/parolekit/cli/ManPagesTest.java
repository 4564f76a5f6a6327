package org.parolekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The build writes a man page for every command, and the bash completion script, from the commands
 * themselves.
 */
class ManPagesTest {
  private static final Path PAGES = Path.of("target/man-adoc");

  @Test
  void everyCommandHasAManPageWithItsSynopsisAndEveryOption() throws IOException {
    CommandLine root =
        CommandLineFactory.create(
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()),
            new CliEnvironment(CliRun.FIXED_CLOCK, Map.of()));
    List<CommandLine> commands = new ArrayList<>();
    collect(root, commands);
    assertThat(commands).hasSizeGreaterThan(10);
    for (CommandLine c : commands) {
      String qualified = c.getCommandSpec().qualifiedName();
      Path page = PAGES.resolve(qualified.replace(' ', '-') + ".adoc");
      assertThat(page).as("the man page of " + qualified).exists();
      String text = Files.readString(page);
      assertThat(text)
          .contains(
              ":doctype: manpage",
              "= " + qualified.replace(' ', '-') + "(1)",
              "== Synopsis",
              "*" + qualified + "*");
      for (OptionSpec o : c.getCommandSpec().options()) {
        assertThat(text)
            .as(qualified + " documents " + o.longestName())
            .contains("*" + o.longestName() + "*");
      }
    }
  }

  @Test
  void theRootPageGivesTheExitCodesAndNamesTheHelpCommand() throws IOException {
    String text = Files.readString(PAGES.resolve("parolekit.adoc"));
    assertThat(text)
        .contains("not legal advice", "2   usage error", "130   stopped with Ctrl-C", "help");
  }

  @Test
  void theBashCompletionScriptIsBuiltForParolekit() throws IOException {
    String script = Files.readString(Path.of("target/parolekit_completion"));
    assertThat(script)
        .containsPattern("complete -F \\S+ -o default parolekit\\b")
        .contains("letters", "validate", "init");
  }

  private static void collect(CommandLine c, List<CommandLine> into) {
    into.add(c);
    c.getSubcommands().values().forEach(s -> collect(s, into));
  }
}
