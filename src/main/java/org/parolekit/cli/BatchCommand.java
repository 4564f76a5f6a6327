package org.parolekit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.parolekit.batch.BatchItemResult;
import org.parolekit.batch.BatchOutcome;
import org.parolekit.batch.BatchRequest;
import org.parolekit.batch.BatchService;
import org.parolekit.report.BatchJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parolekit batch --org ORG.yaml INPUT... -o OUT}: organizational letters for many people.
 */
@Command(
    name = "batch",
    resourceBundle = "org.parolekit.cli.Messages",
    mixinStandardHelpOptions = true)
final class BatchCommand implements Callable<Integer> {
  private final CliEnvironment environment;

  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin RenderOptions render;
  @Mixin SharingOption sharing;

  @Option(names = "--org", required = true, paramLabel = "ORG.yaml", descriptionKey = "batch.org")
  Path organization;

  @Parameters(arity = "1..*", paramLabel = "INPUT", descriptionKey = "batch.inputs")
  List<Path> inputs;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "DIR",
      descriptionKey = "batch.output")
  Path output;

  @Option(names = "--force", descriptionKey = "batch.force")
  boolean force;

  @Option(
      names = {"-j", "--jobs"},
      paramLabel = "N",
      descriptionKey = "batch.jobs")
  Integer jobs;

  @Option(names = "--check", descriptionKey = "batch.check")
  boolean check;

  @Mixin QuietOption quiet;
  @Mixin ReportFormatOption reportFormat;

  BatchCommand(CliEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    int workers = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
    if (workers < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be at least 1");
    }
    BatchRequest request =
        new BatchRequest(
            organization,
            inputs,
            output,
            render.options(environment.today()),
            force,
            workers,
            version(),
            sharing.access(),
            check);
    PrintWriter err = spec.commandLine().getErr();
    TemplateFolderWarnings.print(Optional.ofNullable(render.templates), err);
    BatchProgress progress =
        quiet.quiet ? BatchProgress.silent() : BatchProgress.forStream(err, environment);
    AtomicBoolean stop = new AtomicBoolean();
    CountDownLatch finished = new CountDownLatch(1);
    Thread onInterrupt =
        new Thread(
            () -> {
              stop.set(true);
              try {
                finished.await(30, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "parolekit-batch-stop");
    Runtime.getRuntime().addShutdownHook(onInterrupt);
    try {
      BatchOutcome outcome;
      try {
        outcome = new BatchService(environment.today()).run(request, progress, stop);
      } finally {
        progress.done();
      }
      for (BatchItemResult r : outcome.results()) {
        if (r.status() == BatchItemResult.Status.FAILED) {
          err.println(message("batch.failed", r.input(), r.person(), r.error()));
        } else if (r.status() == BatchItemResult.Status.REPEATED) {
          err.println(message("batch.repeated", r.input(), r.person(), r.error()));
        }
      }
      err.flush();
      PrintWriter out = spec.commandLine().getOut();
      if (reportFormat.json()) {
        out.print(BatchJson.render(outcome, output));
      } else {
        out.println(
            message(
                outcome.halted().isPresent()
                    ? "batch.summary.halted"
                    : outcome.interrupted() ? "batch.summary.interrupted" : "batch.summary",
                outcome.results().size(),
                outcome.count(BatchItemResult.Status.GENERATED),
                outcome.count(BatchItemResult.Status.UNCHANGED),
                outcome.count(BatchItemResult.Status.FAILED),
                outcome.csvReport()));
        long repeated = outcome.count(BatchItemResult.Status.REPEATED);
        if (repeated > 0) {
          out.println(message("batch.summary.repeated", repeated));
        }
      }
      out.flush();
      return outcome.status().code();
    } finally {
      // Only now may a Ctrl-C let the JVM end: the summary above has been printed.
      finished.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(onInterrupt);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running: it returns now that the batch has finished
      }
    }
  }

  private String message(String key, Object... args) {
    return new MessageFormat(spec.resourceBundle().getString(key), Locale.ROOT).format(args);
  }

  private static String version() {
    try {
      return String.join(" ", new VersionProvider().getVersion());
    } catch (IOException e) {
      return "unknown";
    }
  }
}
