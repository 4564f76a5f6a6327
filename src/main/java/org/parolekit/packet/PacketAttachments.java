package org.parolekit.packet;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parolekit.core.ExitStatus;
import org.parolekit.core.ParolekitException;
import org.parolekit.load.LoadedCase;
import org.parolekit.model.Attachment;
import org.parolekit.model.CaseFile;
import org.parolekit.model.Criterion;
import org.parolekit.model.FileRef;
import org.parolekit.model.Language;
import org.parolekit.model.SponsorDocument;
import org.parolekit.model.SponsorDocumentKind;

/**
 * The case's attachments as packet pages: the case's own attachments, then the sponsor's documents
 * that have a file (one file named twice goes in once), each captioned "Documento adjunto N de M"
 * with what it helps show, and what a volunteer should know about them (a scan too coarse to read,
 * a description with no Spanish).
 */
final class PacketAttachments {
  /** One attachment as it goes into the packet, titled in the packet's language. */
  record Part(String title, Set<Criterion> supports, SponsorDocumentKind sponsorKind, byte[] pdf) {}

  /** The parts and the warnings about them, by case-file field. */
  record Result(List<Part> parts, List<Warning> warnings) {}

  /** Something a volunteer should fix in an attachment; the text comes from {@link PacketText}. */
  record Warning(String key, String label, String value) {
    String in(PacketText t) {
      return t.get(key, label, value);
    }
  }

  private record Spec(
      FileRef file,
      String label,
      String description,
      Set<Criterion> supports,
      SponsorDocumentKind sponsorKind) {}

  private PacketAttachments() {}

  static Result build(
      LoadedCase loaded, PacketService.Options options, PacketText t, LocalDate date) {
    CaseFile c = loaded.caseFile();
    Language lang = t.language();
    List<Warning> warnings = new ArrayList<>();
    List<Spec> specs = new ArrayList<>();
    Map<Path, Integer> seen = new LinkedHashMap<>();
    for (int i = 0; i < c.attachments().size(); i++) {
      Attachment a = c.attachments().get(i);
      if (lang == Language.ES && (a.descriptionEs() == null || a.descriptionEs().isBlank())) {
        warnings.add(
            new Warning(
                "warning.no-spanish-description",
                "attachments[" + i + "].descriptionEs",
                a.description()));
      }
      seen.put(key(a.file()), specs.size());
      specs.add(
          new Spec(
              a.file(),
              "attachments[" + i + "].file (" + a.file().written() + ")",
              a.description(lang),
              EnumSet.copyOf(a.supports()),
              null));
    }
    if (c.sponsor() != null) {
      for (int i = 0; i < c.sponsor().documents().size(); i++) {
        SponsorDocument d = c.sponsor().documents().get(i);
        if (d.file() == null) {
          continue;
        }
        Integer already = seen.get(key(d.file()));
        if (already != null) {
          Spec same = specs.get(already);
          Set<Criterion> supports = EnumSet.copyOf(same.supports());
          supports.add(Criterion.FLIGHT_RISK);
          specs.set(
              already, new Spec(same.file(), same.label(), same.description(), supports, d.kind()));
          continue;
        }
        seen.put(key(d.file()), specs.size());
        specs.add(
            new Spec(
                d.file(),
                "sponsor.documents[" + i + "].file (" + d.file().written() + ")",
                sponsorDescription(d, t),
                EnumSet.of(Criterion.FLIGHT_RISK),
                d.kind()));
      }
    }
    Path caseFolder = loaded.source().toAbsolutePath().getParent();
    AttachmentInspector inspector = new AttachmentInspector(options.limits());
    List<Part> parts = new ArrayList<>();
    Set<String> titles = new HashSet<>();
    for (int n = 0; n < specs.size(); n++) {
      Spec s = specs.get(n);
      refuseOutside(s.file(), s.label(), caseFolder, options.allowedOutside());
      InspectedAttachment inspected = inspector.inspect(s.file().resolved(), s.label());
      AttachmentPages.Caption caption =
          new AttachmentPages.Caption(
              t.get("attachment.caption", n + 1, specs.size(), s.description()),
              helpsShow(t, s.supports()));
      AttachmentPages.Pages pages = layOut(inspected, caption, date, s.label());
      if (pages.ppi() > 0 && pages.ppi() < AttachmentPages.MIN_READABLE_PPI) {
        warnings.add(new Warning("warning.low-resolution", s.label(), String.valueOf(pages.ppi())));
      }
      parts.add(
          new Part(unique(s.description(), titles), s.supports(), s.sponsorKind(), pages.pdf()));
    }
    return new Result(parts, warnings);
  }

  /**
   * The attachment as packet pages; a file the inspector passed but the PDF library still cannot
   * copy is refused like any damaged file, not reported as a bug.
   */
  static AttachmentPages.Pages layOut(
      InspectedAttachment inspected,
      AttachmentPages.Caption caption,
      LocalDate date,
      String label) {
    try {
      return inspected.kind() == AttachmentKind.PDF
          ? AttachmentPages.pdf(inspected.bytes(), caption, date)
          : AttachmentPages.image(inspected.bytes(), inspected.width(), caption, date);
    } catch (RuntimeException e) {
      throw new ParolekitException(
          ExitStatus.INVALID_INPUT,
          Messages.get(
              inspected.kind() == AttachmentKind.PDF ? "damagedPdf" : "brokenImage", label),
          e);
    }
  }

  /** "Identificación del patrocinador (California driver license)" when no Spanish is given. */
  private static String sponsorDescription(SponsorDocument d, PacketText t) {
    String own = d.description().replaceAll("\\s*\\((?i:copy|copia)\\)\\s*$", "");
    if (t.language() != Language.ES) {
      return t.get("sponsor-document." + d.kind().yamlName(), own);
    }
    return d.spanishDescription().orElse(t.get("sponsor-document." + d.kind().yamlName(), own));
  }

  /** "Sirve para mostrar quién es usted (identidad) y que se presentará a sus audiencias." */
  static String helpsShow(PacketText t, Set<Criterion> supports) {
    List<String> what = supports.stream().map(c -> t.get("helps." + c.yamlName())).toList();
    String joined =
        what.size() == 1
            ? what.get(0)
            : String.join(", ", what.subList(0, what.size() - 1))
                + t.get("helps.and")
                + what.get(what.size() - 1);
    return t.get("helps", joined);
  }

  private static String unique(String title, Set<String> taken) {
    String candidate = title;
    for (int k = 2; !taken.add(candidate); k++) {
      candidate = title + " (" + k + ")";
    }
    return candidate;
  }

  private static Path key(FileRef file) {
    return file.resolved().toAbsolutePath().normalize();
  }

  private static void refuseOutside(
      FileRef file, String label, Path caseFolder, Set<Path> allowed) {
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
        label
            + ": is outside the case folder. Move it into the case folder, or name it on the"
            + " command line with --allow-attachment "
            + file.written()
            + " if you mean to include it");
  }
}
