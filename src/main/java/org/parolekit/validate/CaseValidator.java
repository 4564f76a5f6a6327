package org.parolekit.validate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.parolekit.load.LoadedCase;
import org.parolekit.model.CaseFile;
import org.parolekit.model.Commitments;
import org.parolekit.model.Criterion;
import org.parolekit.model.Language;
import org.parolekit.model.LetterWriter;
import org.parolekit.model.NameCharacters;
import org.parolekit.model.Sponsor;
import org.parolekit.model.SponsorDocumentKind;
import org.parolekit.model.Supporter;

/**
 * Structural checks of a loaded case: what is missing for the three criteria before any letter is
 * read. Findings never quote A-numbers, birth dates or addresses.
 */
public final class CaseValidator {

  /** Every finding for {@code loaded}, errors first, in case-file order. */
  public List<CaseFinding> validate(LoadedCase loaded) {
    CaseFile c = loaded.caseFile();
    List<CaseFinding> findings = new ArrayList<>();
    checkIdentity(c, findings);
    checkNames(c, findings);
    if (c.sponsor() == null) {
      findings.add(
          CaseFinding.error(
              "no-sponsor",
              "sponsor",
              "the case names no sponsor",
              "add a sponsor section: the person who offers housing and support and will take"
                  + " the person to every hearing"));
    } else {
      checkSponsor(c.sponsor(), findings);
      checkWriter(c.sponsor(), "sponsor", findings);
    }
    for (int i = 0; i < c.supporters().size(); i++) {
      checkWriter(c.supporters().get(i), "supporters[" + i + "]", findings);
    }
    if (c.supporters().isEmpty()) {
      findings.add(
          CaseFinding.warning(
              "no-supporters",
              "supporters",
              "the case has no letters of support besides the sponsor's",
              "ask family, friends, a pastor or an employer who know the person to write"));
    }
    checkAttachments(c, findings);
    findings.sort((a, b) -> a.severity().compareTo(b.severity()));
    return List.copyOf(findings);
  }

  private static void checkNames(CaseFile c, List<CaseFinding> findings) {
    checkName(c.person().givenNames(), "person.givenNames", findings);
    checkName(c.person().familyNames(), "person.familyNames", findings);
    if (c.person().nameOnIceRecords() != null) {
      checkName(c.person().nameOnIceRecords().givenNames(), "person.nameOnIceRecords.givenNames", findings);
      checkName(c.person().nameOnIceRecords().familyNames(), "person.nameOnIceRecords.familyNames", findings);
    }
    List<LetterWriter> writers = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    if (c.sponsor() != null) {
      writers.add(c.sponsor());
      paths.add("sponsor");
    }
    for (int i = 0; i < c.supporters().size(); i++) {
      writers.add(c.supporters().get(i));
      paths.add("supporters[" + i + "]");
    }
    for (int i = 0; i < writers.size(); i++) {
      checkName(writers.get(i).name(), paths.get(i) + ".name", findings);
      if (writers.get(i).translation() != null) {
        checkName(writers.get(i).translation().translator().name(),
            paths.get(i) + ".translation.translator.name", findings);
      }
    }
    checkName(c.preparedBy().name(), "preparedBy.name", findings);
  }

  private static void checkName(String name, String path, List<CaseFinding> findings) {
    List<String> odd = name == null ? List.of() : NameCharacters.suspicious(name);
    if (!odd.isEmpty()) {
      findings.add(
          CaseFinding.warning(
              "name-characters",
              path,
              "the name holds characters that look like something else: " + String.join("; ", odd),
              "type the name again with an ordinary keyboard (a pasted name can carry them);"
                  + " keep them only if the person writes the name so"));
    }
  }

  private static void checkIdentity(CaseFile c, List<CaseFinding> findings) {
    if (c.person().identityDocuments().isEmpty()) {
      findings.add(
          CaseFinding.warning(
              "no-identity-document",
              "person.identityDocuments",
              "no identity document is listed",
              "list the person's passport, national ID or birth certificate and where it is;"
                  + " without one, letters from people who know the person carry identity"));
    }
  }

  private static void checkSponsor(Sponsor s, List<CaseFinding> findings) {
    if (s.address().isPostOfficeBox()) {
      findings.add(
          CaseFinding.error(
              "sponsor-po-box",
              "sponsor.address",
              "the sponsor's address is a PO box",
              "give the street address where the sponsor lives; ICE needs a fixed residence"));
    }
    if (s.personWillLiveAt() != null && s.personWillLiveAt().isPostOfficeBox()) {
      findings.add(
          CaseFinding.error(
              "destination-po-box",
              "sponsor.personWillLiveAt",
              "the address where the person will live is a PO box",
              "give the street address where the person will live"));
    }
    Commitments k = s.commitments();
    missingCommitment(k.housing(), "housing", "housing", findings);
    missingCommitment(k.financialSupport(), "financialSupport", "financial support", findings);
    missingCommitment(
        k.transportToHearings(), "transportToHearings", "transport to every hearing", findings);
    missingCommitment(
        k.ensureAppearance(), "ensureAppearance", "making sure the person attends", findings);
    Set<SponsorDocumentKind> kinds = EnumSet.noneOf(SponsorDocumentKind.class);
    s.documents().forEach(d -> kinds.add(d.kind()));
    missingDocument(kinds, SponsorDocumentKind.ID, "copy of the sponsor's ID", findings);
    missingDocument(
        kinds,
        SponsorDocumentKind.PROOF_OF_STATUS,
        "proof of the sponsor's immigration status (passport, green card, naturalization"
            + " certificate)",
        findings);
    missingDocument(
        kinds,
        SponsorDocumentKind.PROOF_OF_ADDRESS,
        "proof of the sponsor's address (lease, utility bill)",
        findings);
  }

  private static void missingCommitment(
      boolean given, String key, String what, List<CaseFinding> findings) {
    if (!given) {
      findings.add(
          CaseFinding.warning(
              "sponsor-no-" + key.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT),
              "sponsor.commitments." + key,
              "the sponsor does not commit to " + what,
              "if the sponsor can, set " + key + ": true; otherwise explain in the letter who"
                  + " will provide it"));
    }
  }

  private static void missingDocument(
      Set<SponsorDocumentKind> kinds,
      SponsorDocumentKind kind,
      String what,
      List<CaseFinding> findings) {
    if (!kinds.contains(kind)) {
      findings.add(
          CaseFinding.warning(
              "sponsor-missing-" + kind.yamlName(),
              "sponsor.documents",
              "the sponsor attaches no " + what.replaceFirst(" \\(.*", ""),
              "add " + what + " under sponsor.documents"));
    }
  }

  private static void checkWriter(LetterWriter w, String path, List<CaseFinding> findings) {
    if (blank(w.phone()) && blank(w.email()) && w.address() == null) {
      findings.add(
          CaseFinding.warning(
              "writer-no-contact",
              path,
              writerLabel(w) + " gives no way to reach them",
              "add the writer's phone, email or address: an officer who wants to confirm the letter"
                  + " needs to reach its writer"));
    }
    boolean hasWords = w.wroteWholeLetter() || (w.statements() != null && w.statements().hasAny());
    if (!hasWords) {
      findings.add(
          CaseFinding.error(
              "no-words",
              path + ".statements",
              writerLabel(w) + " has no statements and no letter file",
              "add the writer's own words under statements (relationship, appearance,"
                  + " character) or give letterFile"));
      return;
    }
    if (w.language() != Language.EN) {
      checkTranslation(w, path, findings);
    }
  }

  private static void checkTranslation(LetterWriter w, String path, List<CaseFinding> findings) {
    if (w.translation() == null) {
      findings.add(
          CaseFinding.error(
              "missing-translation",
              path + ".translation",
              writerLabel(w) + " writes in Spanish and the case has no English translation",
              "ask a person who reads both languages to translate the letter and add it under"
                  + " translation, with the translator's name for the certificate of translation"));
      return;
    }
    if (w.wroteWholeLetter() && w.translation().letterFile() == null) {
      findings.add(
          CaseFinding.error(
              "missing-translation",
              path + ".translation.letterFile",
              writerLabel(w) + " wrote a whole letter in Spanish and it has no English translation",
              "add translation.letterFile with the English text"));
    }
    checkCurrent(w, path, findings);
    if (!w.wroteWholeLetter() && w.statements() != null) {
      var original = w.statements();
      var english = w.translation().statements();
      checkPart(original.relationship(), english.relationship(), w, path, "relationship", findings);
      checkPart(original.appearance(), english.appearance(), w, path, "appearance", findings);
      checkPart(original.character(), english.character(), w, path, "character", findings);
      checkPart(original.more(), english.more(), w, path, "more", findings);
    }
  }

  /** Whether the translation was made from what the writer says now. */
  private static void checkCurrent(LetterWriter w, String path, List<CaseFinding> findings) {
    TranslationDigest.Currency currency = TranslationDigest.currency(w);
    String now = currency.fingerprint();
    if (currency.state() == TranslationDigest.Currency.State.NOT_KNOWN
        || currency.state() == TranslationDigest.Currency.State.CURRENT) {
      return;
    }
    if (currency.state() == TranslationDigest.Currency.State.UNCHECKED) {
      findings.add(
          CaseFinding.warning(
              "translation-unchecked",
              path + ".translation.translates",
              writerLabel(w) + "'s translation does not say which version of the original it translates",
              "once the translator has checked that it matches what " + firstName(w) + " wrote, add"
                  + " translates: " + now + " under translation; parolekit then tells you when the"
                  + " original changes"));
    } else {
      findings.add(
          CaseFinding.error(
              "translation-out-of-date",
              path + ".translation.translates",
              writerLabel(w) + "'s words changed after they were translated: the English translation for"
                  + " ICE no longer says what " + firstName(w) + " wrote",
              "ask the translator to bring the translation up to date, then write translates: " + now
                  + " under translation"));
    }
  }

  private static String firstName(LetterWriter w) {
    String name = w.name().strip();
    int space = name.indexOf(' ');
    return space < 0 ? name : name.substring(0, space);
  }

  private static void checkPart(
      String original,
      String english,
      LetterWriter w,
      String path,
      String part,
      List<CaseFinding> findings) {
    boolean hasOriginal = original != null && !original.isBlank();
    boolean hasEnglish = english != null && !english.isBlank();
    if (hasOriginal && !hasEnglish) {
      findings.add(
          CaseFinding.error(
              "missing-translation",
              path + ".translation." + part,
              writerLabel(w) + "'s statement \"" + part + "\" has no English translation",
              "add translation." + part + " with the English text"));
    } else if (!hasOriginal && hasEnglish) {
      findings.add(
          CaseFinding.warning(
              "translation-without-original",
              path + ".statements." + part,
              writerLabel(w) + " has an English \"" + part + "\" but no original",
              "add statements." + part + " in the writer's own words, or remove the translation"));
    }
  }

  private static void checkAttachments(CaseFile c, List<CaseFinding> findings) {
    Set<Criterion> covered = EnumSet.noneOf(Criterion.class);
    c.attachments().forEach(a -> covered.addAll(a.supports()));
    if (!covered.contains(Criterion.IDENTITY) && c.person().identityDocuments().isEmpty()) {
      findings.add(
          CaseFinding.warning(
              "no-identity-evidence",
              "attachments",
              "nothing attached supports the person's identity",
              "attach a copy of an identity document, or sworn statements from people who"
                  + " know the person"));
    }
  }

  private static String writerLabel(LetterWriter w) {
    return w instanceof Supporter s ? "supporter " + s.name() : "the sponsor";
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
