package org.parolekit.packet;

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
import org.parolekit.model.CaseFile;
import org.parolekit.model.Criterion;
import org.parolekit.model.Language;
import org.parolekit.model.Person;
import org.parolekit.model.PreparedBy;
import org.parolekit.output.FileNames;
import org.parolekit.render.BuiltInTemplate;
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

    List<LetterPart> letterParts = letterParts(rendered.documents(), main);
    Map<Criterion, List<String>> metBy = metBy(report, letterParts);
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
      Map<String, Object> common = commonModel(c, date, languages, main, draft);
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
      PacketContent content =
          new PacketContent(
              pages,
              common,
              languages,
              checklist,
              letterParts,
              attachments,
              date,
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
      return new Packet(
          assembled.pdf(), assembled.pageCount(), draft, missing, warnings, assembled.firstPages());
    }
  }

  /** The pages that name no page numbers, rendered once: notice, guidance and resources. */
  private record StaticPages(
      List<PacketPart> notices, List<PacketPart> guidance, List<PacketPart> resources) {}

  private static StaticPages staticPages(
      PageRenderer pages,
      Map<String, Object> common,
      List<Language> languages,
      ResourceDirectory resources,
      CaseFile c,
      LocalDate date) {
    List<PacketPart> notices = new ArrayList<>();
    List<PacketPart> guidance = new ArrayList<>();
    List<PacketPart> resourcePages = new ArrayList<>();
    for (Language lang : languages) {
      PacketText t = new PacketText(lang);
      notices.add(
          page(pages, lang, BuiltInTemplate.PACKET_NOTICE, t.get("section.notice"), common, date));
      guidance.add(
          page(
              pages,
              lang,
              BuiltInTemplate.PACKET_GUIDANCE,
              t.get("section.guidance"),
              common,
              date));
      Map<String, Object> model = new LinkedHashMap<>(common);
      model.put("resources", resourcesModel(resources, c, lang, t));
      resourcePages.add(
          page(
              pages,
              lang,
              BuiltInTemplate.PACKET_RESOURCES,
              t.get("section.resources"),
              model,
              date));
    }
    return new StaticPages(notices, guidance, resourcePages);
  }

  /**
   * Everything after the cover and the contents, in order. The checklist and the section pages name
   * the pages things start on, so they are rendered again for each layout pass.
   */
  private record PacketContent(
      PageRenderer pages,
      Map<String, Object> common,
      List<Language> languages,
      PacketChecklist checklist,
      List<LetterPart> letterParts,
      List<PacketAttachments.Part> attachments,
      LocalDate date,
      StaticPages staticPages) {

    List<PacketPart> parts(Map<String, Integer> starts) {
      List<PacketPart> parts = new ArrayList<>(staticPages.notices());
      parts.addAll(staticPages.guidance());
      for (Language lang : languages) {
        PacketText t = new PacketText(lang);
        Map<String, Object> model = new LinkedHashMap<>(common);
        model.put("criteria", checklist.model(t, starts));
        parts.add(
            page(
                pages,
                lang,
                BuiltInTemplate.PACKET_CHECKLIST,
                t.get("section.checklist"),
                model,
                date));
      }
      parts.addAll(staticPages.resources());
      PacketText main = new PacketText(languages.get(0));
      if (!letterParts.isEmpty()) {
        parts.add(
            section(
                pages,
                main,
                "section.letters",
                letterParts.stream().map(LetterPart::title).toList(),
                starts,
                common,
                date));
        letterParts.forEach(l -> parts.add(new PacketPart(l.title(), 1, l.pdf())));
      }
      if (!attachments.isEmpty()) {
        parts.add(
            section(
                pages,
                main,
                "section.attachments",
                attachments.stream().map(PacketAttachments.Part::title).toList(),
                starts,
                common,
                date));
        attachments.forEach(a -> parts.add(new PacketPart(a.title(), 1, a.pdf())));
      }
      return parts;
    }
  }

  private static PacketPart page(
      PageRenderer pages,
      Language lang,
      BuiltInTemplate template,
      String title,
      Map<String, Object> model,
      LocalDate date) {
    return new PacketPart(
        title, 0, pages.render(template.name(lang), model, title, lang, date).pdf());
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
    return page(pages, t.language(), BuiltInTemplate.PACKET_SECTION, t.get(key), model, date);
  }

  private static Map<String, Object> commonModel(
      CaseFile c, LocalDate date, List<Language> languages, PacketText t, boolean draft) {
    Person p = c.person();
    Map<String, Object> person = new LinkedHashMap<>();
    person.put("fullName", p.fullName());
    person.put("givenNames", p.givenNames());
    person.put("aNumber", p.aNumber().formatted());
    person.put("iceName", p.nameOnIceRecords() == null ? "" : p.nameOnIceRecords().fullName());
    person.put(
        "obj",
        switch (p.pronouns()) {
          case SHE -> "la";
          case HE -> "lo";
          case THEY -> "le";
        });
    Map<String, Object> preparedBy = new LinkedHashMap<>();
    preparedBy.put("name", c.preparedBy().name());
    preparedBy.put("role", t.get("role." + c.preparedBy().role().yamlName()));
    preparedBy.put(
        "organization", c.preparedBy().organization() == null ? "" : c.preparedBy().organization());
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

  private static List<Map<String, Object>> resourcesModel(
      ResourceDirectory resources, CaseFile c, Language lang, PacketText t) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (ProSeResource r :
        resources.forPerson(c.person().detention().fieldOffice().state(), List.of(lang))) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", r.name(lang));
      m.put("offers", r.offers().in(lang));
      m.put("contact", r.contact());
      m.put("phone", r.phone() == null ? "" : r.phone().strip());
      m.put("callNote", r.callNote() == null ? "" : r.callNote().in(lang).strip());
      m.put("mail", r.mail());
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

  /** One letter as it goes into the packet; {@code writer} groups a letter with its translation. */
  record LetterPart(
      String title, String fileName, String writer, RenderedDocument document, byte[] pdf) {}

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
        case TRANSLATION_CERTIFICATE ->
            byWriter.computeIfAbsent(lastWriter, w -> new ArrayList<>()).add(d);
        case SPONSOR_LETTER, SUPPORT_LETTER -> {
          lastWriter = d.writer();
          byWriter.computeIfAbsent(lastWriter, w -> new ArrayList<>()).add(d);
        }
      }
    }
    List<LetterPart> parts = new ArrayList<>();
    java.util.Set<String> titles = new java.util.HashSet<>();
    byWriter.forEach(
        (writer, group) -> {
          boolean translated =
              group.stream().anyMatch(d -> isLetter(d) && d.language() != Language.EN);
          group.stream()
              .filter(d -> isLetter(d) && d.language() == Language.EN)
              .forEach(d -> parts.add(part(d, writer, translated, names, t, titles)));
          group.stream()
              .filter(d -> isLetter(d) && d.language() != Language.EN)
              .forEach(d -> parts.add(part(d, writer, false, names, t, titles)));
          group.stream()
              .filter(d -> d.kind() == DocumentKind.TRANSLATION_CERTIFICATE)
              .forEach(d -> parts.add(part(d, writer, false, names, t, titles)));
        });
    organization.stream()
        .sorted((a, b) -> a.language().compareTo(b.language()))
        .forEach(d -> parts.add(part(d, d.writer(), false, names, t, titles)));
    return parts;
  }

  private static boolean isLetter(RenderedDocument d) {
    return d.kind() == DocumentKind.SPONSOR_LETTER || d.kind() == DocumentKind.SUPPORT_LETTER;
  }

  /**
   * A letter's packet title, which says what each copy is for: the English translation for ICE, the
   * signed original in Spanish, the organization's Spanish copy for the person only. A certificate
   * is named after the writer of the letter it certifies. Titles are unique, since the contents and
   * the checklist find pages by them.
   */
  private static LetterPart part(
      RenderedDocument d,
      String letterWriter,
      boolean translation,
      Map<RenderedDocument, String> names,
      PacketText t,
      java.util.Set<String> titles) {
    String title = t.get("letter." + d.kind().slug(), letterWriter);
    if (isLetter(d) && d.language() == Language.ES) {
      title = t.get("letter.original", title);
    } else if (translation) {
      title = t.get("letter.translation", title);
    } else if (d.kind() == DocumentKind.ORGANIZATION_LETTER && d.language() == Language.ES) {
      title = t.get("letter.spanish-copy", title);
    }
    String unique = title;
    for (int k = 2; !titles.add(unique); k++) {
      unique = title + " (" + k + ")";
    }
    return new LetterPart(
        unique, names.get(d), letterWriter, d, d.output(OutputFormat.PDF).orElseThrow());
  }

  /**
   * For each criterion, the letters that fully show it, one line per writer: the copy ICE reads
   * (the English one) stands for its original.
   */
  private static Map<Criterion, List<String>> metBy(
      CaseReport report, List<LetterPart> letterParts) {
    Map<String, String> titleByFile = new LinkedHashMap<>();
    Map<String, String> firstByWriter = new LinkedHashMap<>();
    for (LetterPart l : letterParts) {
      if (l.document().kind() == DocumentKind.TRANSLATION_CERTIFICATE) {
        continue;
      }
      String key = l.document().kind() + "/" + l.writer();
      firstByWriter.putIfAbsent(key, l.title());
      titleByFile.put(l.fileName(), firstByWriter.get(key));
    }
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

  private static String reference(CaseFile c) {
    return c.person().fullName() + ", " + c.person().aNumber().formatted();
  }

  private static LetterOptions optionsWith(LetterOptions o, Optional<Path> templatesDir) {
    return templatesDir.map(o::withTemplatesDir).orElse(o);
  }
}
