package org.parolekit.render;

import java.time.LocalDate;
import java.time.Month;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parolekit.model.ContactFrequency;
import org.parolekit.model.ImmigrationStatus;
import org.parolekit.model.Language;
import org.parolekit.model.PartialDate;
import org.parolekit.model.Pronouns;
import org.parolekit.model.SponsorDocument;
import org.parolekit.model.SponsorDocumentKind;

/**
 * The words the templates need already written out per language: dates, pronoun forms that agree
 * with the person, immigration status, and the few relationship and occupation words the tool can
 * put in both languages. Free text it cannot put in both stays out of both versions, so a
 * translation always matches its original.
 */
final class Wording {
  private static final String[] EN_MONTHS = {
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December"
  };
  private static final String[] ES_MONTHS = {
    "enero", "febrero", "marzo", "abril", "mayo", "junio",
    "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"
  };

  /** A word the tool can write in both languages: English, and Spanish with its article. */
  record Term(String en, String es) {}

  private static final Map<String, Term> RELATIONSHIPS = relationships();
  private static final Map<String, Term> OCCUPATIONS = occupations();

  private static Map<String, Term> relationships() {
    Map<String, Term> r = new LinkedHashMap<>();
    // English words listed here are unambiguous in Spanish; "cousin" or "friend" are not
    // (prima/primo, amiga/amigo) and are understood only when written in Spanish.
    relationship(r, "la madre", "mother", "madre", "mamá");
    relationship(r, "el padre", "father", "padre", "papá");
    relationship(r, "la hermana", "sister", "hermana");
    relationship(r, "el hermano", "brother", "hermano");
    relationship(r, "la tía", "aunt", "tía");
    relationship(r, "el tío", "uncle", "tío");
    relationship(r, "la abuela", "grandmother", "abuela");
    relationship(r, "el abuelo", "grandfather", "abuelo");
    relationship(r, "la hija", "daughter", "hija");
    relationship(r, "el hijo", "son", "hijo");
    relationship(r, "la esposa", "wife", "esposa");
    relationship(r, "el esposo", "husband", "esposo");
    relationship(r, "la sobrina", "niece", "sobrina");
    relationship(r, "el sobrino", "nephew", "sobrino");
    relationship(r, "la suegra", "mother-in-law", "suegra");
    relationship(r, "el suegro", "father-in-law", "suegro");
    relationship(r, "la cuñada", "sister-in-law", "cuñada");
    relationship(r, "el cuñado", "brother-in-law", "cuñado");
    relationship(r, "la madrina", "godmother", "madrina");
    relationship(r, "el padrino", "godfather", "padrino");
    r.put("prima", new Term("cousin", "prima"));
    r.put("primo", new Term("cousin", "primo"));
    r.put("amiga", new Term("friend", "amiga"));
    r.put("amigo", new Term("friend", "amigo"));
    r.put("vecina", new Term("neighbor", "vecina"));
    r.put("vecino", new Term("neighbor", "vecino"));
    r.put("pastor", new Term("pastor", "el pastor"));
    r.put("pastora", new Term("pastor", "la pastora"));
    return Map.copyOf(r);
  }

  private static Map<String, Term> occupations() {
    Map<String, Term> o = new LinkedHashMap<>();

    o.put("costurera", new Term("a seamstress", "costurera"));
    o.put("seamstress", new Term("a seamstress", "costurera"));
    o.put("enfermera", new Term("a nurse", "enfermera"));
    o.put("enfermero", new Term("a nurse", "enfermero"));
    o.put("maestra", new Term("a teacher", "maestra"));
    o.put("maestro", new Term("a teacher", "maestro"));
    o.put("cocinera", new Term("a cook", "cocinera"));
    o.put("cocinero", new Term("a cook", "cocinero"));
    o.put("pastor", new Term("a pastor", "pastor"));
    o.put("pastora", new Term("a pastor", "pastora"));
    o.put("estudiante", new Term("a student", "estudiante"));
    o.put("student", new Term("a student", "estudiante"));
    o.put("comerciante", new Term("a merchant", "comerciante"));
    o.put("albañil", new Term("a bricklayer", "albañil"));
    o.put("bricklayer", new Term("a bricklayer", "albañil"));
    o.put("agricultora", new Term("a farmer", "agricultora"));
    o.put("agricultor", new Term("a farmer", "agricultor"));
    o.put("ama de casa", new Term("a homemaker", "ama de casa"));
    o.put("homemaker", new Term("a homemaker", "ama de casa"));
    return Map.copyOf(o);
  }

  private static void relationship(Map<String, Term> r, String es, String en, String... keys) {
    Term term = new Term(en, es);
    r.put(en, term);
    for (String key : keys) {
      r.put(key, term);
    }
  }

  private Wording() {}

  /** "November 27, 2026" or "27 de noviembre de 2026". */
  static String date(LocalDate date, Language language) {
    int m = date.getMonthValue() - 1;
    return language == Language.ES
        ? date.getDayOfMonth() + " de " + ES_MONTHS[m] + " de " + date.getYear()
        : EN_MONTHS[m] + " " + date.getDayOfMonth() + ", " + date.getYear();
  }

  /** "since 1994", "since March 2015", "desde el 14 de marzo de 2015". */
  static String since(PartialDate since, Language language) {
    if (language == Language.ES) {
      if (since.hasDay()) {
        return "desde el " + date(since.earliestDay(), language);
      }
      return since.hasMonth()
          ? "desde " + ES_MONTHS[since.month() - 1] + " de " + since.year()
          : "desde " + since.year();
    }
    if (since.hasDay()) {
      return "since " + date(since.earliestDay(), language);
    }
    return since.hasMonth()
        ? "since " + EN_MONTHS[since.month() - 1] + " " + since.year()
        : "since " + since.year();
  }

  /** The English month name, for PDF metadata. */
  static String monthName(Month month) {
    return EN_MONTHS[month.ordinal()];
  }

  /** A relationship word the tool can write in both languages. */
  static Optional<Term> relationshipTerm(String text) {
    return lookup(RELATIONSHIPS, text);
  }

  /** An occupation the tool can write in both languages. */
  static Optional<Term> occupationTerm(String text) {
    return lookup(OCCUPATIONS, text);
  }

  private static Optional<Term> lookup(Map<String, Term> terms, String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(terms.get(text.strip().toLowerCase(Locale.ROOT)));
  }

  /** A sentence stating the writer's immigration status, or empty when none is given. */
  static String statusSentence(ImmigrationStatus status, String detail, Language language) {
    return statusSentence(status, detail, language, false);
  }

  /**
   * The writer's status as a sentence. A status other than citizen or permanent resident is said in
   * the case file's own words, which the tool cannot put in both languages: for a writer who writes
   * in Spanish it is left out of both versions (and noted), so the letter never mixes English into
   * Spanish.
   */
  static String statusSentence(
      ImmigrationStatus status, String detail, Language language, boolean bilingual) {
    if (bilingual && status == ImmigrationStatus.OTHER) {
      return "";
    }
    return statusSentenceIn(status, detail, language);
  }

  private static String statusSentenceIn(
      ImmigrationStatus status, String detail, Language language) {
    if (status == null) {
      return "";
    }
    boolean es = language == Language.ES;
    switch (status) {
      case CITIZEN:
        return es ? "Tengo la ciudadanía estadounidense." : "I am a citizen of the United States.";
      case PERMANENT_RESIDENT:
        return es
            ? "Soy residente permanente de los Estados Unidos."
            : "I am a lawful permanent resident of the United States.";
      default:
        if (detail == null || detail.isBlank()) {
          return "";
        }
        return (es
                ? "Mi estatus migratorio en los Estados Unidos es: "
                : "My immigration status in the United States is: ")
            + detail.strip()
            + (detail.strip().endsWith(".") ? "" : ".");
    }
  }

  /** The pronoun forms and agreeing phrases templates use for the person, per language. */
  static Map<String, Object> pronounForms(Pronouns pronouns, String givenNames, Language language) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("pronouns", pronouns.yamlName());
    f.put("neutral", pronouns == Pronouns.THEY);
    if (language == Language.ES) {
      switch (pronouns) {
        case SHE:
          put(f, "ella", "la", "detenida", "la conozco", "de ella", "liberada");
          break;
        case HE:
          put(f, "él", "lo", "detenido", "lo conozco", "de él", "liberado");
          break;
        default:
          // Neutral Spanish: the name instead of a pronoun, and no gendered adjective.
          put(f, givenNames, "", "", "nos conocemos", "de " + givenNames, "");
          break;
      }
      f.put(
          "estaDetenida",
          switch (pronouns) {
            case SHE -> "está detenida";
            case HE -> "está detenido";
            case THEY -> "se encuentra bajo custodia de ICE";
          });
      f.put(
          "seaLiberada",
          switch (pronouns) {
            case SHE -> "sea liberada";
            case HE -> "sea liberado";
            case THEY -> "obtenga su libertad";
          });
    } else {
      boolean they = pronouns == Pronouns.THEY;
      String subject =
          switch (pronouns) {
            case SHE -> "she";
            case HE -> "he";
            case THEY -> "they";
          };
      String object =
          switch (pronouns) {
            case SHE -> "her";
            case HE -> "him";
            case THEY -> "them";
          };
      String possessive =
          switch (pronouns) {
            case SHE -> "her";
            case HE -> "his";
            case THEY -> "their";
          };
      f.put("subject", subject);
      f.put("Subject", capitalize(subject));
      f.put("object", object);
      f.put("possessive", possessive);
      f.put("Possessive", capitalize(possessive));
      f.put("isVerb", they ? "are" : "is");
      f.put("hasVerb", they ? "have" : "has");
      f.put("wasVerb", they ? "were" : "was");
    }
    return f;
  }

  private static void put(
      Map<String, Object> f,
      String subject,
      String clitic,
      String detained,
      String iKnowThem,
      String ofThem,
      String released) {
    f.put("sujeto", subject);
    f.put("Sujeto", capitalize(subject));
    f.put("clitico", clitic);
    f.put("detenida", detained);
    f.put("laConozco", iKnowThem);
    f.put("LaConozco", capitalize(iKnowThem));
    f.put("deElla", ofThem);
    f.put("liberada", released);
  }

  static String capitalize(String s) {
    return s.isEmpty()
        ? s
        : s.substring(0, s.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT)
            + s.substring(s.offsetByCodePoints(0, 1));
  }

  /** Titles a name may start with: "My name is" takes the name without them. */
  private static final Pattern TITLE =
      Pattern.compile(
          "^(?:(?:the\\s+)?(?:rev(?:erend)?|pastor[a]?|hermano|hermana|brother|sister|father|padre|madre|fr|dr[a]?|doctor[a]?|prof(?:essor|esor[a]?)?|"
              + "deacon|di[aá]cono|elder|bishop|obispo|imam|rabbi|sr[a]?|srta|mr|mrs|ms|mx|don|doña|do[nñ]a|lic|ing)\\.?\\s+)+",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * "Rev. Peter Ashu Nkwain" is "Peter Ashu Nkwain" after "My name is"; the signature keeps the
   * title.
   */
  static String withoutTitle(String name) {
    String plain = TITLE.matcher(name.strip()).replaceFirst("");
    return plain.isBlank() ? name.strip() : plain;
  }

  /** Generic words that end a facility's English name: "Otay Mesa Detention Center". */
  private static final Pattern FACILITY_KIND =
      Pattern.compile(
          "(?i)\\s+(?:ice\\s+)?(?:service\\s+)?(?:processing|detention|residential|correctional|contract\\s+detention)\\s+(?:center|centre|facility|complex)$");

  private static final Pattern COUNTY_JAIL =
      Pattern.compile("(?i)\\s+county\\s+(?:jail|detention\\s+center|correctional\\s+facility)$");

  /**
   * Where the person is held, as the sentence says it: "at Otay Mesa Detention Center"; in Spanish
   * "en el centro de detención Otay Mesa (Otay Mesa Detention Center)", so the reader has the words
   * in Spanish and ICE's name for the place.
   */
  static String inFacility(String facility, Language lang) {
    if (lang != Language.ES) {
      return "at " + facility;
    }
    Matcher jail = COUNTY_JAIL.matcher(facility);
    if (jail.find() && jail.start() > 0) {
      return "en la cárcel del condado de "
          + facility.substring(0, jail.start())
          + " ("
          + facility
          + ")";
    }
    Matcher m = FACILITY_KIND.matcher(facility);
    if (m.find() && m.start() > 0) {
      return "en el centro de detención "
          + facility.substring(0, m.start())
          + " ("
          + facility
          + ")";
    }
    return "en " + facility;
  }

  /**
   * The documents a sponsor attaches, named for the letter ("a copy of my ID"), and the proofs ICE
   * expects that are not attached (offered instead). A sponsor who writes in Spanish gets the
   * kinds' names in both languages, so the translation matches; one who writes in English gets each
   * document's own description.
   */
  static void enclosures(
      List<SponsorDocument> documents,
      Language lang,
      boolean bilingual,
      List<String> enclosed,
      List<String> canProve) {
    Set<SponsorDocumentKind> kinds = EnumSet.noneOf(SponsorDocumentKind.class);
    for (SponsorDocument d : documents) {
      kinds.add(d.kind());
      String phrase =
          bilingual || d.kind() == SponsorDocumentKind.OTHER && d.description() == null
              ? documentKind(d.kind(), lang)
              : d.description().replaceAll("\\s*\\((?i:copy|copia)\\)\\s*$", "");
      if (!enclosed.contains(phrase)) {
        enclosed.add(phrase);
      }
    }
    for (SponsorDocumentKind k :
        List.of(
            SponsorDocumentKind.ID,
            SponsorDocumentKind.PROOF_OF_STATUS,
            SponsorDocumentKind.PROOF_OF_ADDRESS)) {
      if (!kinds.contains(k)) {
        canProve.add(proof(k, lang));
      }
    }
  }

  private static String documentKind(SponsorDocumentKind kind, Language lang) {
    boolean es = lang == Language.ES;
    return switch (kind) {
      case ID -> es ? "una copia de mi identificación" : "my ID";
      case PROOF_OF_STATUS ->
          es
              ? "una copia del comprobante de mi estatus migratorio"
              : "proof of my immigration status";
      case PROOF_OF_ADDRESS -> es ? "un comprobante de domicilio" : "proof of my address";
      case PAY_STUBS -> es ? "copias de mis talones de pago recientes" : "my recent pay stubs";
      case TAX_RETURN -> es ? "una copia de mi declaración de impuestos" : "my tax return";
      case OTHER -> es ? "otro documento" : "another document";
    };
  }

  private static String proof(SponsorDocumentKind kind, Language lang) {
    boolean es = lang == Language.ES;
    return switch (kind) {
      case ID -> es ? "mi identidad" : "my identity";
      case PROOF_OF_STATUS -> es ? "mi estatus migratorio" : "my immigration status";
      default -> es ? "mi domicilio" : "my address";
    };
  }

  /** "A, B and C" / "A, B y C" ("e" before a word that sounds like "i"). */
  static String joined(List<String> items, Language lang) {
    if (items.isEmpty()) {
      return "";
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    String last = items.get(items.size() - 1);
    String and =
        lang == Language.ES ? (last.matches("(?i)h?i[^aeoué].*") ? " e " : " y ") : " and ";
    return String.join(", ", items.subList(0, items.size() - 1)) + and + last;
  }

  /** "$4,100 a month" / "4,100 dólares al mes". */
  static String monthlyIncome(int dollars, Language lang) {
    String amount = String.format(Locale.US, "%,d", dollars);
    return lang == Language.ES ? amount + " dólares al mes" : "$" + amount + " a month";
  }

  /** How often a volunteer visits or writes, as the letter says it. */
  static String frequency(ContactFrequency f, Language lang) {
    boolean es = lang == Language.ES;
    return switch (f) {
      case WEEKLY -> es ? "cada semana" : "every week";
      case EVERY_TWO_WEEKS -> es ? "cada dos semanas" : "every two weeks";
      case MONTHLY -> es ? "cada mes" : "every month";
      case NOW_AND_THEN -> es ? "de vez en cuando" : "now and then";
    };
  }
}
