package org.parolekit.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.parolekit.check.StatementCoverage;
import org.parolekit.model.Address;
import org.parolekit.model.CaseFile;
import org.parolekit.model.Commitments;
import org.parolekit.model.ContactKind;
import org.parolekit.model.Detention;
import org.parolekit.model.ImmigrationStatus;
import org.parolekit.model.Language;
import org.parolekit.model.LetterWriter;
import org.parolekit.model.OrganizationLink;
import org.parolekit.model.OrganizationProfile;
import org.parolekit.model.Person;
import org.parolekit.model.Sponsor;
import org.parolekit.model.Statements;
import org.parolekit.model.Supporter;
import org.parolekit.model.Translator;

/**
 * Builds what templates see: plain strings, booleans, lists and hashes, with dates written out and
 * pronoun forms chosen. Templates never see the case-file records themselves.
 */
final class ViewModels {
  private ViewModels() {}

  /** What every template gets: language, date, person, ICE addressee. */
  static Map<String, Object> common(CaseFile c, Language lang, LocalDate date) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("lang", lang.yamlName());
    m.put("date", Wording.date(date, lang));
    m.put("person", person(c.person(), lang));
    m.put("ice", ice(c.person().detention()));
    m.put("preparedBy", preparedBy(c));
    return m;
  }

  private static Map<String, Object> person(Person p, Language lang) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("fullName", p.fullName());
    m.put("givenNames", p.givenNames());
    m.put("familyNames", p.familyNames());
    m.put("aNumber", p.aNumber().formatted());
    m.put("nameOnIceRecords", p.nameOnIceRecords() == null ? "" : p.nameOnIceRecords().fullName());
    m.put("nationality", text(p.nationality()));
    m.put("countryOfBirth", text(p.countryOfBirth()));
    m.put("facility", text(p.detention().facility()));
    m.put("enFacility", Wording.inFacility(text(p.detention().facility()), lang));
    m.putAll(Wording.pronounForms(p.pronouns(), p.givenNames(), lang));
    return m;
  }

  private static Map<String, Object> ice(Detention d) {
    Map<String, Object> m = new LinkedHashMap<>();
    String office = d.fieldOffice().displayName() + " Field Office";
    String officer = text(d.deportationOfficer());
    List<String> lines = new ArrayList<>();
    lines.add("Field Office Director");
    lines.add("U.S. Immigration and Customs Enforcement");
    lines.add("Enforcement and Removal Operations");
    lines.add(office);
    if (!officer.isEmpty()) {
      lines.add("Attn: " + officer + ", Deportation Officer");
    }
    m.put("office", office);
    m.put("officer", officer);
    m.put("addresseeLines", List.copyOf(lines));
    return m;
  }

  private static Map<String, Object> preparedBy(CaseFile c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", text(c.preparedBy().name()));
    m.put("organization", text(c.preparedBy().organization()));
    m.put("role", c.preparedBy().role().yamlName());
    return m;
  }

  /**
   * The writer as the letter presents them. For a writer who writes in Spanish, relationship and
   * occupation appear only when the tool can write them in both languages, so the English
   * translation says exactly what the Spanish letter says; {@code omitted} lists what was left out.
   */
  static Map<String, Object> writer(LetterWriter w, Language lang, List<String> omitted) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", w.name());
    m.put("plainName", Wording.withoutTitle(w.name()));
    m.put("sworn", w.sworn());
    m.put(
        "reachable",
        !text(w.phone()).isEmpty() || !text(w.email()).isEmpty() || w.address() != null);
    List<String> enclosed = new ArrayList<>();
    List<String> canProve = new ArrayList<>();
    if (w instanceof Sponsor sp) {
      Wording.enclosures(sp.documents(), lang, w.language() != Language.EN, enclosed, canProve);
    }
    // A writer's own descriptions may hold commas ("Lease, 2026"): they are listed with semicolons.
    boolean described = w instanceof Sponsor && w.language() == Language.EN;
    m.put("enclosed", described ? String.join("; ", enclosed) : Wording.joined(enclosed, lang));
    m.put("enclosedIsList", described);
    m.put("canProve", Wording.joined(canProve, lang));
    m.put("role", w.roleName());
    List<String> contact = new ArrayList<>();
    if (w.address() != null) {
      contact.addAll(w.address().lines());
    }
    m.put("addressLines", List.copyOf(contact));
    m.put("phone", text(w.phone()));
    m.put("email", text(w.email()));
    List<String> header = new ArrayList<>();
    header.add(w.name());
    header.addAll(contact);
    if (!text(w.phone()).isEmpty()) {
      header.add(w.phone());
    }
    if (!text(w.email()).isEmpty()) {
      header.add(w.email());
    }
    m.put("headerLines", List.copyOf(header));
    m.put("since", Wording.since(w.since(), lang));

    boolean bilingual = w.language() != Language.EN;
    Optional<Wording.Term> rel = Wording.relationshipTerm(w.relationship());
    if (rel.isPresent()) {
      m.put("relationship", lang == Language.ES ? rel.get().es() : rel.get().en());
      m.put("relationshipIsTerm", true);
    } else {
      m.put("relationship", bilingual ? "" : text(w.relationship()));
      // An English writer's one-word relationship reads naturally as "I am Emmanuel's cousin".
      m.put("relationshipIsTerm", !bilingual && text(w.relationship()).matches("[\\p{L}'’-]+"));
      if (bilingual && !text(w.relationship()).isEmpty()) {
        omitted.add("relationship");
      }
    }
    Optional<Wording.Term> occ = Wording.occupationTerm(w.occupation());
    boolean occupationRepeatsRelationship =
        !text(w.occupation()).isEmpty()
            && text(w.occupation()).equalsIgnoreCase(text(w.relationship()));
    boolean occupationIsTerm = false;
    if (occupationRepeatsRelationship) {
      m.put("occupation", "");
    } else if (occ.isPresent()) {
      m.put("occupation", lang == Language.ES ? occ.get().es() : occ.get().en());
      occupationIsTerm = true;
    } else if (bilingual) {
      m.put("occupation", "");
      if (!text(w.occupation()).isEmpty()) {
        omitted.add("occupation");
      }
    } else if (SHORT_NOUN_PHRASE.matcher(text(w.occupation())).matches()) {
      // "registered nurse" reads as "I work as a registered nurse"; longer text stays as written.
      m.put("occupation", withArticle(text(w.occupation())));
      occupationIsTerm = true;
    } else {
      m.put("occupation", text(w.occupation()));
    }
    m.put("occupationIsTerm", occupationIsTerm);
    m.put("statusSentence", statusSentence(w, lang, bilingual));
    if (bilingual && w instanceof Sponsor sp && sp.immigrationStatus() == ImmigrationStatus.OTHER) {
      omitted.add("status");
    }
    return m;
  }

  /** Up to four words of letters, as an occupation is usually named. */
  private static final Pattern SHORT_NOUN_PHRASE =
      Pattern.compile("\\p{L}[\\p{L}'’-]*( [\\p{L}'’-]+){0,3}");

  private static String withArticle(String phrase) {
    String lower = phrase.toLowerCase(Locale.ROOT);
    if (lower.startsWith("a ") || lower.startsWith("an ") || lower.startsWith("the ")) {
      return phrase;
    }
    return ("aeiou".indexOf(lower.charAt(0)) >= 0 ? "an " : "a ") + phrase;
  }

  private static String statusSentence(LetterWriter w, Language lang, boolean bilingual) {
    if (w instanceof Sponsor) {
      Sponsor s = (Sponsor) w;
      return Wording.statusSentence(s.immigrationStatus(), s.statusDetail(), lang, bilingual);
    }
    Supporter s = (Supporter) w;
    return Wording.statusSentence(s.immigrationStatus(), null, lang, bilingual);
  }

  /**
   * What the writer's own words (in the language they write in) already say, so the letter adds
   * each fact only where they do not: relationship, since when, occupation, employer, status, each
   * commitment, the address. The same answer serves the letter and its translation, so the
   * translation says exactly what the original says.
   */
  static Map<String, Object> covers(LetterWriter w, StatementCoverage coverage) {
    Statements st = w.statements();
    String words =
        st == null
            ? ""
            : String.join(
                "\n",
                text(st.relationship()),
                text(st.appearance()),
                text(st.character()),
                text(st.more()));
    Set<StatementCoverage.Fact> f = coverage.covered(words);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("relationship", f.contains(StatementCoverage.Fact.RELATIONSHIP));
    m.put("since", f.contains(StatementCoverage.Fact.ACQUAINTANCE));
    m.put("housing", f.contains(StatementCoverage.Fact.HOUSING));
    m.put("financialSupport", f.contains(StatementCoverage.Fact.FINANCIAL_SUPPORT));
    m.put("transport", f.contains(StatementCoverage.Fact.TRANSPORT));
    m.put("ensureAppearance", f.contains(StatementCoverage.Fact.APPEARANCE));
    m.put("status", f.contains(StatementCoverage.Fact.STATUS));
    m.put("occupation", coverage.mentions(words, w.occupation()));
    boolean destination = false;
    boolean employer = false;
    if (w instanceof Sponsor sp) {
      destination = coverage.mentionsAddress(words, sp.destination().street());
      employer = coverage.mentions(words, sp.employer());
    }
    m.put("destination", destination);
    m.put("employer", employer);
    return m;
  }

  /** The writer's own words, one entry per part, empty strings for parts left blank. */
  static Map<String, Object> statements(Statements s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("relationship", s == null ? "" : text(s.relationship()));
    m.put("appearance", s == null ? "" : text(s.appearance()));
    m.put("character", s == null ? "" : text(s.character()));
    m.put("more", s == null ? "" : text(s.more()));
    m.put("any", s != null && s.hasAny());
    return m;
  }

  static Map<String, Object> sponsor(Sponsor s, Language lang) {
    Map<String, Object> m = new LinkedHashMap<>();
    Commitments c = s.commitments();
    m.put("employer", text(s.employer()));
    m.put(
        "income", s.monthlyIncome() == null ? "" : Wording.monthlyIncome(s.monthlyIncome(), lang));
    m.put("housing", c != null && c.housing());
    m.put("financialSupport", c != null && c.financialSupport());
    m.put("transport", c != null && c.transportToHearings());
    m.put("ensureAppearance", c != null && c.ensureAppearance());
    m.put(
        "anyCommitment",
        c != null
            && (c.housing()
                || c.financialSupport()
                || c.transportToHearings()
                || c.ensureAppearance()));
    Address dest = s.destination();
    m.put("destinationLines", dest.lines());
    m.put("livesWithSponsor", s.personWillLiveAt() == null);
    return m;
  }

  static Map<String, Object> translation(boolean isTranslation, Language original) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("isTranslation", isTranslation);
    m.put("originalLanguage", original == Language.ES ? "Spanish" : "English");
    return m;
  }

  static Map<String, Object> translator(Translator t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", t.name());
    m.put("addressLines", t.address() == null ? List.of() : t.address().lines());
    m.put("phone", text(t.phone()));
    return m;
  }

  static Map<String, Object> organization(
      OrganizationProfile o, OrganizationLink link, Optional<Sponsor> sponsor, Language lang) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", o.name());
    m.put("addressLines", o.address().lines());
    m.put("phone", text(o.phone()));
    m.put("email", text(o.email()));
    m.put("website", text(o.website()));
    m.put("affiliation", text(lang == Language.ES ? o.affiliationEs() : o.affiliation()));
    m.put("description", o.description().in(lang));
    m.put("support", o.support() == null ? "" : o.support().in(lang));
    m.put("signerName", o.signer().name());
    m.put("signerTitle", lang == Language.ES ? text(o.signer().titleEs()) : o.signer().title());
    m.put("hasLogo", o.logo() != null);
    m.put("contact", link.contact().yamlName());
    m.put(
        "visits",
        link.contact() == ContactKind.VISITS || link.contact() == ContactKind.VISITS_AND_LETTERS);
    m.put(
        "letters",
        link.contact() == ContactKind.LETTERS || link.contact() == ContactKind.VISITS_AND_LETTERS);
    m.put("phoneCalls", link.contact() == ContactKind.PHONE_CALLS);
    m.put("since", Wording.since(link.since(), lang));
    m.put("volunteer", text(link.volunteer()));
    m.put("frequency", link.frequency() == null ? "" : Wording.frequency(link.frequency(), lang));
    m.put(
        "observation",
        link.observation() == null
            ? ""
            : lang == Language.ES ? text(link.observation().es()) : text(link.observation().en()));
    m.put(
        "destinationCity",
        sponsor.map(s -> s.destination().city() + ", " + s.destination().state()).orElse(""));
    return m;
  }

  private static String text(String s) {
    return s == null ? "" : s.strip();
  }
}
