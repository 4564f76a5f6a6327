package org.parolekit.validate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parolekit.check.Severity;
import org.parolekit.core.MessageBundle;
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
 * read. Findings never quote A-numbers, birth dates or addresses. Their messages and hints come
 * from {@code Messages.properties} beside this class, in the language asked for; codes and field
 * paths are the same in every language. Immutable.
 */
public final class CaseValidator {
  private final MessageBundle messages;

  /** Findings in English. */
  public CaseValidator() {
    this(Language.EN);
  }

  /** Findings whose messages and hints are in {@code language}. */
  public CaseValidator(Language language) {
    this.messages = new MessageBundle("org.parolekit.validate.Messages", language.locale());
  }

  /** Every finding for {@code loaded}, errors first, in case-file order. */
  public List<CaseFinding> validate(LoadedCase loaded) {
    CaseFile c = loaded.caseFile();
    List<CaseFinding> findings = new ArrayList<>();
    checkIdentity(c, findings);
    checkNames(c, findings);
    if (c.sponsor() == null) {
      findings.add(finding(Severity.ERROR, "no-sponsor", "sponsor", "no-sponsor"));
    } else {
      checkSponsor(c.sponsor(), findings);
      checkWriter(c.sponsor(), "sponsor", findings);
    }
    for (int i = 0; i < c.supporters().size(); i++) {
      checkWriter(c.supporters().get(i), "supporters[" + i + "]", findings);
    }
    if (c.supporters().isEmpty()) {
      findings.add(finding(Severity.WARNING, "no-supporters", "supporters", "no-supporters"));
    }
    checkAttachments(c, findings);
    findings.sort((a, b) -> a.severity().compareTo(b.severity()));
    return List.copyOf(findings);
  }

  private void checkNames(CaseFile c, List<CaseFinding> findings) {
    checkName(c.person().givenNames(), "person.givenNames", findings);
    checkName(c.person().familyNames(), "person.familyNames", findings);
    if (c.person().nameOnIceRecords() != null) {
      checkName(
          c.person().nameOnIceRecords().givenNames(),
          "person.nameOnIceRecords.givenNames",
          findings);
      checkName(
          c.person().nameOnIceRecords().familyNames(),
          "person.nameOnIceRecords.familyNames",
          findings);
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
        checkName(
            writers.get(i).translation().translator().name(),
            paths.get(i) + ".translation.translator.name",
            findings);
      }
    }
    checkName(c.preparedBy().name(), "preparedBy.name", findings);
  }

  private void checkName(String name, String path, List<CaseFinding> findings) {
    List<NameCharacters.Odd> odd = name == null ? List.of() : NameCharacters.oddities(name);
    if (!odd.isEmpty()) {
      String described = String.join("; ", odd.stream().map(this::describe).toList());
      findings.add(
          finding(Severity.WARNING, "name-characters", path, "name-characters", described));
    }
  }

  /** One odd character: its code point and Unicode name, and why it is odd. */
  private String describe(NameCharacters.Odd odd) {
    String kind = "odd." + odd.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
    return messages.get(kind, odd.character(), odd.wordScript().map(this::scriptName).orElse(""));
  }

  /**
   * An alphabet as the bundle names it, or as Unicode does ("Old italic") when it has no name
   * there.
   */
  private String scriptName(Character.UnicodeScript script) {
    String key = "script." + script.name();
    if (messages.has(key)) {
      return messages.get(key);
    }
    String s = script.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private void checkIdentity(CaseFile c, List<CaseFinding> findings) {
    if (c.person().identityDocuments().isEmpty()) {
      findings.add(
          finding(
              Severity.WARNING,
              "no-identity-document",
              "person.identityDocuments",
              "no-identity-document"));
    }
  }

  private void checkSponsor(Sponsor s, List<CaseFinding> findings) {
    if (s.address().isPostOfficeBox()) {
      findings.add(finding(Severity.ERROR, "sponsor-po-box", "sponsor.address", "sponsor-po-box"));
    }
    if (s.personWillLiveAt() != null && s.personWillLiveAt().isPostOfficeBox()) {
      findings.add(
          finding(
              Severity.ERROR,
              "destination-po-box",
              "sponsor.personWillLiveAt",
              "destination-po-box"));
    }
    Commitments k = s.commitments();
    missingCommitment(k.housing(), "housing", findings);
    missingCommitment(k.financialSupport(), "financialSupport", findings);
    missingCommitment(k.transportToHearings(), "transportToHearings", findings);
    missingCommitment(k.ensureAppearance(), "ensureAppearance", findings);
    Set<SponsorDocumentKind> kinds = EnumSet.noneOf(SponsorDocumentKind.class);
    s.documents().forEach(d -> kinds.add(d.kind()));
    missingDocument(kinds, SponsorDocumentKind.ID, findings);
    missingDocument(kinds, SponsorDocumentKind.PROOF_OF_STATUS, findings);
    missingDocument(kinds, SponsorDocumentKind.PROOF_OF_ADDRESS, findings);
  }

  private void missingCommitment(boolean given, String key, List<CaseFinding> findings) {
    if (!given) {
      findings.add(
          new CaseFinding(
              Severity.WARNING,
              "sponsor-no-" + key.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT),
              "sponsor.commitments." + key,
              messages.get("commitment." + key),
              messages.get("commitment.hint", key)));
    }
  }

  private void missingDocument(
      Set<SponsorDocumentKind> kinds, SponsorDocumentKind kind, List<CaseFinding> findings) {
    if (!kinds.contains(kind)) {
      findings.add(
          finding(
              Severity.WARNING,
              "sponsor-missing-" + kind.yamlName(),
              "sponsor.documents",
              "document." + kind.yamlName()));
    }
  }

  private void checkWriter(LetterWriter w, String path, List<CaseFinding> findings) {
    if (blank(w.phone()) && blank(w.email()) && w.address() == null) {
      findings.add(
          writerFinding(Severity.WARNING, "writer-no-contact", path, "writer-no-contact", w));
    }
    boolean hasWords = w.wroteWholeLetter() || (w.statements() != null && w.statements().hasAny());
    if (!hasWords) {
      findings.add(writerFinding(Severity.ERROR, "no-words", path + ".statements", "no-words", w));
      return;
    }
    if (w.language() != Language.EN) {
      checkTranslation(w, path, findings);
    }
  }

  private void checkTranslation(LetterWriter w, String path, List<CaseFinding> findings) {
    if (w.translation() == null) {
      findings.add(
          writerFinding(
              Severity.ERROR, "missing-translation", path + ".translation", "no-translation", w));
      return;
    }
    if (w.wroteWholeLetter() && w.translation().letterFile() == null) {
      findings.add(
          writerFinding(
              Severity.ERROR,
              "missing-translation",
              path + ".translation.letterFile",
              "no-letter-translation",
              w));
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
  private void checkCurrent(LetterWriter w, String path, List<CaseFinding> findings) {
    TranslationDigest.Currency currency = TranslationDigest.currency(w);
    String now = currency.fingerprint();
    if (currency.state() == TranslationDigest.Currency.State.NOT_KNOWN
        || currency.state() == TranslationDigest.Currency.State.CURRENT) {
      return;
    }
    if (currency.state() == TranslationDigest.Currency.State.UNCHECKED) {
      findings.add(
          writerFinding(
              Severity.WARNING,
              "translation-unchecked",
              path + ".translation.translates",
              "translation-unchecked",
              w,
              firstName(w),
              now));
    } else {
      findings.add(
          writerFinding(
              Severity.ERROR,
              "translation-out-of-date",
              path + ".translation.translates",
              "translation-out-of-date",
              w,
              firstName(w),
              now));
    }
  }

  private static String firstName(LetterWriter w) {
    String name = w.name().strip();
    int space = name.indexOf(' ');
    return space < 0 ? name : name.substring(0, space);
  }

  private void checkPart(
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
          writerFinding(
              Severity.ERROR,
              "missing-translation",
              path + ".translation." + part,
              "part-not-translated",
              w,
              part));
    } else if (!hasOriginal && hasEnglish) {
      findings.add(
          writerFinding(
              Severity.WARNING,
              "translation-without-original",
              path + ".statements." + part,
              "translation-without-original",
              w,
              part));
    }
  }

  private void checkAttachments(CaseFile c, List<CaseFinding> findings) {
    Set<Criterion> covered = EnumSet.noneOf(Criterion.class);
    c.attachments().forEach(a -> covered.addAll(a.supports()));
    if (!covered.contains(Criterion.IDENTITY) && c.person().identityDocuments().isEmpty()) {
      findings.add(
          finding(Severity.WARNING, "no-identity-evidence", "attachments", "no-identity-evidence"));
    }
  }

  /**
   * A finding whose message is {@code key} and whose hint is {@code key.hint}, both with {@code
   * args}.
   */
  private CaseFinding finding(
      Severity severity, String code, String fieldPath, String key, Object... args) {
    return new CaseFinding(
        severity, code, fieldPath, messages.get(key, args), messages.get(key + ".hint", args));
  }

  /**
   * A finding about one writer: its message is {@code key.sponsor}, or {@code key.supporter} with
   * the supporter's name as {0}; its hint is {@code key.hint}; {@code more} fill {1}, {2}...
   */
  private CaseFinding writerFinding(
      Severity severity,
      String code,
      String fieldPath,
      String key,
      LetterWriter w,
      Object... more) {
    Object[] args = new Object[more.length + 1];
    args[0] = w.name();
    System.arraycopy(more, 0, args, 1, more.length);
    String form = w instanceof Supporter ? ".supporter" : ".sponsor";
    return new CaseFinding(
        severity,
        code,
        fieldPath,
        messages.get(key + form, args),
        messages.get(key + ".hint", args));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
