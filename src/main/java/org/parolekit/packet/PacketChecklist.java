package org.parolekit.packet;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parolekit.check.Severity;
import org.parolekit.model.CaseFile;
import org.parolekit.model.Criterion;
import org.parolekit.model.DocumentLocation;
import org.parolekit.model.IdentityDocument;
import org.parolekit.model.Language;
import org.parolekit.model.SponsorDocument;
import org.parolekit.model.SponsorDocumentKind;
import org.parolekit.validate.CaseFinding;

/**
 * What the packet holds for each criterion, in three lists that never overlap: what is in this
 * packet (with its page), what exists but is elsewhere (a passport ICE holds, a birth certificate
 * the sponsor keeps), and what is still missing.
 *
 * @param metBy for each criterion, the packet titles of the letters that fully show it, one per
 *     writer
 */
record PacketChecklist(
    CaseFile c,
    List<PacketAttachments.Part> attachments,
    Map<Criterion, List<String>> metBy,
    List<CaseFinding> structural) {

  /** Case findings the packet names in the person's language, by code. */
  private static final List<String> NAMED_FINDINGS =
      List.of(
          "no-sponsor", "sponsor-po-box", "destination-po-box", "missing-translation", "no-words");

  private static final List<SponsorDocumentKind> SPONSOR_PROOFS =
      List.of(
          SponsorDocumentKind.ID,
          SponsorDocumentKind.PROOF_OF_STATUS,
          SponsorDocumentKind.PROOF_OF_ADDRESS);

  PacketChecklist {
    attachments = List.copyOf(attachments);
    metBy = Map.copyOf(metBy);
    structural = List.copyOf(structural);
  }

  /** The template model: one entry per criterion, then the letters' own problems if any. */
  List<Map<String, Object>> model(PacketText t, Map<String, Integer> starts) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (Criterion criterion : Criterion.values()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", t.get("criterion." + criterion.yamlName()));
      List<Map<String, Object>> in = new ArrayList<>();
      for (String title : metBy.getOrDefault(criterion, List.of())) {
        in.add(item(title, page(starts, title)));
      }
      for (PacketAttachments.Part a : attachments) {
        if (a.supports().contains(criterion)) {
          in.add(item(a.title(), page(starts, a.title())));
        }
      }
      m.put("letters", false);
      m.put("inPacket", in);
      m.put("elsewhere", elsewhere(criterion, t));
      m.put("missing", missingFor(criterion, t));
      list.add(m);
    }
    List<String> problems = letterProblems(t);
    if (!problems.isEmpty()) {
      Map<String, Object> letters = new LinkedHashMap<>();
      letters.put("name", t.get("section.letters"));
      letters.put("letters", true);
      letters.put("inPacket", List.of());
      letters.put("elsewhere", List.of());
      letters.put("missing", problems);
      list.add(letters);
    }
    return list;
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

  /** Documents that exist but are not in this packet: identity documents kept elsewhere. */
  List<String> elsewhere(Criterion criterion, PacketText t) {
    List<String> list = new ArrayList<>();
    if (criterion == Criterion.IDENTITY) {
      for (IdentityDocument d : c.person().identityDocuments()) {
        if (d.location() != DocumentLocation.COPY_ATTACHED) {
          list.add(
              t.get(
                  "item.identity-document",
                  document(d, t),
                  t.get("document." + d.location().yamlName())));
        }
      }
    }
    return list;
  }

  List<String> missingFor(Criterion criterion, PacketText t) {
    List<String> missing = new ArrayList<>();
    switch (criterion) {
      case IDENTITY -> {
        List<IdentityDocument> documents = c.person().identityDocuments();
        boolean copyInPacket =
            attachments.stream().anyMatch(a -> a.supports().contains(Criterion.IDENTITY));
        if (documents.isEmpty()) {
          missing.add(t.get("missing.identity-document"));
        } else if (!copyInPacket) {
          documents.stream()
              .filter(d -> d.location() == DocumentLocation.COPY_ATTACHED)
              .forEach(d -> missing.add(t.get("missing.identity-copy-named", document(d, t))));
          boolean iceHasOne =
              documents.stream().anyMatch(d -> d.location() == DocumentLocation.WITH_ICE);
          boolean listed =
              documents.stream().anyMatch(d -> d.location() == DocumentLocation.COPY_ATTACHED);
          if (!iceHasOne && !listed) {
            missing.add(t.get("missing.identity-copy"));
          }
        }
      }
      case FLIGHT_RISK -> {
        if (c.sponsor() == null) {
          missing.add(t.get("missing.sponsor"));
        } else {
          Set<SponsorDocumentKind> inPacket = EnumSet.noneOf(SponsorDocumentKind.class);
          attachments.stream()
              .filter(a -> a.sponsorKind() != null)
              .forEach(a -> inPacket.add(a.sponsorKind()));
          for (SponsorDocumentKind kind : SPONSOR_PROOFS) {
            if (inPacket.contains(kind)) {
              continue;
            }
            Optional<SponsorDocument> kept =
                c.sponsor().documents().stream().filter(d -> d.kind() == kind).findFirst();
            missing.add(
                kept.isPresent()
                    ? t.get(
                        "missing.sponsor-copy." + kind.yamlName(),
                        kept.get()
                            .spanishDescription()
                            .filter(x -> t.language() == Language.ES)
                            .orElse(kept.get().description())
                            .replaceAll("\\s*\\((?i:copy|copia)\\)\\s*$", ""))
                    : t.get("missing.sponsor-" + kind.yamlName()));
          }
        }
      }
      case DANGER -> {}
    }
    if (metBy.getOrDefault(criterion, List.of()).isEmpty()) {
      missing.add(t.get("missing.letter-criterion"));
    }
    return missing;
  }

  /** The case's own problems with its letters and sponsor, worded for the person. */
  List<String> letterProblems(PacketText t) {
    List<String> problems = new ArrayList<>();
    for (CaseFinding f : structural) {
      if (f.severity() == Severity.ERROR && NAMED_FINDINGS.contains(f.code())) {
        String text = t.get("finding." + f.code());
        if (!problems.contains(text)) {
          problems.add(text);
        }
      }
    }
    return problems;
  }

  private static String document(IdentityDocument d, PacketText t) {
    return t.get(
        "item.identity-document-name",
        t.get("document." + d.type().yamlName()),
        d.issuingCountry());
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
}
