package org.parolekit.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what looks like a person's full name in a letter when no case file gives it: two or more
 * capitalized words in a row ("Emilio Gutiérrez Soto", "María José de la Cruz") that are not the
 * words of places, offices, titles, months or greetings.
 */
final class FullNames {
  private static final Pattern CANDIDATE =
      Pattern.compile(
          "\\p{Lu}[\\p{Ll}\\p{M}'’-]+(?:\\s+(?:[\"“]\\p{Lu}[\\p{Ll}\\p{M}'’-]+[\"”]\\s+)?"
              + "(?:(?:de|del|de la|de los|de las|y|da|das|do|dos|van|von|bin|ibn|al|el|la)\\s+)?"
              + "\\p{Lu}[\\p{Ll}\\p{M}'’-]+)+");
  private static final Set<String> NOT_NAMES =
      Set.of(
          "the",
          "dear",
          "to",
          "re",
          "ref",
          "asunto",
          "from",
          "de",
          "in",
          "on",
          "at",
          "for",
          "and",
          "our",
          "my",
          "his",
          "her",
          "their",
          "we",
          "this",
          "that",
          "he",
          "she",
          "they",
          "him",
          "them",
          "us",
          "you",
          "your",
          "me",
          "its",
          "these",
          "those",
          "editor's",
          "note",
          "it",
          "as",
          "if",
          "when",
          "please",
          "thank",
          "thanks",
          "sincerely",
          "respectfully",
          "yours",
          "regards",
          "god",
          "jesus",
          "christ",
          "lord",
          "bless",
          "honorable",
          "immigration",
          "customs",
          "enforcement",
          "department",
          "homeland",
          "security",
          "field",
          "office",
          "director",
          "acting",
          "assistant",
          "deputy",
          "officer",
          "deportation",
          "detention",
          "center",
          "centre",
          "county",
          "processing",
          "residential",
          "facility",
          "correctional",
          "service",
          "services",
          "united",
          "states",
          "america",
          "american",
          "national",
          "federal",
          "district",
          "court",
          "judge",
          "board",
          "appeals",
          "agency",
          "operations",
          "removal",
          "street",
          "avenue",
          "road",
          "boulevard",
          "drive",
          "lane",
          "suite",
          "city",
          "state",
          "north",
          "south",
          "east",
          "west",
          "church",
          "parish",
          "university",
          "college",
          "school",
          "hospital",
          "committee",
          "coalition",
          "project",
          "network",
          "association",
          "institute",
          "foundation",
          "council",
          "mr",
          "mrs",
          "ms",
          "dr",
          "rev",
          "pastor",
          "father",
          "sister",
          "brother",
          "senator",
          "representative",
          "congressman",
          "congresswoman",
          "secretary",
          "president",
          "governor",
          "mayor",
          "sr",
          "sra",
          "srta",
          "don",
          "dona",
          "señor",
          "señora",
          "estimado",
          "estimada",
          "querido",
          "querida",
          "atentamente",
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "enero",
          "febrero",
          "marzo",
          "abril",
          "mayo",
          "junio",
          "julio",
          "agosto",
          "septiembre",
          "octubre",
          "noviembre",
          "diciembre",
          "centro",
          "oficina",
          "departamento",
          "estados",
          "unidos",
          "servicio",
          "inmigración",
          "aduanas",
          "control",
          "seguridad",
          "nacional",
          "iglesia",
          "calle",
          "avenida",
          "condado",
          "ciudad",
          "texas",
          "california",
          "arizona",
          "florida",
          "york",
          "new",
          "jersey",
          "illinois",
          "chicago",
          "houston",
          "angeles",
          "los",
          "san",
          "santa",
          "el",
          "la",
          "paso",
          "diego",
          "antonio",
          "francisco",
          "washington",
          "mexico",
          "méxico",
          "guatemala",
          "honduras",
          "salvador",
          "spanish",
          "english",
          "español",
          "inglés",
          "ice",
          "dhs",
          "ero",
          "uscis",
          "cbp",
          "letter",
          "support",
          "request",
          "release",
          "parole",
          "carta",
          "apoyo",
          "solicitud",
          "mother's",
          "day",
          "human",
          "rights",
          "press",
          "freedom",
          "journalists",
          "reporters",
          "without",
          "borders",
          "international",
          "republic",
          "república",
          "attorney",
          "general",
          "law",
          "legal",
          "aid",
          "clinic",
          "friends",
          "border",
          "visitation",
          "volunteer",
          "volunteers",
          "coordinator",
          "program",
          "ministry",
          "ministries",
          "community");

  /** Function words, capitalized by mistake or at a line's start: never names. */
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "por",
          "para",
          "con",
          "sin",
          "que",
          "los",
          "las",
          "del",
          "una",
          "uno",
          "unos",
          "unas",
          "pero",
          "como",
          "cuando",
          "donde",
          "nuestro",
          "nuestra",
          "nuestros",
          "nuestras",
          "este",
          "esta",
          "estos",
          "estas",
          "ese",
          "esa",
          "todo",
          "todos",
          "toda",
          "todas",
          "muy",
          "mas",
          "más",
          "desde",
          "hasta",
          "entre",
          "sobre",
          "también",
          "tambien",
          "porque",
          "aunque",
          "ella",
          "ellos",
          "ellas",
          "usted",
          "ustedes",
          "hola",
          "yes",
          "not",
          "but",
          "all",
          "any",
          "who",
          "what",
          "why",
          "how",
          "today",
          "hoy",
          "now",
          "ahora",
          "also",
          "even",
          "only",
          "one");

  /** Words that make a run of capitalized words the name of a place or an organization. */
  private static final Set<String> ORGANIZATION_WORDS =
      Set.of(
          "institution",
          "correctional",
          "prison",
          "jail",
          "penitentiary",
          "center",
          "centre",
          "county",
          "residential",
          "facility",
          "processing",
          "detention",
          "department",
          "immigration",
          "customs",
          "enforcement",
          "office",
          "university",
          "college",
          "church",
          "parish",
          "committee",
          "coalition",
          "association",
          "institute",
          "foundation",
          "council",
          "project",
          "network",
          "court",
          "board",
          "agency",
          "service",
          "services",
          "city",
          "street",
          "avenue",
          "road",
          "boulevard",
          "centro",
          "condado",
          "departamento",
          "oficina",
          "iglesia",
          "universidad",
          "servicio",
          "calle",
          "avenida",
          "ciudad",
          "estado",
          "states",
          "republic",
          "república",
          "family",
          "families",
          "mothers",
          "reporters",
          "journalists",
          "press",
          "club",
          "clinic",
          "school",
          "hospital",
          "company",
          "inc",
          "llc",
          "corporation",
          "group",
          "grupo",
          "organization",
          "organisation",
          "alliance",
          "union",
          "ministry",
          "ministries",
          // a street address: "3801 Nebraska Ave. NW", "126 Northpoint Drive"
          "ave",
          "drive",
          "lane",
          "plaza",
          "blvd",
          "nw",
          "sw",
          "centers",
          "centros",
          // an official's title in an address block: "Deputy Director and Senior Official"
          "deputy",
          "senior",
          "official",
          "acting",
          "honorable",
          "secretary",
          "director",
          "greater",
          // bodies, documents and events named in capitals: "the Hispanic Caucus", "the Pekoske
          // Memo", "the First Amendment", "the Biden-Harris Administration", "the Corona Virus"
          "caucus",
          "members",
          "congress",
          "congreso",
          "senate",
          "senado",
          "administration",
          "memo",
          "memorandum",
          "amendment",
          "enmienda",
          "act",
          "virus",
          "covid");

  /** Words just before a run of capitalized words that make it a place. */
  private static final Pattern PLACE_BEFORE =
      Pattern.compile(
          "(?i)(?:city|town|village|state|county|ciudad|pueblo|aldea|estado|condado|ubicad[oa]|located|based)"
              + " (?:of |de |en |in )?$");

  /** States and countries: capitalized, but places. */
  private static final Set<String> PLACES =
      Set.of(
          "alabama",
          "alaska",
          "arizona",
          "arkansas",
          "california",
          "colorado",
          "connecticut",
          "delaware",
          "florida",
          "georgia",
          "hawaii",
          "idaho",
          "illinois",
          "indiana",
          "iowa",
          "kansas",
          "kentucky",
          "louisiana",
          "maine",
          "maryland",
          "massachusetts",
          "michigan",
          "minnesota",
          "mississippi",
          "missouri",
          "montana",
          "nebraska",
          "nevada",
          "hampshire",
          "jersey",
          "york",
          "carolina",
          "dakota",
          "ohio",
          "oklahoma",
          "oregon",
          "pennsylvania",
          "rhode",
          "tennessee",
          "texas",
          "utah",
          "vermont",
          "virginia",
          "washington",
          "wisconsin",
          "wyoming",
          "mexico",
          "guatemala",
          "honduras",
          "salvador",
          "nicaragua",
          "cuba",
          "haiti",
          "colombia",
          "venezuela",
          "ecuador",
          "peru",
          "brazil",
          "cameroon",
          "nigeria",
          "africa",
          "america",
          "centroamerica",
          "europe",
          "asia",
          "canada",
          "spain",
          "españa",
          "trinidad",
          "jamaica",
          "dominican");

  /** Titles of officials: the name after one is an addressee's, not the person's. */
  /** The one the letter speaks to, by name: "... with you, Ms. Saldaña". */
  private static final Pattern ADDRESSED_BEFORE =
      Pattern.compile("(?i)\\b(?:you|usted),\\s+(?:(?:ms|mr|mrs|miss|dr|sr|sra|srta)\\.?\\s+)?$");

  private static final Pattern OFFICIAL_BEFORE =
      Pattern.compile(
          "(?i)(?:secretary|director|senator|president|judge|officer|commissioner|governor|mayor|"
              + "representative|congress(?:man|woman)|chair(?:man|woman)?|administrator|secretari[oa]|director[a]?|"
              + "senador[a]?|presidente|juez[a]?|gobernador[a]?|alcalde|oficial|esq\\.?)\\s+(?:\\p{Lu}\\.\\s+)?$");

  /**
   * A run of capitalized words, particles allowed inside: "New Orleans", "Berks County Residential
   * Center".
   */
  private static final Pattern RUN =
      Pattern.compile(
          "\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+(?:(?:de|del|de la|de"
              + " los|y|da|dos|van|von|bin|al|el|la|of|the)\\s+)?\\p{Lu}[\\p{L}\\p{M}'’.-]*)*");

  /**
   * An acronym in brackets just after a run: "Detention Watch Network (DWN)" is an organization.
   */
  private static final Pattern ACRONYM_AFTER = Pattern.compile("^\\s*\\(\\p{Lu}{2,}\\)");

  /**
   * A word for people just after a run: the run is their origin or faith ("five South Asian men",
   * "Jewish students"), not anyone's name.
   */
  private static final Pattern PEOPLE_AFTER =
      Pattern.compile(
          "^\\s+(?:men|women|man|woman|people|persons|famil(?:y|ies)|children|kids|boys|girls|"
              + "immigrants|migrants|detainees|students|workers|communit(?:y|ies)|asylum|refugees|"
              + "parents|mothers|fathers|leaders|clergy|professors|faculty|youths?|nationals|"
              + "citizens|americans|neighbou?rs|congregations?|organi[sz]ations|groups)\\b");

  /** A comma and a place just after a run: "Jena, Louisiana" and "Los Fresnos, Texas" are towns. */
  private static final Pattern PLACE_AFTER =
      Pattern.compile("^,\\s+(\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)?)");

  private static final Pattern PLACE_PREPOSITION =
      Pattern.compile("(?i)\\b(?:in|at|from|near|en|desde|cerca de)\\s+$");
  private static final Pattern OPENING = Pattern.compile("(?:^|[.!?:\"“(«…]\\s*|^\\s*[-*•–]\\s*)$");
  private static final Pattern SALUTATION =
      Pattern.compile(
          "(?i)^\\s*(?:dear|to:|to"
              + " |attn|estimad[oa]s?|querid[oa]s?|se(?:ñ|n)or|sr\\.|honorable|re:|asunto)");

  private FullNames() {}

  /**
   * Whether the letter names anyone: a capitalized word inside a sentence that is not the word of a
   * place, an office, a title or a month, not an addressee after an official's title, and not in a
   * salutation. A group letter that names nobody does not identify anyone.
   */
  static boolean namesSomeone(List<Sentence> body) {
    Set<String> organizations = new HashSet<>();
    for (Sentence sentence : body) {
      Matcher m = RUN.matcher(sentence.text());
      while (m.find()) {
        if (ACRONYM_AFTER.matcher(sentence.text().substring(m.end())).find()) {
          organizations.add(m.group());
        }
      }
    }
    for (Sentence sentence : body) {
      String text = sentence.text();
      if (SALUTATION.matcher(text).lookingAt()) {
        continue;
      }
      Matcher m = RUN.matcher(text);
      while (m.find()) {
        String before = text.substring(0, m.start());
        String after = text.substring(m.end());
        if (organizations.contains(m.group())
            || PEOPLE_AFTER.matcher(after).find()
            || placeAfter(after)
            || placeholder(before, after)) {
          continue;
        }
        boolean someoneNamed = false;
        boolean organization = OFFICIAL_BEFORE.matcher(m.group().split("\\s+")[0] + " ").matches();
        for (String w : m.group().split("\\s+")) {
          String word = Fold.fold(w).replaceAll("[^a-z'-]", "");
          organization |= ORGANIZATION_WORDS.contains(word);
          String bare = w.replaceAll("[^\\p{L}]", "");
          someoneNamed |=
              bare.length() > 2
                  && Character.isUpperCase(bare.charAt(0))
                  && !bare.equals(bare.toUpperCase(Locale.ROOT))
                  && !NOT_NAMES.contains(word)
                  && !PLACES.contains(word)
                  && !FUNCTION_WORDS.contains(word);
        }
        if (someoneNamed
            && !organization
            && !OPENING.matcher(before).find()
            && !PLACE_PREPOSITION.matcher(before).find()
            && !OFFICIAL_BEFORE.matcher(before).find()
            && !ADDRESSED_BEFORE.matcher(before).find()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a comma and a state or country follow: the run before is a town. */
  private static boolean placeAfter(String after) {
    Matcher m = PLACE_AFTER.matcher(after);
    if (!m.find()) {
      return false;
    }
    for (String word : m.group(1).split("\\s+")) {
      if (!PLACES.contains(Fold.fold(word).replaceAll("[^a-z'-]", ""))) {
        return false;
      }
    }
    return true;
  }

  /** A template's blank in brackets, "[First Name] [Last Name]", names nobody yet. */
  private static boolean placeholder(String before, String after) {
    return before.endsWith("[") && after.startsWith("]");
  }

  /**
   * Whether {@code sentence} calls someone by one name of a full name that {@code text} gives
   * elsewhere: "Jose \"Ivan\" Nuñez was at his interview... Ivan is held at the York County
   * Detention Center." Only a capitalized word standing alone counts, and none of {@code
   * excludedWords} (the facility's own).
   */
  static boolean callsByANameOf(String sentence, String excludedWords, String text) {
    Set<String> nameWords = new HashSet<>();
    for (String name : in(text)) {
      for (String word : name.split("\\s+")) {
        String w = word.replaceAll("[\"“”]", "");
        if (w.length() > 1 && Character.isUpperCase(w.charAt(0))) {
          nameWords.add(w);
        }
      }
    }
    Set<String> excluded = Set.of(excludedWords.split("\\s+"));
    Matcher run = RUN.matcher(sentence);
    while (run.find()) {
      String word = run.group().replaceAll("[.’']+$", "");
      if (word.length() > 1 && nameWords.contains(word) && !excluded.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** The full names a text seems to give, as written. */
  static List<String> in(String text) {
    List<String> names = new ArrayList<>();
    Matcher m = CANDIDATE.matcher(text);
    while (m.find()) {
      String before = text.substring(Math.max(0, m.start() - 24), m.start());
      if (PLACE_BEFORE.matcher(before).find()) {
        continue;
      }
      int nameWords = 0;
      boolean organization = false;
      for (String word : m.group().split("\\s+")) {
        organization |= ORGANIZATION_WORDS.contains(Fold.fold(word).replaceAll("[^a-z'-]", ""));
        String w = Fold.fold(word).replaceAll("[^a-z'-]", "");
        if (word.length() > 1
            && Character.isUpperCase(word.charAt(0))
            && !NOT_NAMES.contains(w)
            && !NOT_NAMES.contains(word.toLowerCase(Locale.ROOT))) {
          nameWords++;
        }
      }
      if (nameWords >= 2 && !organization) {
        names.add(m.group());
      }
    }
    return names;
  }
}
