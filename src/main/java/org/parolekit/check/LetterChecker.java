package org.parolekit.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.parolekit.model.Criterion;
import org.parolekit.model.Language;

/**
 * Checks one letter: does it make the three points (identity, not a flight risk, not a danger), is
 * it about the right person, does it stay off the merits of the legal case, and does a sponsor
 * letter carry what ICE expects. Offline and deterministic; every judgment quotes its evidence.
 *
 * <p>Immutable and thread-safe; build one and reuse it.
 */
public final class LetterChecker {
  private static final Pattern PLACEHOLDER =
      Pattern.compile(
          "\\[(?:[A-Z][A-Z0-9 _/-]*|[A-Za-z]+/[A-Za-z]+|(?i:your name|name|date|phone|address))\\]"
              + "|\\{\\{[^}]*}}|<<[^>]*>>|<[A-Z][A-Z _]*>|\\bXXXX*\\b");
  private static final Pattern PO_BOX =
      Pattern.compile(
          "\\b(p\\.?\\s*o\\.?\\s*box|post\\s+office\\s+box|apartado\\s+postal|casilla\\s+postal)\\b");
  private static final Pattern PHONE =
      Pattern.compile(
          "(?<![\\d-])(\\+?1[\\s.-]?)?\\(?\\d{3}\\)?[\\s.-]?\\d{3}[\\s.-]\\d{4}(?![\\d-])");
  private static final Pattern SIGNATURE_MARK =
      Pattern.compile("(?i)(/s/|\\bsignature\\b|\\bfirma\\b|\\bsigned\\b)");
  private static final Pattern NAME_LINE =
      Pattern.compile(
          "^(?:(?:Rev|Fr|Pastor|Prof|Dr|Padre|Father)\\.?\\s+)?\\p{Lu}[\\p{L}.'’-]*(\\s+(de|del|la|los|y|\\p{Lu}[\\p{L}.'’-]*)){0,5}$");
  private static final Pattern CLOSING_THEN_NAME =
      Pattern.compile(
          "(?i:sincerely|thank you|thanks|gracias|atentamente|respectfully|regards)"
              + "(?:[,.]?\\s+|[^\\n]{0,40}?,\\s+)\\p{Lu}\\p{L}+");
  private static final Pattern FUTURE_HOME =
      Pattern.compile(
          "\\b(will|would|going to|gonna|va"
              + " a|vivira|viviran|stay|quedara|home|room|cuarto|offered)\\b");
  private static final Pattern WRITER_OWN_ADDRESS =
      Pattern.compile(
          "\\b(i live|i reside|vivo en|my (mailing )?address|mi (direccion|domicilio))\\b");
  private static final int SHORT_LETTER_WORDS = 80;

  /** The address block and salutation: where a letter says whom it is addressed to. */
  private static final int HEADER_SENTENCES = 8;

  /** Address lines and salutations are short; a long sentence is the body. */
  private static final int HEADER_LINE_WORDS = 10;

  /** How far from the end a closing may stand and still open the signature block. */
  private static final int SIGNATURE_BLOCK_LINES = 8;

  private final Lexicon lexicon;
  private final Clause clause;
  private final Hints hints;
  private final Detectors detectors;
  private final CriteriaAssessor assessor;

  /** Messages for the volunteer in English, hints in each letter's language. */
  public LetterChecker() {
    this(new Hints());
  }

  /** Messages and hints in {@code reader}'s language, whatever the letter's. */
  public LetterChecker(Language reader) {
    this(new Hints(Optional.of(reader)));
  }

  LetterChecker(Hints hints) {
    this.lexicon = Lexicon.builtIn();
    this.clause = new Clause(lexicon);
    this.hints = hints;
    this.detectors = new Detectors(lexicon);
    this.assessor = new CriteriaAssessor(hints);
  }

  /**
   * Reads and compiles the lexicons now, on the calling thread, so that a checker made later on
   * another thread starts at once; {@code main} calls it on a thread of its own while the command
   * line is being built.
   */
  public static void prepare() {
    Lexicon.builtIn();
  }

  /** Checks one letter against what the case file says. */
  public LetterReport check(LetterText letter, CheckContext context) {
    List<Sentence> sentences = SentenceSplitter.split(letter.text());
    String folded = Fold.fold(letter.text());
    Language language = LanguageDetector.detect(letter.text());
    int[] body = bodyRange(sentences);
    List<Sentence> bodySentences = sentences.subList(body[0], body[1]);
    List<Sentence> identifying = sentences.subList(0, body[1]);
    boolean writerIsPerson =
        letter.writerKind() == WriterKind.PERSON
            || letter.writerKind() == WriterKind.UNKNOWN
                && detectors.writtenByThePerson(bodySentences);
    List<Detection> detections =
        detectors.detect(bodySentences, identifying, writerIsPerson, language);
    boolean fullName =
        fullNameGiven(letter.text(), sentences, body[1], detections, context, writerIsPerson);
    if (!fullName && !writerIsPerson && describesNoOne(identifying, detections)) {
      detections =
          detections.stream()
              .filter(
                  d -> d.detector() != Detector.FACILITY && d.detector() != Detector.DESCRIPTION)
              .toList();
    } else if (!fullName && !writerIsPerson && !shouted(letter.text()) && namesNoOne(identifying)) {
      detections = originOfNoOneNamed(detections, sentences);
    }
    Map<Criterion, CriterionResult> criteria =
        assessor.assess(
            detections.stream().filter(d -> d.detector().criterion().isPresent()).toList(),
            fullName,
            language);

    List<Finding> findings = new ArrayList<>();
    List<Detection> meritsDetections =
        detections.stream()
            .filter(d -> d.detector().role() == Detector.Role.MERITS)
            .sorted(Comparator.comparingInt(Detection::sentence))
            .toList();
    List<String> merits =
        meritsDetections.stream().map(Detection::sentenceText).distinct().toList();
    caseMerits(merits, context, language).ifPresent(findings::add);
    caseMeritsReview(identifying, findings, language);
    rightPerson(letter.text(), sentences, context, language, findings);
    if (letter.writerKind() == WriterKind.SPONSOR) {
      sponsorEssentials(sentences, folded, language, findings);
    }
    form(letter, sentences, folded, language, criteria, findings);
    findings.sort(Comparator.comparing(Finding::severity));
    return new LetterReport(
        letter.sourceName(),
        letter.writerName(),
        letter.writerKind(),
        language,
        criteria,
        findings,
        meritsDetections);
  }

  /**
   * Whether the letter gives the person's full name, as the case file writes it. Without a case
   * file, the facility rule asks for the full name in the sentence that names the facility, or in
   * the sentence before it in the same paragraph when the facility's sentence refers back to the
   * person ("Ali Rahimi was detained in May. He is held at a facility in Newark."; in the person's
   * own letter, "My name is ... I am held at ...").
   */
  private static boolean fullNameGiven(
      String text,
      List<Sentence> sentences,
      int bodyEnd,
      List<Detection> detections,
      CheckContext context,
      boolean writerIsPerson) {
    if (writerIsPerson && ownFullNameWithFacility(sentences, bodyEnd, detections)) {
      return true;
    }
    if (context.personFullName().isPresent()) {
      PersonMatcher.Kind kind =
          PersonMatcher.match(text, context.personFullName().get(), context.otherSpellings())
              .kind();
      return kind != PersonMatcher.Kind.ABSENT && kind != PersonMatcher.Kind.FIRST_NAME_ONLY;
    }
    // The facility by its name ("Otay Mesa Detention Center", "el centro de detención de Eloy"),
    // not a facility in general.
    return detections.stream()
        .anyMatch(
            d ->
                d.detector() == Detector.FACILITY
                    && namesAFacility(d)
                    && (!FullNames.in(d.sentenceText()).isEmpty()
                        || namedJustBefore(sentences, d.sentence(), writerIsPerson)
                        || FullNames.callsByANameOf(d.sentenceText(), d.words(), text)));
  }

  /**
   * Whether someone else's letter speaks of no one in particular: it names nobody and gives no
   * identifier, not even in its "Re:" line ("a student was taken to the Riverbend center"). Then
   * where the person is held and how they are described do not touch their identity.
   */
  private static boolean describesNoOne(List<Sentence> identifying, List<Detection> detections) {
    return detections.stream().noneMatch(d -> d.detector() == Detector.IDENTIFIERS)
        && namesNoOne(identifying);
  }

  /**
   * Whether the letter is written in capitals (four letters in five or more), where names cannot be
   * told from other words.
   */
  private static boolean shouted(String text) {
    long letters = text.chars().filter(Character::isLetter).count();
    long capitals = text.chars().filter(Character::isUpperCase).count();
    return letters > 0 && capitals * 5 >= letters * 4;
  }

  /** Whether the letter names nobody, not even in its "Re:" line. */
  private static boolean namesNoOne(List<Sentence> identifying) {
    return !FullNames.namesSomeone(identifying)
        && identifying.stream()
            .noneMatch(
                s ->
                    REFERENCE_LINE.matcher(s.text().strip()).lookingAt()
                        && !FullNames.in(s.text()).isEmpty());
  }

  /**
   * In someone else's letter that names nobody, a nationality or a birthplace said of several
   * people ("mis padres son ecuatorianos", "they were both born in Mexico") describes them without
   * telling ICE who they are: it touches identity (as a description does) rather than meeting it.
   * An A-number or a date still identifies them.
   */
  private static List<Detection> originOfNoOneNamed(
      List<Detection> detections, List<Sentence> sentences) {
    return detections.stream()
        .map(
            d ->
                d.detector() == Detector.IDENTIFIERS
                        && saidOfSeveral(d)
                        && !numberOrBirthDate(sentences, d)
                    ? new Detection(Detector.DESCRIPTION, d.sentence(), d.sentenceText(), d.words())
                    : d)
        .toList();
  }

  /** A plural verb or pronoun in the identifier or the few words before it. */
  private static boolean saidOfSeveral(Detection d) {
    int at = d.sentenceText().indexOf(d.words());
    String before = at < 0 ? "" : d.sentenceText().substring(Math.max(0, at - 30), at);
    return SEVERAL.matcher(Fold.fold(before + " " + d.words())).find();
  }

  private static final Pattern SEVERAL =
      Pattern.compile("\\b(?:son|eran|fueron|somos|are|were|they|ellos|ellas|both|ambos|ambas)\\b");

  private static boolean numberOrBirthDate(List<Sentence> sentences, Detection d) {
    return d.words().chars().anyMatch(Character::isDigit)
        || !LetterFacts.aNumberMatches(d.sentenceText()).isEmpty()
        || sentences.stream()
            .filter(s -> s.index() == d.sentence())
            .anyMatch(s -> !LetterFacts.birthDates(List.of(s)).isEmpty());
  }

  /**
   * In the person's own letter, their full name where the writer gives their own (the signature,
   * "my name is...", "mi nombre completo es...") with the facility they write from: the full name
   * together with the detention facility.
   */
  private static boolean ownFullNameWithFacility(
      List<Sentence> sentences, int bodyEnd, List<Detection> detections) {
    if (detections.stream()
        .noneMatch(d -> d.detector() == Detector.FACILITY && namesAFacility(d))) {
      return false;
    }
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      if ((i >= bodyEnd || OWN_NAME.matcher(s.folded()).find())
          && !FullNames.in(s.text()).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** The writer giving their own name. */
  private static final Pattern OWN_NAME =
      Pattern.compile("\\b(?:my (?:full )?name is|me llamo|mi nombre (?:completo )?es)\\b");

  /** Agencies' acronyms, which name no place: "in ICE detention". */
  private static final Set<String> AGENCIES =
      Set.of("ICE", "DHS", "ERO", "CBP", "USCIS", "U.S.", "US");

  /** Detention as such, capitalized in a title ("Release Detainees from ICE Detention"). */
  private static final Set<String> DETENTION_ITSELF =
      Set.of("Detention", "Custody", "Detención", "Detencion", "Custodia");

  /**
   * Whether the facility's words name a place of detention: a capitalized word other than an
   * agency's acronym or detention itself, and not the start or end of an organization's name
   * ("Northwest Detention Center Resistance", "la Coalición del Centro de Detención").
   */
  private static boolean namesAFacility(Detection d) {
    if (!namesAPlace(d.words())) {
      return false;
    }
    int at = d.sentenceText().indexOf(d.words());
    if (at < 0) {
      return true;
    }
    return !NAME_GOES_ON.matcher(d.sentenceText().substring(at + d.words().length())).lookingAt()
        && !ORGANIZATION_BEFORE.matcher(d.sentenceText().substring(0, at)).find();
  }

  /** A capitalized word right after "... Detention Center": the center is part of a longer name. */
  private static final Pattern NAME_GOES_ON =
      Pattern.compile("[ \\t]+(?!(?:In|At|On|Near|Of|And|En|De|Del|Y)\\b)\\p{Lu}\\p{Ll}+");

  /** An organization named after the center: "Resistencia del", "Friends of the". */
  private static final Pattern ORGANIZATION_BEFORE =
      Pattern.compile(
          "\\b(?:Resistencia|Coalici[oó]n|Alianza|Red|Proyecto|Programa|Comit[eé]|Amigos|Amigas"
              + "|Resistance|Coalition|Alliance|Network|Project|Program|Committee|Friends)"
              + " (?:del|de la|de los|de|of the|of|at the|at)\\s*$");

  /**
   * Whether the facility's words hold a capitalized word other than an agency's acronym or
   * detention itself.
   */
  private static boolean namesAPlace(String words) {
    for (String w : words.split("\\s+")) {
      if (w.chars().anyMatch(Character::isUpperCase)
          && !AGENCIES.contains(w)
          && !DETENTION_ITSELF.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** A sentence that speaks of someone just named: "He is held...", "She was taken...". */
  private static final Pattern REFERS_BACK =
      Pattern.compile("^(?:he|she|they|el|ella|ellos|ellas)\\b");

  /** In the person's own letter, the writer is the person: "I am held...", "Estoy detenido...". */
  private static final Pattern SPEAKS_OF_SELF =
      Pattern.compile("^(?:i|i'm|yo|estoy|me|we|nosotros|estamos)\\b");

  /**
   * Whether the sentence before {@code index}, in the same paragraph, gives a full name that the
   * sentence at {@code index} refers back to.
   */
  private static boolean namedJustBefore(
      List<Sentence> sentences, int index, boolean writerIsPerson) {
    for (int i = 1; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      if (s.index() != index) {
        continue;
      }
      Sentence before = sentences.get(i - 1);
      String start = s.folded().strip();
      boolean refersBack =
          REFERS_BACK.matcher(start).find()
              || writerIsPerson && SPEAKS_OF_SELF.matcher(start).find();
      return refersBack
          && before.paragraph() == s.paragraph()
          && !FullNames.in(before.text()).isEmpty();
    }
    return false;
  }

  /**
   * Where the letter's body starts and ends: without its letterhead and signature block, which
   * describe the writer ("Iglesia Bautista...", "Deacon Frank Miller") and must not count as
   * evidence about the person. The letterhead is the run of short opening lines that end without a
   * full stop, up to the "Re:" line; the signature block starts at a closing ("Sincerely,") among
   * the last lines.
   */
  private int[] bodyRange(List<Sentence> sentences) {
    int start = 0;
    while (start < sentences.size() && isHeaderLine(sentences.get(start))) {
      start++;
    }
    if (sentences.subList(0, start).stream()
        .noneMatch(s -> HEADING_MARK.matcher(s.text().strip()).find())) {
      // Short opening lines with no date, address, salutation or addressee are the letter's own
      // words ("No sé qué sería de mí sin mi papá"), not a letterhead.
      start = 0;
    }
    for (int i = 0; i < Math.min(sentences.size(), REFERENCE_LINE_WITHIN); i++) {
      if (REFERENCE_LINE.matcher(sentences.get(i).text().strip()).lookingAt()) {
        start = Math.max(start, i);
        break;
      }
    }
    int end = sentences.size();
    for (int i = Math.max(start, sentences.size() - SIGNATURE_BLOCK_LINES);
        i < sentences.size();
        i++) {
      Sentence s = sentences.get(i);
      if (lexicon.anyMatch("closing", s.folded())
          && s.folded().split("\\s+").length <= HEADER_LINE_WORDS) {
        end = i;
        break;
      }
    }
    return start < end ? new int[] {start, end} : new int[] {0, sentences.size()};
  }

  /**
   * What marks a letter's heading: a number (date, address, phone), a salutation, a colon or comma
   * at the end.
   */
  private static final Pattern HEADING_MARK =
      Pattern.compile(
          "\\d|[:,]$|^(?i:dear|to whom|to"
              + " the|to:|attn|estimad|querid|se(?:ñ|n)or|sr\\.|sra\\.|honorable|your honor|a"
              + " quien|re\\b|asunto|ref)|@");

  /** A letter's "Re:" line; everything above it (letterhead, date, addressee) is heading. */
  private static final Pattern REFERENCE_LINE =
      Pattern.compile("(?i)(re|ref|asunto|referencia)\\.?\\s*:");

  /** How far down a letter its "Re:" line may stand. */
  private static final int REFERENCE_LINE_WITHIN = 30;

  private static boolean isHeaderLine(Sentence s) {
    String text = s.text().strip();
    return !text.matches(".*[.!?]$") && text.split("\\s+").length <= HEADER_LINE_WORDS;
  }

  /** Checks one letter with no case file. */
  public LetterReport check(LetterText letter) {
    return check(letter, CheckContext.none());
  }

  private Optional<Finding> caseMerits(
      List<String> evidence, CheckContext context, Language language) {
    if (evidence.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        context.mayAddressCaseMerits()
            ? finding(
                Severity.WARNING,
                FindingCodes.CASE_MERITS,
                language,
                "case-merits.allowed",
                evidence)
            : finding(Severity.ERROR, FindingCodes.CASE_MERITS, language, "case-merits", evidence));
  }

  /**
   * Sentences that speak of the legal case and judge it, in words the merits detectors do not know:
   * a warning for a person to read, since paraphrased merits language is easy to miss and costly to
   * let through.
   */
  private void caseMeritsReview(
      List<Sentence> sentences, List<Finding> findings, Language language) {
    Set<String> already =
        findings.stream().flatMap(f -> f.evidence().stream()).collect(Collectors.toSet());
    List<String> evidence =
        sentences.stream()
            .filter(s -> !already.contains(s.text()))
            .filter(s -> !lexicon.anyMatch("meritsReview.exclude", s.folded()))
            .filter(s -> counts("meritsReview.topic", s))
            .filter(s -> counts("meritsReview.judgment", s))
            .map(Sentence::text)
            .toList();
    if (!evidence.isEmpty()) {
      findings.add(
          finding(
              Severity.WARNING,
              FindingCodes.CASE_MERITS_REVIEW,
              language,
              "case-merits-review",
              evidence));
    }
  }

  private boolean counts(String section, Sentence s) {
    return !sentencesWhereCounts(section, List.of(s)).isEmpty();
  }

  private void rightPerson(
      String text,
      List<Sentence> sentences,
      CheckContext context,
      Language language,
      List<Finding> findings) {
    context.personFullName().ifPresent(name -> name(text, name, context, language, findings));
    context.aNumber().ifPresent(expected -> aNumber(text, expected.digits(), language, findings));
    context.dateOfBirth().ifPresent(dob -> dateOfBirth(sentences, dob, language, findings));
    context
        .destination()
        .ifPresent(
            address ->
                destination(
                    sentences, LetterFacts.addressKey(address.street()), language, findings));
  }

  private void name(
      String text,
      String fullName,
      CheckContext context,
      Language language,
      List<Finding> findings) {
    PersonMatcher.subjectNamingSomeoneElse(text, fullName)
        .ifPresent(
            line ->
                findings.add(
                    finding(
                        Severity.ERROR,
                        FindingCodes.WRONG_PERSON_NAME,
                        language,
                        "wrong-person-name",
                        List.of(line))));
    PersonMatcher.NameMatch m = PersonMatcher.match(text, fullName, context.otherSpellings());
    switch (m.kind()) {
      case EXACT -> {}
      case ACCENTS_DIFFER ->
          findings.add(nameFinding("name-near-miss.accents", m, fullName, language));
      case NAME_DROPPED ->
          findings.add(nameFinding("name-near-miss.dropped", m, fullName, language));
      case MISSPELLED ->
          findings.add(nameFinding("name-near-miss.spelling", m, fullName, language));
      case FIRST_NAME_ONLY, ABSENT ->
          findings.add(
              new Finding(
                  Severity.WARNING,
                  FindingCodes.NAME_MISSING,
                  hints.message("msg.name-missing", fullName),
                  hints.get(language, "hint.name-missing", fullName),
                  List.of()));
    }
  }

  private Finding nameFinding(
      String key, PersonMatcher.NameMatch m, String fullName, Language language) {
    return new Finding(
        Severity.WARNING,
        FindingCodes.NAME_NEAR_MISS,
        hints.message("msg." + key, m.written(), fullName),
        hints.get(language, "hint.name-near-miss", fullName),
        List.of());
  }

  private void aNumber(String text, String expected, Language language, List<Finding> findings) {
    List<String> found = LetterFacts.aNumbers(text);
    if (found.isEmpty()) {
      findings.add(
          finding(
              Severity.WARNING,
              FindingCodes.A_NUMBER_MISSING,
              language,
              "a-number-missing",
              List.of()));
      return;
    }
    for (String digits : found) {
      if (digits.equals(expected)) {
        continue;
      }
      if (nearMiss(digits, expected)) {
        findings.add(
            finding(
                Severity.ERROR,
                FindingCodes.A_NUMBER_NEAR_MISS,
                language,
                "a-number-near-miss",
                List.of()));
      } else {
        findings.add(
            finding(
                Severity.ERROR,
                FindingCodes.A_NUMBER_MISMATCH,
                language,
                "a-number-mismatch",
                List.of()));
      }
    }
  }

  /** Two swapped neighbouring digits, or one digit wrong. */
  static boolean nearMiss(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    List<Integer> diffs = new ArrayList<>();
    for (int i = 0; i < a.length(); i++) {
      if (a.charAt(i) != b.charAt(i)) {
        diffs.add(i);
      }
    }
    if (diffs.size() == 1) {
      return true;
    }
    return diffs.size() == 2
        && diffs.get(1) == diffs.get(0) + 1
        && a.charAt(diffs.get(0)) == b.charAt(diffs.get(1))
        && a.charAt(diffs.get(1)) == b.charAt(diffs.get(0));
  }

  private void dateOfBirth(
      List<Sentence> sentences, LocalDate dob, Language language, List<Finding> findings) {
    for (LetterFacts.BirthDate stated : LetterFacts.birthDates(aboutThePerson(sentences))) {
      boolean differs =
          stated.date() != null ? !stated.date().equals(dob) : stated.year() != dob.getYear();
      if (differs) {
        findings.add(
            finding(
                Severity.ERROR, FindingCodes.DOB_MISMATCH, language, "dob-mismatch", List.of()));
        return;
      }
    }
  }

  private static List<Sentence> aboutThePerson(List<Sentence> sentences) {
    return sentences.stream()
        .filter(s -> !Detectors.WRITER_SAYS_OWN_BIRTH.matcher(s.folded()).find())
        .toList();
  }

  private void destination(
      List<Sentence> sentences, String expectedKey, Language language, List<Finding> findings) {
    if (expectedKey.isEmpty()) {
      return;
    }
    for (Sentence s : sentences) {
      if (!speaksOfFutureHome(s)) {
        continue;
      }
      for (String key : LetterFacts.streetAddresses(s.folded())) {
        if (!key.equals(expectedKey)) {
          findings.add(
              finding(
                  Severity.WARNING,
                  FindingCodes.ADDRESS_MISMATCH,
                  language,
                  "address-mismatch",
                  List.of(s.text())));
          return;
        }
      }
    }
  }

  /** Whether the sentence is about where the person will live (not the writer's own address). */
  static boolean speaksOfFutureHome(Sentence s) {
    return FUTURE_HOME.matcher(s.folded()).find() && !WRITER_OWN_ADDRESS.matcher(s.folded()).find();
  }

  private void sponsorEssentials(
      List<Sentence> sentences, String folded, Language language, List<Finding> findings) {
    if (sentencesWhereCounts("cover.status", sentences).isEmpty()) {
      findings.add(
          finding(
              Severity.ERROR,
              FindingCodes.SPONSOR_NO_STATUS,
              language,
              "sponsor-no-status",
              List.of()));
    }
    List<String> poBoxes =
        sentences.stream()
            .filter(s -> PO_BOX.matcher(s.folded()).find())
            .map(Sentence::text)
            .toList();
    if (!poBoxes.isEmpty()) {
      findings.add(
          finding(
              Severity.ERROR, FindingCodes.SPONSOR_PO_BOX, language, "sponsor-po-box", poBoxes));
    } else if (LetterFacts.streetAddresses(folded).isEmpty()) {
      findings.add(
          finding(
              Severity.ERROR,
              FindingCodes.SPONSOR_NO_ADDRESS,
              language,
              "sponsor-no-address",
              List.of()));
    }
    if (!PHONE.matcher(folded).find()) {
      findings.add(
          finding(
              Severity.WARNING,
              FindingCodes.SPONSOR_NO_PHONE,
              language,
              "sponsor-no-phone",
              List.of()));
    }
    if (sentencesWhereCounts("sponsor.housing", sentences).isEmpty()) {
      findings.add(
          finding(
              Severity.ERROR,
              FindingCodes.SPONSOR_NO_HOUSING,
              language,
              "sponsor-no-housing",
              List.of()));
    }
    if (sentencesWhereCounts("sponsor.financial", sentences).isEmpty()) {
      findings.add(
          finding(
              Severity.WARNING,
              FindingCodes.SPONSOR_NO_FINANCIAL_SUPPORT,
              language,
              "sponsor-no-financial-support",
              List.of()));
    }
    if (sentencesWhereCounts("sponsor.transport", sentences).isEmpty()) {
      findings.add(
          finding(
              Severity.WARNING,
              FindingCodes.SPONSOR_NO_TRANSPORT,
              language,
              "sponsor-no-transport",
              List.of()));
    }
  }

  private void form(
      LetterText letter,
      List<Sentence> sentences,
      String folded,
      Language language,
      Map<Criterion, CriterionResult> criteria,
      List<Finding> findings) {
    List<String> placeholders =
        sentences.stream()
            .filter(s -> PLACEHOLDER.matcher(s.text()).find())
            .map(Sentence::text)
            .limit(3)
            .toList();
    if (!placeholders.isEmpty()) {
      findings.add(
          finding(
              Severity.ERROR,
              FindingCodes.UNFILLED_PLACEHOLDER,
              language,
              "unfilled-placeholder",
              placeholders));
    }
    List<String> formPhrases = sentencesWhereCounts("template", sentences);
    boolean littleConcrete =
        criteria.values().stream().filter(r -> r.status() == CriterionStatus.MET).count() <= 1;
    if (formPhrases.size() >= 2 && littleConcrete) {
      findings.add(
          finding(
              Severity.WARNING, FindingCodes.BOILERPLATE, language, "boilerplate", formPhrases));
    }
    long words = folded.split("\\s+").length;
    if (words < SHORT_LETTER_WORDS) {
      findings.add(
          finding(Severity.WARNING, FindingCodes.TOO_SHORT, language, "too-short", List.of()));
    }
    if (!LetterFacts.hasDate(folded)) {
      findings.add(finding(Severity.WARNING, FindingCodes.NO_DATE, language, "no-date", List.of()));
    }
    if (!hasSignature(letter.text(), sentences)) {
      findings.add(
          finding(
              Severity.WARNING, FindingCodes.NO_SIGNATURE, language, "no-signature", List.of()));
    }
    letter
        .declaredLanguage()
        .filter(declared -> declared != language)
        .ifPresent(
            declared ->
                findings.add(
                    new Finding(
                        Severity.WARNING,
                        FindingCodes.LANGUAGE_MISMATCH,
                        hints.message(
                            "msg.language-mismatch",
                            languageName(language),
                            languageName(declared)),
                        hints.get(language, "hint.language-mismatch"),
                        List.of())));
    if (language != Language.EN && letter.hasEnglishTranslation().equals(Optional.of(false))) {
      findings.add(
          finding(
              Severity.ERROR,
              FindingCodes.MISSING_TRANSLATION,
              language,
              "missing-translation",
              List.of()));
    }
    List<Sentence> header =
        sentences.stream()
            .limit(HEADER_SENTENCES)
            .filter(s -> s.folded().split("\\s+").length <= HEADER_LINE_WORDS)
            .toList();
    List<String> toJudge = sentencesWhereCounts("judge", header);
    if (!toJudge.isEmpty()) {
      findings.add(
          finding(
              Severity.WARNING,
              FindingCodes.ADDRESSED_TO_JUDGE,
              language,
              "addressed-to-judge",
              toJudge.subList(0, 1)));
    }
  }

  private boolean hasSignature(String text, List<Sentence> sentences) {
    List<String> lines = text.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    List<String> tail = lines.subList(Math.max(0, lines.size() - 6), lines.size());
    for (String line : tail) {
      String f = Fold.fold(line);
      if (SIGNATURE_MARK.matcher(line).find() || lexicon.anyMatch("closing", f)) {
        return true;
      }
    }
    for (String line : tail.subList(Math.max(0, tail.size() - 4), tail.size())) {
      String nameOnly = line.replaceAll("[,.]+$", "");
      if (NAME_LINE.matcher(nameOnly).matches() && nameOnly.length() < 60) {
        return true;
      }
    }
    String end = text.substring(Math.max(0, text.length() - 300));
    return CLOSING_THEN_NAME.matcher(end).find();
  }

  /** The sentences where any cue of {@code group} counts (negation respected). */
  private List<String> sentencesWhereCounts(String section, List<Sentence> sentences) {
    List<String> found = new ArrayList<>();
    for (Sentence s : sentences) {
      for (Cue cue : lexicon.section(section)) {
        if (!cue.mayMatch(s.folded())) {
          continue;
        }
        Matcher m = cue.pattern().matcher(s.folded());
        boolean counted = false;
        while (m.find() && !counted) {
          counted = cue.counts(clause.negated(s.folded(), m.start()));
        }
        if (counted) {
          found.add(s.text());
          break;
        }
      }
    }
    return found;
  }

  private Finding finding(
      Severity severity, String code, Language language, String key, List<String> evidence) {
    return new Finding(
        severity, code, hints.message("msg." + key), hints.get(language, "hint." + key), evidence);
  }

  private String languageName(Language language) {
    return hints.message("msg.language." + language.yamlName());
  }
}
