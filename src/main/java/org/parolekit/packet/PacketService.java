package org.parolekit.packet;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parolekit.check.CaseReport;
import org.parolekit.check.Finding;
import org.parolekit.check.FindingCodes;
import org.parolekit.check.LetterReport;
import org.parolekit.check.Severity;
import org.parolekit.core.ExitStatus;
import org.parolekit.core.ParolekitException;
import org.parolekit.load.LoadedCase;
import org.parolekit.model.CaseFile;
import org.parolekit.model.Criterion;
import org.parolekit.model.Language;
import org.parolekit.model.Person;
import org.parolekit.model.PreparedBy;
import org.parolekit.render.BuiltInTemplate;
import org.parolekit.render.LetterOptions;
import org.parolekit.render.LetterService;
import org.parolekit.render.OutputFormat;
import org.parolekit.render.PageRenderer;
import org.parolekit.render.RenderResult;
import org.parolekit.resources.ResourceDirectory;
import org.parolekit.validate.CaseFinding;
import org.parolekit.validate.CaseValidator;
import org.parolekit.validate.LetterChecks;

/**
 * Assembles the pro se resource packet for one person: cover, notice, guidance, checklist,
 * resources, letters and attachments, in the person's language. It is a resource packet, not a
 * parole request.
 */
public final class PacketService {
  private static final int MAX_PLAN_PASSES = 5;
  private final LetterService letters;
  private final LetterChecks checks;
  private final CaseValidator validator;

  public PacketService(LetterService letters, LetterChecks checks, CaseValidator validator) {
    this.letters = letters;
    this.checks = checks;
    this.validator = validator;
  }

  /**
   * What to build with.
   *
   * @param date the date prepared, when the case file has no letterDate
   * @param resources the pro se resource directory to list
   * @param requireComplete fail instead of building a draft when something is missing
   * @param allowedOutside attachments named on the command line, allowed outside the case folder
   * @param messages the language of what is said to the volunteer (what is missing, warnings); the
   *     packet itself is in the person's language
   */
  public record Options(
      LocalDate date,
      ResourceDirectory resources,
      boolean requireComplete,
      Set<Path> allowedOutside,
      Optional<Path> templatesDir,
      AttachmentLimits limits,
      Language messages) {
    public Options {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(messages, "messages");
      Objects.requireNonNull(resources, "resources");
      allowedOutside = Set.copyOf(allowedOutside);
      Objects.requireNonNull(templatesDir, "templatesDir");
      Objects.requireNonNull(limits, "limits");
    }

    /** Options whose messages to the volunteer are in English. */
    public Options(
        LocalDate date,
        ResourceDirectory resources,
        boolean requireComplete,
        Set<Path> allowedOutside,
        Optional<Path> templatesDir,
        AttachmentLimits limits) {
      this(date, resources, requireComplete, allowedOutside, templatesDir, limits, Language.EN);
    }
  }

  /**
   * The packet, and what it still lacks when it is a draft.
   *
   * @param missing what is missing, in the volunteer's language
   * @param warnings what the volunteer should fix in the attachments, in the volunteer's language
   */
  public record Packet(
      byte[] pdf,
      int pages,
      boolean draft,
      List<String> missing,
      List<String> warnings,
      Map<String, Integer> firstPages) {}

  /**
   * Builds the packet in memory.
   *
   * @throws ParolekitException with {@link ExitStatus#INVALID_INPUT} naming a refused attachment,
   *     or {@link ExitStatus#FINDINGS} when a letter argues the merits of the case without an
   *     attorney, or when {@code requireComplete} and something is missing
   */
  public Packet build(LoadedCase loaded, Options options) {
    CaseFile c = loaded.caseFile();
    LocalDate date = c.letterDate() != null ? c.letterDate() : options.date();
    List<Language> languages = packetLanguages(c.person());
    PacketText main = new PacketText(languages.get(0));

    PacketText messages = new PacketText(options.messages());
    PacketAttachments.Result attached = PacketAttachments.build(loaded, options, main, date);
    List<PacketAttachments.Part> attachments = attached.parts();
    RenderResult rendered =
        letters.render(
            loaded,
            optionsWith(
                LetterOptions.defaults(date)
                    .withFormats(EnumSet.of(OutputFormat.PDF))
                    .withoutPageFooters(),
                options.templatesDir()));
    CaseReport report = checks.check(loaded, rendered.documents());
    refuseCaseMerits(report, c.preparedBy());
    List<CaseFinding> structural = validator.validate(loaded);

    List<PacketLetters.LetterPart> letterParts =
        PacketLetters.inPacketOrder(rendered.documents(), main);
    Map<Criterion, List<String>> metBy = PacketLetters.metBy(report, letterParts);
    PacketChecklist checklist = new PacketChecklist(c, attachments, metBy, structural);
    List<String> missing = checklist.missing(messages);
    List<String> warnings = attached.warnings().stream().map(w -> w.in(messages)).toList();
    boolean draft =
        structural.stream().anyMatch(f -> f.severity() == Severity.ERROR)
            || !report.summary().allCriteriaMet()
            || rendered.hasSkipped()
            || !missing.isEmpty();
    if (draft && options.requireComplete()) {
      throw new ParolekitException(
          ExitStatus.FINDINGS,
          "the packet is incomplete and --require-complete was given; nothing was written. Still"
              + " missing:"
              + (missing.isEmpty()
                  ? " see parolekit validate"
                  : missing.stream().map(m -> "\n  - " + m).reduce("", String::concat)));
    }

    try (PageRenderer pages =
        new PageRenderer(
            options.templatesDir(),
            LetterOptions.DEFAULT_TEMPLATE_TIMEOUT,
            BuiltInTemplate.names(BuiltInTemplate.Use.PACKET))) {
      Map<String, Object> common = PacketPages.commonModel(c, date, languages, main, draft);
      byte[] cover =
          pages
              .render(
                  BuiltInTemplate.PACKET_COVER.name(main.language()),
                  common,
                  main.get("title", c.person().fullName()),
                  main.language(),
                  date)
              .pdf();
      PacketAssembler assembler = new PacketAssembler();
      PacketAssembler.Layout layout =
          new PacketAssembler.Layout(
              main.get("title", c.person().fullName()),
              new PacketLabels(languages),
              date,
              draft,
              reference(c));
      int coverPages = PacketAssembler.pages(cover);
      PacketPages.PacketContent content =
          new PacketPages.PacketContent(
              pages,
              common,
              languages,
              checklist,
              letterParts,
              attachments,
              date,
              PacketPages.staticPages(pages, common, languages, options.resources(), c, date));
      Map<String, Integer> starts = Map.of();
      List<PacketPart> parts = List.of();
      for (int pass = 0; pass < MAX_PLAN_PASSES; pass++) {
        parts = content.parts(starts);
        PacketAssembler.Plan plan = assembler.plan(coverPages, parts, layout);
        Map<String, Integer> next = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
          next.putIfAbsent(parts.get(i).title(), plan.starts().get(i));
        }
        if (next.equals(starts)) {
          break;
        }
        starts = next;
      }
      PacketAssembler.Assembled assembled = assembler.assemble(cover, parts, layout);
      return new Packet(
          assembled.pdf(), assembled.pageCount(), draft, missing, warnings, assembled.firstPages());
    }
  }

  /** The packet's languages: the person's, in order of preference. */
  static List<Language> packetLanguages(Person person) {
    Set<Language> ordered = new LinkedHashSet<>(person.languages());
    return ordered.isEmpty() ? List.of(Language.ES, Language.EN) : List.copyOf(ordered);
  }

  private static void refuseCaseMerits(CaseReport report, PreparedBy preparedBy) {
    if (preparedBy.mayAddressCaseMerits()) {
      return;
    }
    for (LetterReport letter : report.letters()) {
      for (Finding f : letter.findings()) {
        if (f.code().equals(FindingCodes.CASE_MERITS) && f.severity() == Severity.ERROR) {
          throw new ParolekitException(
              ExitStatus.FINDINGS,
              letter.file()
                  + " speaks to the merits of the legal case"
                  + f.evidence().stream().findFirst().map(e -> " (\"" + e + "\")").orElse("")
                  + "; only material prepared by an attorney or accredited representative may."
                  + " Remove it from the writer's statements and build the packet again; nothing"
                  + " was written");
        }
      }
    }
  }

  private static String reference(CaseFile c) {
    return c.person().fullName() + ", " + c.person().aNumber().formatted();
  }

  private static LetterOptions optionsWith(LetterOptions o, Optional<Path> templatesDir) {
    return templatesDir.map(o::withTemplatesDir).orElse(o);
  }
}
