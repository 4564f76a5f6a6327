package org.parolekit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parolekit.core.ExitStatus;
import org.parolekit.core.ParolekitException;
import org.parolekit.output.AtomicFile;
import org.parolekit.render.BuiltInTemplate;
import org.parolekit.report.TemplatesJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parolekit templates list|export}: shows and copies the built-in templates. */
@Command(
    name = "templates",
    resourceBundle = "org.parolekit.cli.Messages",
    mixinStandardHelpOptions = true,
    subcommands = {TemplatesCommand.ListTemplates.class, TemplatesCommand.ExportTemplates.class})
final class TemplatesCommand implements Runnable {
  @Spec CommandSpec spec;

  /** Every built-in template: the letters' and the packet's. */
  static List<String> allTemplates() {
    return BuiltInTemplate.allNames();
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "say list or export");
  }

  /** Prints the name of every built-in template. */
  @Command(
      name = "list",
      resourceBundle = "org.parolekit.cli.Messages",
      mixinStandardHelpOptions = true)
  static final class ListTemplates implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ReportFormatOption reportFormat;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      if (reportFormat.json()) {
        out.print(TemplatesJson.render(allTemplates()));
      } else {
        allTemplates().forEach(out::println);
      }
      out.flush();
      return ExitStatus.OK.code();
    }
  }

  private static byte[] builtIn(String name) {
    try (InputStream in =
        TemplatesCommand.class.getResourceAsStream("/org/parolekit/templates/" + name)) {
      if (in == null) {
        throw new IllegalStateException("built-in template " + name + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies the built-in templates into a folder, to start an organization's own. */
  @Command(
      name = "export",
      resourceBundle = "org.parolekit.cli.Messages",
      mixinStandardHelpOptions = true)
  static final class ExportTemplates implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "DIR", descriptionKey = "templates.export.dir")
    Path dir;

    @Option(names = "--force", descriptionKey = "force")
    boolean force;

    @Mixin QuietOption quiet;

    @Override
    public Integer call() {
      List<String> names = allTemplates();
      for (String name : names) {
        Path target = dir.resolve(name);
        if (Files.exists(target) && !force) {
          throw new ParolekitException(
              ExitStatus.OUTPUT_FAILED,
              target + " already exists. Use --force to replace it, or export to another folder");
        }
      }
      PrintWriter out = spec.commandLine().getOut();
      for (String name : names) {
        Path target = dir.resolve(name);
        AtomicFile.write(target, builtIn(name), force);
        if (!quiet.quiet) {
          out.println(target);
        }
      }
      out.flush();
      return 0;
    }
  }
}
