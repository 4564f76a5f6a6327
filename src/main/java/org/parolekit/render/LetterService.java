package org.parolekit.render;

import freemarker.template.TemplateModelException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.parolekit.check.StatementCoverage;
import org.parolekit.load.LoadedCase;
import org.parolekit.model.CaseFile;
import org.parolekit.model.FileRef;
import org.parolekit.model.Language;
import org.parolekit.model.LetterWriter;
import org.parolekit.model.OrganizationProfile;
import org.parolekit.model.Sponsor;
import org.parolekit.model.Statements;
import org.parolekit.model.Translation;

/**
 * Plans the documents a case calls for (sponsor letter, support letters, organizational letter,
 * English translations with their certificates, writing guides) and renders them in memory to PDF,
 * HTML and plain text. Nothing is written to disk here: see {@code
 * org.parolekit.output.OutputWriter}. Either every document renders or an exception is thrown.
 */
public final class LetterService {
  private final StatementCoverage coverage = new StatementCoverage();

  /**
   * Renders every document the case calls for in the requested languages and formats.
   *
   * @return the documents in packet order, and findings for documents that could not be made (a
   *     missing translation) or things left out
   * @throws TemplateRenderException when a template fails, with its name, line and column
   * @throws org.parolekit.core.ParolekitException when a file the case names cannot be read
   */
  public RenderResult render(LoadedCase loaded, LetterOptions options) {
    try (Session session = open(options)) {
      return session.render(loaded);
    }
  }

  /**
   * A session that renders many cases with one template engine (FreeMarker configuration, parsed
   * templates and worker thread), for batches. One session is used by one thread at a time.
   *
   * @throws TemplateRenderException when a template in {@code options.templatesDir()} fails to
   *     parse
   */
  public Session open(LetterOptions options) {
    return new Session(options);
  }

  /** Renders many cases with one template engine; close it to stop its worker thread. */
  public final class Session implements AutoCloseable {
    private final LetterOptions options;
    private final TemplateEngine engine;
    private final PdfResources pdf = new PdfResources();
    private final Map<Path, byte[]> logos = new HashMap<>();

    private Session(LetterOptions options) {
      this.options = options;
      this.engine =
          new TemplateEngine(
              options.templatesDir(),
              options.templateTimeout(),
              BuiltInTemplate.names(BuiltInTemplate.Use.LETTERS));
    }

    /** Every document the case calls for, as {@link LetterService#render} renders them. */
    public RenderResult render(LoadedCase loaded) {
      return renderPlanned(loaded, false);
    }

    /** Only the organizational letters of the case (English for ICE, Spanish for the person). */
    public RenderResult renderOrganizationLetters(LoadedCase loaded) {
      return renderPlanned(loaded, true);
    }

    private RenderResult renderPlanned(LoadedCase loaded, boolean organizationOnly) {
      CaseFile c = loaded.caseFile();
      LocalDate date = c.letterDate() != null ? c.letterDate() : options.date();
      List<PlannedDocument> jobs = new ArrayList<>();
      List<RenderFinding> findings = new ArrayList<>();
      List<PlannedDocument> guides = new ArrayList<>();

      if (!organizationOnly) {
        if (c.sponsor() != null) {
          planWriter(c, c.sponsor(), DocumentKind.SPONSOR_LETTER, date, jobs, guides, findings);
        }
        for (LetterWriter supporter : c.supporters()) {
          planWriter(c, supporter, DocumentKind.SUPPORT_LETTER, date, jobs, guides, findings);
        }
      }
      if (loaded.organization().isPresent()) {
        planOrganization(c, loaded.organization().get(), date, jobs, findings, this::logo);
      }
      jobs.addAll(guides);
      for (PlannedDocument j : jobs) {
        j.reference = options.pageFooters() ? reference(c) : "";
      }

      List<PlannedDocument> wanted = new ArrayList<>();
      for (PlannedDocument j : jobs) {
        if (options.languages().contains(j.language)) {
          wanted.add(j);
        }
      }
      findings.removeIf(f -> !options.languages().contains(f.language()));

      List<RenderedDocument> documents = new ArrayList<>();
      int sequence = 1;
      for (PlannedDocument j : wanted) {
        documents.add(
            DocumentRenderer.render(
                engine,
                pdf,
                j,
                sequence++,
                date,
                options.formats(),
                options.drafts().contains(j.title),
                c.preparedBy().name()));
      }
      return new RenderResult(documents, findings);
    }

    /** A logo is read once per session, not once per letter. */
    private byte[] logo(FileRef file) {
      return logos.computeIfAbsent(file.resolved(), p -> CaseFiles.logo(file));
    }

    @Override
    public void close() {
      engine.close();
    }
  }

  private static String reference(CaseFile c) {
    return c.person().fullName() + ", " + c.person().aNumber().formatted();
  }

  private void planWriter(
      CaseFile c,
      LetterWriter w,
      DocumentKind kind,
      LocalDate date,
      List<PlannedDocument> jobs,
      List<PlannedDocument> guides,
      List<RenderFinding> findings) {
    String person = c.person().fullName();
    Language lang = w.language();
    List<String> omitted = new ArrayList<>();
    PlannedDocument original = letterJob(c, w, kind, lang, date, false, omitted);
    jobs.add(original);
    @SuppressWarnings("unchecked")
    Map<String, Object> covers = (Map<String, Object>) original.model.get("covers");
    // A fact the writer's own words already give needs no note that the tool left it out.
    omitted.removeIf(part -> Boolean.TRUE.equals(covers.get(part)));
    for (String part : omitted) {
      findings.add(
          new RenderFinding(
              RenderFinding.Severity.NOTE,
              kind,
              lang,
              w.name(),
              Messages.get("note.omitted", part),
              Messages.get("note.omitted.hint")));
    }
    if (lang != Language.EN) {
      Optional<String> missing = missingTranslation(w);
      if (missing.isPresent()) {
        findings.add(
            new RenderFinding(
                RenderFinding.Severity.SKIPPED,
                kind,
                Language.EN,
                w.name(),
                Messages.get("skipped.noEnglish", missing.get()),
                Messages.get("skipped.noEnglish.hint")));
        findings.add(
            new RenderFinding(
                RenderFinding.Severity.SKIPPED,
                DocumentKind.TRANSLATION_CERTIFICATE,
                Language.EN,
                w.name(),
                Messages.get("skipped.noCertificate"),
                Messages.get("skipped.noCertificate.hint")));
      } else {
        PlannedDocument english = letterJob(c, w, kind, Language.EN, date, true, new ArrayList<>());
        english.translationOf = Optional.of(original.title);
        jobs.add(english);
        jobs.add(certificateJob(c, w, kind, english, date));
      }
    }
    if (!w.wroteWholeLetter() && (w.statements() == null || !w.statements().hasAny())) {
      findings.add(
          new RenderFinding(
              RenderFinding.Severity.NOTE,
              kind,
              lang,
              w.name(),
              Messages.get("note.noOwnWords"),
              Messages.get("note.noOwnWords.hint")));
    }
    Map<String, Object> guide = ViewModels.common(c, lang, date);
    guide.put("writer", ViewModels.writer(w, lang, new ArrayList<>()));
    guide.put("isSponsor", w instanceof Sponsor);
    guide.put("writesInSpanish", lang == Language.ES);
    PlannedDocument g =
        new PlannedDocument(
            DocumentKind.WRITING_GUIDE,
            lang,
            w.name(),
            BuiltInTemplate.WRITING_GUIDE.name(lang),
            guide);
    g.title =
        lang == Language.ES
            ? (w instanceof Sponsor
                    ? "Guía para escribir su carta de patrocinio a favor de "
                    : "Guía para escribir su carta de apoyo a favor de ")
                + person
            : (w instanceof Sponsor
                    ? "Guide for writing your sponsor letter for "
                    : "Guide for writing your letter of support for ")
                + person;
    g.nameHint = "writing-guide-" + w.name() + "-" + lang.yamlName();
    g.author = authorOf(c);
    guides.add(g);
  }

  private static String authorOf(CaseFile c) {
    String org = c.preparedBy().organization();
    return org == null || org.isBlank() ? c.preparedBy().name() : org;
  }

  /** What is missing from a writer's English translation, if anything. */
  private static Optional<String> missingTranslation(LetterWriter w) {
    Translation t = w.translation();
    if (t == null) {
      return Optional.of(Messages.get("missing.noTranslation"));
    }
    if (w.wroteWholeLetter()) {
      return t.letterFile() == null
          ? Optional.of(Messages.get("missing.wholeLetter"))
          : Optional.empty();
    }
    Statements s = w.statements();
    if (s == null) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    check(parts, "relationship", s.relationship(), t.relationship());
    check(parts, "appearance", s.appearance(), t.appearance());
    check(parts, "character", s.character(), t.character());
    check(parts, "more", s.more(), t.more());
    return parts.isEmpty()
        ? Optional.empty()
        : Optional.of(
            Messages.get("missing.parts", "translation." + String.join(", translation.", parts)));
  }

  private static void check(List<String> parts, String name, String original, String translated) {
    boolean has = original != null && !original.isBlank();
    boolean hasT = translated != null && !translated.isBlank();
    if (has && !hasT) {
      parts.add(name);
    }
  }

  private PlannedDocument letterJob(
      CaseFile c,
      LetterWriter w,
      DocumentKind kind,
      Language lang,
      LocalDate date,
      boolean isTranslation,
      List<String> omitted) {
    Map<String, Object> m = ViewModels.common(c, lang, date);
    m.put("writer", ViewModels.writer(w, lang, omitted));
    m.put("translation", ViewModels.translation(isTranslation, w.language()));
    m.put(
        "statements",
        ViewModels.statements(isTranslation ? w.translation().statements() : w.statements()));
    m.put("covers", ViewModels.covers(w, coverage));
    if (w instanceof Sponsor) {
      m.put("sponsor", ViewModels.sponsor((Sponsor) w, lang));
    }
    String person = c.person().fullName();
    String title =
        kind == DocumentKind.SPONSOR_LETTER
            ? (lang == Language.ES ? "Carta de patrocinio de " : "Sponsor letter from ") + w.name()
            : (lang == Language.ES ? "Carta de apoyo de " : "Letter of support from ") + w.name();
    title += (lang == Language.ES ? " para " : " for ") + person;
    String template;
    if (w.wroteWholeLetter()) {
      FileRef file = isTranslation ? w.translation().letterFile() : w.letterFile();
      Map<String, Object> letter = new LinkedHashMap<>();
      letter.put("kind", kind == DocumentKind.SPONSOR_LETTER ? "sponsor" : "support");
      letter.put("body", wholeLetterBody(file));
      m.put("letter", letter);
      template = BuiltInTemplate.WHOLE_LETTER.name(lang);
    } else {
      template = BuiltInTemplate.of(kind).name(lang);
    }
    PlannedDocument j = new PlannedDocument(kind, lang, w.name(), template, m);
    j.title = title;
    j.author = w.name();
    j.nameHint = kind.slug() + "-" + w.name() + "-" + lang.yamlName();
    return j;
  }

  private static Object wholeLetterBody(FileRef file) {
    String text = CaseFiles.letterText(file);
    try {
      return MarkdownOutputFormat.INSTANCE.fromMarkup(
          CaseFiles.isMarkdown(file) ? text : MarkdownOutputFormat.escapeKeepingLines(text));
    } catch (TemplateModelException e) {
      throw new IllegalStateException(e);
    }
  }

  private PlannedDocument certificateJob(
      CaseFile c, LetterWriter w, DocumentKind kind, PlannedDocument english, LocalDate date) {
    Map<String, Object> m = ViewModels.common(c, Language.EN, date);
    m.put("translator", ViewModels.translator(w.translation().translator()));
    Map<String, Object> document = new LinkedHashMap<>();
    document.put(
        "kind", kind == DocumentKind.SPONSOR_LETTER ? "sponsor letter" : "letter of support");
    document.put("writer", w.name());
    document.put("title", english.title);
    document.put("fromLanguage", w.language() == Language.ES ? "Spanish" : "English");
    m.put("document", document);
    PlannedDocument j =
        new PlannedDocument(
            DocumentKind.TRANSLATION_CERTIFICATE,
            Language.EN,
            w.translation().translator().name(),
            BuiltInTemplate.TRANSLATION_CERTIFICATE.name(Language.EN),
            m);
    j.title = "Certificate of translation: " + english.title;
    j.author = w.translation().translator().name();
    j.nameHint = "translation-certificate-" + kind.slug() + "-" + w.name();
    return j;
  }

  private void planOrganization(
      CaseFile c,
      OrganizationProfile org,
      LocalDate date,
      List<PlannedDocument> jobs,
      List<RenderFinding> findings,
      Function<FileRef, byte[]> logos) {
    if (c.organization() == null) {
      findings.add(
          new RenderFinding(
              RenderFinding.Severity.SKIPPED,
              DocumentKind.ORGANIZATION_LETTER,
              Language.EN,
              org.name(),
              Messages.get("skipped.noOrganizationLink"),
              Messages.get("skipped.noOrganizationLink.hint")));
      return;
    }
    Optional<byte[]> logo =
        org.logo() == null ? Optional.empty() : Optional.of(logos.apply(org.logo()));
    jobs.add(organizationJob(c, org, Language.EN, date, logo));
    if (c.person().languages().contains(Language.ES)) {
      boolean hasSpanish =
          present(org.description().es())
              && (org.support() == null
                  || !present(org.support().en())
                  || present(org.support().es()))
              && (!present(org.affiliation()) || present(org.affiliationEs()));
      if (hasSpanish) {
        jobs.add(organizationJob(c, org, Language.ES, date, logo));
      } else {
        findings.add(
            new RenderFinding(
                RenderFinding.Severity.SKIPPED,
                DocumentKind.ORGANIZATION_LETTER,
                Language.ES,
                org.name(),
                Messages.get("skipped.noSpanishOrganization"),
                Messages.get("skipped.noSpanishOrganization.hint")));
      }
    }
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }

  private static PlannedDocument organizationJob(
      CaseFile c, OrganizationProfile org, Language lang, LocalDate date, Optional<byte[]> logo) {
    Map<String, Object> m = ViewModels.common(c, lang, date);
    m.put(
        "org",
        ViewModels.organization(org, c.organization(), Optional.ofNullable(c.sponsor()), lang));
    PlannedDocument j =
        new PlannedDocument(
            DocumentKind.ORGANIZATION_LETTER,
            lang,
            org.name(),
            BuiltInTemplate.ORGANIZATION_LETTER.name(lang),
            m);
    j.title =
        lang == Language.ES
            ? "Carta de " + org.name() + " para " + c.person().fullName() + " (versión en español)"
            : "Letter from " + org.name() + " for " + c.person().fullName();
    j.author = org.name();
    j.nameHint = "organization-letter-" + org.name() + "-" + lang.yamlName();
    j.logo = logo;
    if (lang == Language.ES) {
      j.translationOf = Optional.of("Letter from " + org.name() + " for " + c.person().fullName());
    }
    return j;
  }
}
