package org.parolekit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.parolekit.check.CaseCheck;
import org.parolekit.core.ExitStatus;
import org.parolekit.load.CaseLoader;
import org.parolekit.load.LoadedCase;
import org.parolekit.model.Language;
import org.parolekit.output.AtomicFile;
import org.parolekit.packet.AttachmentLimits;
import org.parolekit.packet.PacketService;
import org.parolekit.render.LetterService;
import org.parolekit.report.PacketJson;
import org.parolekit.resources.ResourceDirectories;
import org.parolekit.validate.CaseValidator;
import org.parolekit.validate.LetterChecks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parolekit packet CASE.yaml -o FILE.pdf}: the pro se resource packet for the person. */
@Command(
    name = "packet",
    resourceBundle = "org.parolekit.cli.Messages",
    mixinStandardHelpOptions = true)
final class PacketCommand implements Callable<Integer> {
  private final CliEnvironment environment;

  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin SharingOption sharing;
  @Mixin QuietOption quiet;
  @Mixin ReportFormatOption reportFormat;

  @Parameters(index = "0", paramLabel = "CASE.yaml", descriptionKey = "letters.case")
  Path caseFile;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "FILE.pdf",
      descriptionKey = "packet.output")
  Path output;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "render.date")
  LocalDate date;

  @Option(names = "--resources", paramLabel = "FILE", descriptionKey = "packet.resources")
  Path resources;

  @Option(names = "--require-complete", descriptionKey = "packet.require-complete")
  boolean requireComplete;

  @Option(
      names = "--allow-attachment",
      paramLabel = "FILE",
      descriptionKey = "packet.allow-attachment")
  List<Path> allowed = List.of();

  @Option(names = "--templates", paramLabel = "DIR", descriptionKey = "render.templates")
  Path templates;

  @Option(names = "--force", descriptionKey = "force")
  boolean force;

  @Option(
      names = "--lang",
      defaultValue = "en",
      paramLabel = "en|es",
      descriptionKey = "packet.lang")
  Language messages;

  PacketCommand(CliEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    LoadedCase loaded = new CaseLoader(environment.today()).load(caseFile);
    TemplateFolderWarnings.print(Optional.ofNullable(templates), spec.commandLine().getErr());
    ResourceDirectories directories = new ResourceDirectories(environment.today());
    LetterService letters = new LetterService();
    PacketService service =
        new PacketService(letters, new LetterChecks(letters, new CaseCheck()), new CaseValidator());
    PacketService.Packet packet =
        service.build(
            loaded,
            new PacketService.Options(
                date != null ? date : environment.today(),
                resources != null ? directories.load(resources) : directories.builtIn(),
                requireComplete,
                Set.copyOf(allowed),
                Optional.ofNullable(templates),
                AttachmentLimits.DEFAULT,
                messages));
    AtomicFile.write(output, packet.pdf(), force, sharing.access());
    ExitStatus status = packet.draft() ? ExitStatus.FINDINGS : ExitStatus.OK;
    PrintWriter out = spec.commandLine().getOut();
    if (reportFormat.json()) {
      out.print(PacketJson.render(packet, output, status));
    } else if (!quiet.quiet || packet.draft()) {
      out.println(
          output
              + " ("
              + packet.pages()
              + " pages"
              + (packet.draft() ? ", DRAFT: incomplete" : "")
              + ")");
    }
    out.flush();
    PrintWriter err = spec.commandLine().getErr();
    packet.warnings().forEach(w -> err.println("warning: " + w));
    if (packet.draft()) {
      err.println(
          packet.missing().isEmpty()
              ? "The packet is marked DRAFT on every page: run "
                  + spec.root().name()
                  + " validate to see what falls short."
              : "The packet is marked DRAFT on every page. Still missing:");
      packet.missing().forEach(m -> err.println("  - " + m));
    }
    err.flush();
    return status.code();
  }
}
