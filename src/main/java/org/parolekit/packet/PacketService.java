package org.parolekit.packet;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parolekit.check.CaseReport;
import org.parolekit.check.CriterionStatus;
import org.parolekit.check.Finding;
import org.parolekit.check.FindingCodes;
import org.parolekit.check.LetterReport;
import org.parolekit.check.Severity;
import org.parolekit.core.ExitStatus;
import org.parolekit.core.ParolekitException;
import org.parolekit.load.LoadedCase;
import org.parolekit.model.Attachment;
import org.parolekit.model.CaseFile;
import org.parolekit.model.Criterion;
import org.parolekit.model.FileRef;
import org.parolekit.model.IdentityDocument;
import org.parolekit.model.Language;
import org.parolekit.model.Person;
import org.parolekit.model.PreparedBy;
import org.parolekit.model.SponsorDocument;
import org.parolekit.model.SponsorDocumentKind;
import org.parolekit.output.FileNames;
import org.parolekit.render.DocumentKind;
import org.parolekit.render.LetterOptions;
import org.parolekit.render.LetterService;
import org.parolekit.render.OutputFormat;
import org.parolekit.render.PageRenderer;
import org.parolekit.render.RenderResult;
import org.parolekit.render.RenderedDocument;
import org.parolekit.resources.ProSeResource;
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
  /** The built-in templates the packet uses, as {@code <language>/<name>.ftl}. */
  public static final List<String> TEMPLATES = templateNames();

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
   */
  public record Options(
      LocalDate date,
      ResourceDirectory resources,
      boolean requireComplete,
      Set<Path> allowedOutside,
      Optional<Path> templatesDir,
      AttachmentLimits limits) {
    public Options {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(resources, "resources");
      allowedOutside = Set.copyOf(allowedOutside);
      Objects.requireNonNull(templatesDir, "templatesDir");
      Objects.requireNonNull(limits, "limits");
    }
  }

  /** The packet, and what it still lacks when it is a draft. */
  public record Packet(byte[] pdf, int pages, boolean draft, List<String> missing, Map<String, Integer> firstPages) {}

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

    List<AttachmentPart> attachments = attachments(loaded, options, main, date);
    RenderResult rendered =
        letters.render(
            loaded,
            optionsWith(LetterOptions.defaults(date).withFormats(EnumSet.of(OutputFormat.PDF)), options.templatesDir()));
    CaseReport report = checks.check(loaded, rendered.documents());
    refuseCaseMerits(report, c.preparedBy());
    List<CaseFinding> structural = validator.validate(loaded);

    List<LetterPart> letterParts = letterParts(rendered.documents(), main);
    Map<Criterion, List<String>> metBy = metBy(report, rendered.documents(), letterParts);
    Checklist checklist = new Checklist(c, attachments, letterParts, metBy, structural);
    List<String> missing = checklist.missing(main);
    boolean draft =
        structural.stream().anyMatch(f -> f.severity() == org.parolekit.validate.Severity.ERROR)
            || !report.summary().allCriteriaMet()
            || rendered.hasSkipped();
    if (draft && options.requireComplete()) {
      throw new ParolekitException(
          ExitStatus.FINDINGS,
          "the packet is incomplete and --require-complete was given; nothing was written. Still missing: "
              + String.join(" ", missing.isEmpty() ? List.of("see parolekit validate") : missing));
    }

    try (PageRenderer pages = new PageRenderer(options.templatesDir(), LetterOptions.DEFAULT_TEMPLATE_TIMEOUT, TEMPLATES)) {
      Map<String, Object> common = commonModel(c, date, languages, main, draft);
      byte[] cover = pages.render(main.language().yamlName() + "/packet-cover.ftl", common, main.get("title", c.person().fullName()), main.language(), date).pdf();
      PacketAssembler assembler = new PacketAssembler();
      PacketAssembler.Layout layout =
          new PacketAssembler.Layout(main.get("title", c.person().fullName()), new PacketLabels(languages), date, draft);
      int coverPages = PacketAssembler.pages(cover);
      PacketContent content =
          new PacketContent(pages, common, languages, checklist, letterParts, attachments, date,
              staticPages(pages, common, languages, options.resources(), c, date));
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
      return new Packet(assembled.pdf(), assembled.pageCount(), draft, missing, assembled.firstPages());
    }
  }

  /** The pages that name no page numbers, rendered once: notice, guidance and resources. */
  private record StaticPages(List<PacketPart> notices, List<PacketPart> guidance, List<PacketPart> resources) {}

  private static StaticPages staticPages(
      PageRenderer pages, Map<String, Object> common, List<Language> languages, ResourceDirectory resources,
      CaseFile c, LocalDate date) {
    List<PacketPart> notices = new ArrayList<>();
    List<PacketPart> guidance = new ArrayList<>();
    List<PacketPart> resourcePages = new ArrayList<>();
    for (Language lang : languages) {
      PacketText t = new PacketText(lang);
      notices.add(page(pages, lang, "packet-notice", t.get("section.notice"), common, date));
      guidance.add(page(pages, lang, "packet-guidance", t.get("section.guidance"), common, date));
      Map<String, Object> model = new LinkedHashMap<>(common);
      model.put("resources", resourcesModel(resources, c, lang, t));
      resourcePages.add(page(pages, lang, "packet-resources", t.get("section.resources"), model, date));
    }
    return new StaticPages(notices, guidance, resourcePages);
  }

  /**
   * Everything after the cover and the contents, in order. The checklist and the section pages
   * name the pages things start on, so they are rendered again for each layout pass.
   */
  private record PacketContent(
      PageRenderer pages,
      Map<String, Object> common,
      List<Language> languages,
      Checklist checklist,
      List<LetterPart> letterParts,
      List<AttachmentPart> attachments,
      LocalDate date,
      StaticPages staticPages) {

    List<PacketPart> parts(Map<String, Integer> starts) {
      List<PacketPart> parts = new ArrayList<>(staticPages.notices());
      parts.addAll(staticPages.guidance());
      for (Language lang : languages) {
        PacketText t = new PacketText(lang);
        Map<String, Object> model = new LinkedHashMap<>(common);
        model.put("criteria", checklist.model(t, starts));
        parts.add(page(pages, lang, "packet-checklist", t.get("section.checklist"), model, date));
      }
      parts.addAll(staticPages.resources());
      PacketText main = new PacketText(languages.get(0));
      if (!letterParts.isEmpty()) {
        parts.add(section(pages, main, "section.letters", letterParts.stream().map(LetterPart::title).toList(), starts, common, date));
        letterParts.forEach(l -> parts.add(new PacketPart(l.title(), 1, l.pdf())));
      }
      if (!attachments.isEmpty()) {
        parts.add(section(pages, main, "section.attachments", attachments.stream().map(AttachmentPart::title).toList(), starts, common, date));
        attachments.forEach(a -> parts.add(new PacketPart(a.title(), 1, a.pdf())));
      }
      return parts;
    }
  }

  private static PacketPart page(
      PageRenderer pages, Language lang, String template, String title, Map<String, Object> model, LocalDate date) {
    return new PacketPart(title, 0, pages.render(lang.yamlName() + "/" + template + ".ftl", model, title, lang, date).pdf());
  }

  private static PacketPart section(
      PageRenderer pages,
      PacketText t,
      String key,
      List<String> titles,
      Map<String, Integer> starts,
      Map<String, Object> common,
      LocalDate date) {
    Map<String, Object> model = new LinkedHashMap<>(common);
    model.put("title", t.get(key));
    model.put("intro", t.get(key + ".intro"));
    List<Map<String, Object>> entries = new ArrayList<>();
    for (String title : titles) {
      entries.add(Map.of("title", title, "page", String.valueOf(starts.getOrDefault(title, 0))));
    }
    model.put("entries", entries);
    return page(pages, t.language(), "packet-section", t.get(key), model, date);
  }

  private static Map<String, Object> commonModel(
      CaseFile c, LocalDate date, List<Language> languages, PacketText t, boolean draft) {
    Person p = c.person();
    Map<String, Object> person = new LinkedHashMap<>();
    person.put("fullName", p.fullName());
    person.put("givenNames", p.givenNames());
    person.put("aNumber", p.aNumber().formatted());
    person.put("iceName", p.nameOnIceRecords() == null ? "" : p.nameOnIceRecords().fullName());
    person.put("obj", switch (p.pronouns()) {
      case SHE -> "la";
      case HE -> "lo";
      case THEY -> "le";
    });
    Map<String, Object> preparedBy = new LinkedHashMap<>();
    preparedBy.put("name", c.preparedBy().name());
    preparedBy.put("role", t.get("role." + c.preparedBy().role().yamlName()));
    preparedBy.put("organization", c.preparedBy().organization() == null ? "" : c.preparedBy().organization());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("person", person);
    m.put("preparedBy", preparedBy);
    m.put("byLawyer", c.preparedBy().mayAddressCaseMerits());
    m.put("date", PageRenderer.writtenDate(date, t.language()));
    List<String> names = languages.stream().map(l -> t.get("language." + l.yamlName())).toList();
    m.put("languages", names.size() == 1 ? names.get(0) : t.and(names.get(0), names.get(1)));
    m.put("draft", draft);
    return m;
  }

  private static List<Map<String, Object>> resourcesModel(ResourceDirectory resources, CaseFile c, Language lang, PacketText t) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (ProSeResource r : resources.forPerson(c.person().detention().fieldOffice().state(), List.of(lang))) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", r.name());
      m.put("offers", r.offers().in(lang));
      m.put("contact", r.contact());
      m.put("lastChecked", PageRenderer.writtenDate(r.lastChecked(), lang));
      m.put("region", r.isNational() ? t.get("region.national") : String.join(", ", r.regions()));
      list.add(m);
    }
    return list;
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
              letter.file() + " speaks to the merits of the legal case"
                  + f.evidence().stream().findFirst().map(e -> " (\"" + e + "\")").orElse("")
                  + "; only material prepared by an attorney or accredited representative may. Remove it from"
                  + " the writer's statements and build the packet again; nothing was written");
        }
      }
    }
  }

  /** One letter as it goes into the packet. */
  record LetterPart(String title, String fileName, RenderedDocument document, byte[] pdf) {}

  /**
   * The letters in packet order: for each writer the English letter, then the original and the
   * certificate of translation when written in Spanish; the organizational letter last. The letter
   * service renders each certificate right after the letter it certifies.
   */
  private static List<LetterPart> letterParts(List<RenderedDocument> documents, PacketText t) {
    List<String> baseNames = FileNames.baseNames(documents);
    Map<RenderedDocument, String> names = new java.util.IdentityHashMap<>();
    for (int i = 0; i < documents.size(); i++) {
      names.put(documents.get(i), baseNames.get(i));
    }
    Map<String, List<RenderedDocument>> byWriter = new LinkedHashMap<>();
    List<RenderedDocument> organization = new ArrayList<>();
    String lastWriter = "";
    for (RenderedDocument d : documents) {
      switch (d.kind()) {
        case WRITING_GUIDE -> {}
        case ORGANIZATION_LETTER -> organization.add(d);
        case TRANSLATION_CERTIFICATE -> byWriter.computeIfAbsent(lastWriter, w -> new ArrayList<>()).add(d);
        case SPONSOR_LETTER, SUPPORT_LETTER -> {
          lastWriter = d.writer();
          byWriter.computeIfAbsent(lastWriter, w -> new ArrayList<>()).add(d);
        }
      }
    }
    List<LetterPart> parts = new ArrayList<>();
    byWriter.forEach((writer, group) -> {
      group.stream().filter(d -> isLetter(d) && d.language() == Language.EN).forEach(d -> parts.add(part(d, writer, names, t)));
      group.stream().filter(d -> isLetter(d) && d.language() != Language.EN).forEach(d -> parts.add(part(d, writer, names, t)));
      group.stream().filter(d -> d.kind() == DocumentKind.TRANSLATION_CERTIFICATE).forEach(d -> parts.add(part(d, writer, names, t)));
    });
    organization.stream().sorted((a, b) -> a.language().compareTo(b.language())).forEach(d -> parts.add(part(d, d.writer(), names, t)));
    return parts;
  }

  private static boolean isLetter(RenderedDocument d) {
    return d.kind() == DocumentKind.SPONSOR_LETTER || d.kind() == DocumentKind.SUPPORT_LETTER;
  }

  /** A letter's packet title; a certificate is named after the writer of the letter it certifies. */
  private static LetterPart part(RenderedDocument d, String letterWriter, Map<RenderedDocument, String> names, PacketText t) {
    String title = t.get("letter." + d.kind().slug(), letterWriter);
    if (isLetter(d) && d.language() == Language.ES) {
      title = t.get("letter.original", title);
    }
    return new LetterPart(title, names.get(d), d, d.output(OutputFormat.PDF).orElseThrow());
  }

  /** For each criterion, the packet titles of the letters that fully show it. */
  private static Map<Criterion, List<String>> metBy(
      CaseReport report, List<RenderedDocument> documents, List<LetterPart> letterParts) {
    Map<String, String> titleByFile = new LinkedHashMap<>();
    letterParts.forEach(l -> titleByFile.put(l.fileName(), l.title()));
    Map<Criterion, List<String>> met = new LinkedHashMap<>();
    for (Criterion c : Criterion.values()) {
      List<String> titles = new ArrayList<>();
      for (LetterReport r : report.letters()) {
        String title = titleByFile.get(r.file());
        if (title != null
            && r.writerKind() != org.parolekit.check.WriterKind.ORGANIZATION
            && r.status(c) == CriterionStatus.MET
            && !titles.contains(title)) {
          titles.add(title);
        }
      }
      met.put(c, titles);
    }
    return met;
  }

  /** One attachment as it goes into the packet. */
  record AttachmentPart(String title, String description, Set<Criterion> supports, SponsorDocumentKind sponsorKind, byte[] pdf) {}

  private List<AttachmentPart> attachments(LoadedCase loaded, Options options, PacketText t, LocalDate date) {
    CaseFile c = loaded.caseFile();
    Path caseFolder = loaded.source().toAbsolutePath().getParent();
    AttachmentInspector inspector = new AttachmentInspector(options.limits());
    List<AttachmentPart> parts = new ArrayList<>();
    Map<Path, Integer> seen = new LinkedHashMap<>();
    for (int i = 0; i < c.attachments().size(); i++) {
      Attachment a = c.attachments().get(i);
      String label = "attachments[" + i + "].file (" + a.file().written() + ")";
      byte[] pdf = attachmentPdf(a.file(), label, a.description(), caseFolder, options, inspector, t, date);
      Set<Criterion> supports = EnumSet.copyOf(a.supports());
      seen.put(a.file().resolved().toAbsolutePath().normalize(), parts.size());
      parts.add(new AttachmentPart(title(t, a.description(), supports), a.description(), supports, null, pdf));
    }
    if (c.sponsor() != null) {
      for (int i = 0; i < c.sponsor().documents().size(); i++) {
        SponsorDocument d = c.sponsor().documents().get(i);
        if (d.file() == null) {
          continue;
        }
        Integer already = seen.get(d.file().resolved().toAbsolutePath().normalize());
        if (already != null) {
          AttachmentPart same = parts.get(already);
          Set<Criterion> supports = EnumSet.copyOf(same.supports());
          supports.add(Criterion.FLIGHT_RISK);
          parts.set(already, new AttachmentPart(title(t, same.description(), supports), same.description(), supports, d.kind(), same.pdf()));
          continue;
        }
        String label = "sponsor.documents[" + i + "].file (" + d.file().written() + ")";
        byte[] pdf = attachmentPdf(d.file(), label, d.description(), caseFolder, options, inspector, t, date);
        Set<Criterion> supports = EnumSet.of(Criterion.FLIGHT_RISK);
        parts.add(new AttachmentPart(title(t, d.description(), supports), d.description(), supports, d.kind(), pdf));
      }
    }
    return parts;
  }

  private static String title(PacketText t, String description, Set<Criterion> supports) {
    List<String> names = supports.stream().map(c -> t.get("criterion." + c.yamlName())).toList();
    return t.get("attachment", description, String.join(", ", names));
  }

  private byte[] attachmentPdf(
      FileRef file,
      String label,
      String description,
      Path caseFolder,
      Options options,
      AttachmentInspector inspector,
      PacketText t,
      LocalDate date) {
    refuseOutside(file, label, caseFolder, options.allowedOutside());
    InspectedAttachment a = inspector.inspect(file.resolved(), label);
    return a.kind() == AttachmentKind.PDF
        ? a.bytes()
        : ImagePage.render(a.bytes(), t.get("attachment.caption", description), date);
  }

  private static void refuseOutside(FileRef file, String label, Path caseFolder, Set<Path> allowed) {
    try {
      Path real = file.resolved().toRealPath();
      Path folder = caseFolder.toRealPath();
      if (real.startsWith(folder)) {
        return;
      }
      for (Path a : allowed) {
        if (a.toRealPath().equals(real)) {
          return;
        }
      }
    } catch (IOException e) {
      throw new ParolekitException(
          ExitStatus.INVALID_INPUT, label + ": cannot be read. Check that the file exists");
    }
    throw new ParolekitException(
        ExitStatus.INVALID_INPUT,
        label + ": is outside the case folder. Move it into the case folder, or name it on the command"
            + " line with --allow-attachment " + file.written() + " if you mean to include it");
  }

  private static LetterOptions optionsWith(LetterOptions o, Optional<Path> templatesDir) {
    return templatesDir.map(o::withTemplatesDir).orElse(o);
  }

  private static List<String> templateNames() {
    List<String> names = new ArrayList<>();
    for (String lang : List.of("en", "es")) {
      for (String t : List.of("packet-cover", "packet-notice", "packet-guidance", "packet-checklist", "packet-resources", "packet-section")) {
        names.add(lang + "/" + t + ".ftl");
      }
    }
    return List.copyOf(names);
  }

  /** What the packet holds and lacks for each criterion, in either language. */
  private record Checklist(
      CaseFile c,
      List<AttachmentPart> attachments,
      List<LetterPart> letters,
      Map<Criterion, List<String>> metBy,
      List<CaseFinding> structural) {

    /** Case findings the packet names in the person's language, by code. */
    private static final List<String> NAMED_FINDINGS =
        List.of("no-sponsor", "sponsor-po-box", "destination-po-box", "missing-translation", "no-words");

    List<Map<String, Object>> model(PacketText t, Map<String, Integer> starts) {
      List<Map<String, Object>> list = new ArrayList<>();
      for (Criterion criterion : Criterion.values()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", t.get("criterion." + criterion.yamlName()));
        List<Map<String, Object>> in = new ArrayList<>();
        if (criterion == Criterion.IDENTITY) {
          for (IdentityDocument d : c.person().identityDocuments()) {
            in.add(item(t.get("item.identity-document", t.get("document." + d.type().yamlName()), d.issuingCountry(), t.get("document." + d.location().yamlName())), ""));
          }
        }
        for (String title : metBy.get(criterion)) {
          in.add(item(title, page(starts, title)));
        }
        for (AttachmentPart a : attachments) {
          if (a.supports().contains(criterion)) {
            in.add(item(a.description(), page(starts, a.title())));
          }
        }
        m.put("inPacket", in);
        m.put("missing", missingFor(criterion, t));
        list.add(m);
      }
      Map<String, Object> all = new LinkedHashMap<>();
      all.put("name", t.get("section.letters"));
      List<Map<String, Object>> in = new ArrayList<>();
      letters.forEach(l -> in.add(item(l.title(), page(starts, l.title()))));
      all.put("inPacket", in);
      all.put("missing", letterProblems(t));
      list.add(all);
      return list;
    }

    /** The case's own problems with its letters and sponsor, worded for the person. */
    List<String> letterProblems(PacketText t) {
      List<String> problems = new ArrayList<>();
      for (CaseFinding f : structural) {
        if (f.severity() == org.parolekit.validate.Severity.ERROR && NAMED_FINDINGS.contains(f.code())) {
          String text = t.get("finding." + f.code());
          if (!problems.contains(text)) {
            problems.add(text);
          }
        }
      }
      return problems;
    }

    private static String page(Map<String, Integer> starts, String title) {
      Integer p = starts.get(title);
      return p == null ? "" : String.valueOf(p);
    }

    private static Map<String, Object> item(String text, String page) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("item", text);
      m.put("page", page);
      return m;
    }

    List<String> missingFor(Criterion criterion, PacketText t) {
      List<String> missing = new ArrayList<>();
      switch (criterion) {
        case IDENTITY -> {
          if (c.person().identityDocuments().isEmpty()) {
            missing.add(t.get("missing.identity-document"));
          }
          if (attachments.stream().noneMatch(a -> a.supports().contains(Criterion.IDENTITY))) {
            missing.add(t.get("missing.identity-copy"));
          }
        }
        case FLIGHT_RISK -> {
          if (c.sponsor() == null) {
            missing.add(t.get("missing.sponsor"));
          } else {
            Set<SponsorDocumentKind> kinds = EnumSet.noneOf(SponsorDocumentKind.class);
            attachments.stream().filter(a -> a.sponsorKind() != null).forEach(a -> kinds.add(a.sponsorKind()));
            if (!kinds.contains(SponsorDocumentKind.ID)) {
              missing.add(t.get("missing.sponsor-id"));
            }
            if (!kinds.contains(SponsorDocumentKind.PROOF_OF_STATUS)) {
              missing.add(t.get("missing.sponsor-proof-of-status"));
            }
            if (!kinds.contains(SponsorDocumentKind.PROOF_OF_ADDRESS)) {
              missing.add(t.get("missing.sponsor-proof-of-address"));
            }
          }
        }
        case DANGER -> {}
      }
      if (metBy.get(criterion).isEmpty()) {
        missing.add(t.get("missing.letter-criterion"));
      }
      return missing;
    }

    /** Everything missing, in one language, each prefixed by its criterion. */
    List<String> missing(PacketText t) {
      List<String> all = new ArrayList<>();
      for (Criterion criterion : Criterion.values()) {
        for (String m : missingFor(criterion, t)) {
          all.add(t.get("criterion." + criterion.yamlName()) + ": " + m);
        }
      }
      letterProblems(t).forEach(m -> all.add(t.get("section.letters") + ": " + m));
      return all;
    }
  }
}
