package org.parolekit.check;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.parolekit.model.Language;

/**
 * The vocabulary of the letter checks, kept as data ({@code lexicon-common.txt}, {@code
 * lexicon-en.txt}, {@code lexicon-es.txt} beside this class) so that a reviewer can read and extend
 * it without touching code.
 *
 * <p>Format, one item a line ({@code #} starts a comment):
 *
 * <pre>
 * define NAME = regex        a word class, used in later patterns as {NAME}
 * [section]                  the detector ({@link Detector#section()}) or signal that follows
 * + regex                    counts when not negated
 * - regex                    counts only when negated ("never arrested")
 * = regex                    counts either way (the pattern carries its own polarity)
 * + @any regex               also counts when the writer speaks of themself
 * </pre>
 *
 * Patterns match folded text (lower case, no accents, plain apostrophes). Words of a class are
 * written with their inflections ({@code attend\w*}, {@code cumpli\w*}), which is how the rules
 * stay tolerant of inflection without a stemmer. Both languages are always matched, so letters that
 * mix English and Spanish are read whole. Every section must be a known detector or signal, and
 * every macro must be defined: a mistake fails at load time with the file and line.
 *
 * <p>Each line also keeps the literals one of which any match of it contains ({@link
 * RequiredLiterals}), so that a sentence holding none of them is not matched at all ({@link
 * Cue#mayMatch}): most sentences hold none of the words most lines need.
 *
 * <p>The build reads and checks the files once and writes what it found to an index ({@link
 * LexiconIndex}); a command reads that index when it was made from the same files, and compiles a
 * line's pattern only when a sentence first gets past its literals ({@link CuePattern}). Without
 * the index, or with one made from other files, the files are read as the build reads them.
 */
final class Lexicon {
  /** Sections that are not detectors: signals the checks use. */
  static final Set<String> SIGNALS =
      Set.of(
          "negator",
          "affirmation",
          "clause",
          "self",
          "subject.first",
          "subject.third",
          "subject.addressee",
          "subject.relative",
          "subject.category",
          "subject.determiner",
          "subject.stop",
          "closing",
          "judge",
          "template",
          "sponsor.housing",
          "sponsor.financial",
          "sponsor.transport",
          "meritsReview.topic",
          "meritsReview.judgment",
          "meritsReview.exclude",
          "relative",
          "writer.neverMet",
          "self.name",
          "group",
          "group.context",
          "identity.knowing",
          "identity.time",
          "writer.intro",
          "plea",
          "hedge",
          "merits.disclaimer",
          "cover.housing",
          "cover.financial",
          "cover.transport",
          "cover.status");

  private static final Pattern DEFINE = Pattern.compile("define\\s+([A-Z][A-Z0-9_]*)\\s*=\\s*(.+)");
  private static final Pattern SECTION = Pattern.compile("\\[([A-Za-z.]+)]");
  private static final Pattern MACRO_USE = Pattern.compile("\\{([A-Z][A-Z0-9_]*)}");

  private final Map<String, List<Cue>> sections;
  private final LiteralIndex literals;
  private final List<Cue> cues;

  private Lexicon(Map<String, List<Cue>> sections, LiteralIndex literals, List<Cue> cues) {
    this.sections = sections;
    this.literals = literals;
    this.cues = cues;
  }

  /**
   * The built-in lexicons, read and compiled once per JVM (hundreds of patterns: a large part of a
   * quick command's start) and shared by every checker; immutable, so sharing is safe.
   */
  static Lexicon builtIn() {
    return BuiltIn.LEXICON;
  }

  /** Holds the built-in lexicons, read on first use. */
  private static final class BuiltIn {
    static final Lexicon LEXICON = read();

    private BuiltIn() {}
  }

  /** The lexicon files, in the order they are read: common definitions, then each language. */
  static final List<String> RESOURCES =
      List.of("lexicon-common.txt", "lexicon-en.txt", "lexicon-es.txt");

  private static Lexicon read() {
    List<byte[]> sources = builtInSources();
    try (InputStream index = Lexicon.class.getResourceAsStream(LexiconIndex.RESOURCE)) {
      if (index != null) {
        Optional<List<Cue>> cues = LexiconIndex.read(index, LexiconIndex.fingerprint(sources));
        if (cues.isPresent()) {
          return of(cues.get());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return of(derive(sources));
  }

  /**
   * Every line of the lexicon files ({@link #RESOURCES}, given as their bytes), in order, read and
   * checked from the source: each pattern compiled, its literals derived ({@link
   * RequiredLiterals}). A mistake fails with the file and line.
   */
  static List<Cue> derive(List<byte[]> sources) {
    Map<String, String> common = new LinkedHashMap<>();
    List<Cue> cues = new ArrayList<>();
    read(RESOURCES.get(0), sources.get(0), null, common, cues);
    read(RESOURCES.get(1), sources.get(1), Language.EN, new LinkedHashMap<>(common), cues);
    read(RESOURCES.get(2), sources.get(2), Language.ES, new LinkedHashMap<>(common), cues);
    return cues;
  }

  /** The built-in lexicon files' bytes, in the order of {@link #RESOURCES}. */
  static List<byte[]> builtInSources() {
    return RESOURCES.stream().map(Lexicon::resourceBytes).toList();
  }

  /** The lexicon of these lines, grouped by section in their order, with their literal index. */
  static Lexicon of(List<Cue> cues) {
    Set<String> all = new HashSet<>();
    for (Cue cue : cues) {
      cue.required().literals().ifPresent(all::addAll);
    }
    LiteralIndex index = LiteralIndex.of(all);
    Map<String, List<Cue>> sections = new LinkedHashMap<>();
    for (Cue cue : cues) {
      sections.computeIfAbsent(cue.section(), k -> new ArrayList<>()).add(cue.indexedBy(index));
    }
    sections.replaceAll((k, v) -> List.copyOf(v));
    return new Lexicon(Map.copyOf(sections), index, List.copyOf(cues));
  }

  private static byte[] resourceBytes(String resource) {
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing lexicon " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every line, in the order of the files (not indexed). */
  List<Cue> cues() {
    return cues;
  }

  /**
   * The folded text with the lexicon's literals it holds, found in one pass: a text matched with
   * many lines is scanned once and each line tested with {@link Cue#mayMatch(ScannedText)}.
   */
  ScannedText scan(String folded) {
    return literals.scan(folded);
  }

  /** The lines of a section, both languages; empty when the section has none. */
  List<Cue> section(String name) {
    return sections.getOrDefault(name, List.of());
  }

  List<Cue> section(Detector detector) {
    return section(detector.section());
  }

  /** Whether any line of the section matches the folded text, negated or not. */
  boolean anyMatch(String section, String folded) {
    for (Cue cue : section(section)) {
      if (cue.mayMatch(folded) && cue.pattern().matcher(folded).find()) {
        return true;
      }
    }
    return false;
  }

  /** As {@link #anyMatch(String, String)}, for a text already scanned. */
  boolean anyMatch(String section, ScannedText text) {
    for (Cue cue : section(section)) {
      if (cue.mayMatch(text) && cue.pattern().matcher(text.text()).find()) {
        return true;
      }
    }
    return false;
  }

  private static void read(
      String resource,
      byte[] bytes,
      Language language,
      Map<String, String> macros,
      List<Cue> cues) {
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      String section = null;
      while ((line = reader.readLine()) != null) {
        number++;
        String trimmed = line.strip();
        String where = resource + ":" + number;
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        Matcher define = DEFINE.matcher(trimmed);
        Matcher header = SECTION.matcher(trimmed);
        if (define.matches()) {
          macros.put(define.group(1), "(?:" + expand(define.group(2).strip(), macros, where) + ")");
        } else if (header.matches()) {
          section = header.group(1);
          if (!SIGNALS.contains(section) && Detector.forSection(section).isEmpty()) {
            throw new IllegalStateException(where + ": unknown section [" + section + "]");
          }
        } else {
          if (section == null) {
            throw new IllegalStateException(where + ": a pattern before any [section]");
          }
          if (language == null) {
            throw new IllegalStateException(where + ": the common lexicon holds only definitions");
          }
          cues.add(cue(trimmed, section, language, macros, where));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Cue cue(
      String line, String section, Language language, Map<String, String> macros, String where) {
    String[] parts = line.split("\\s+", 2);
    Cue.Polarity polarity =
        switch (parts[0]) {
          case "+" -> Cue.Polarity.AFFIRMED;
          case "-" -> Cue.Polarity.NEGATED;
          case "=" -> Cue.Polarity.EITHER;
          default -> throw new IllegalStateException(where + ": expected + - or = then a pattern");
        };
    if (parts.length < 2) {
      throw new IllegalStateException(where + ": no pattern");
    }
    String rest = parts[1].strip();
    boolean anySubject = rest.startsWith("@any ");
    if (anySubject) {
      rest = rest.substring(5).strip();
    }
    try {
      Pattern pattern = Pattern.compile(expand(rest, macros, where));
      if (pattern.matcher("").find()) {
        throw new IllegalStateException(where + ": pattern matches empty text (a stray '|'?)");
      }
      return new Cue(
          section,
          polarity,
          anySubject,
          CuePattern.of(pattern),
          language,
          where,
          LiteralSet.requiredBy(pattern));
    } catch (PatternSyntaxException e) {
      throw new IllegalStateException(where + ": " + e.getDescription(), e);
    }
  }

  private static String expand(String pattern, Map<String, String> macros, String where) {
    Matcher m = MACRO_USE.matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String body = macros.get(m.group(1));
      if (body == null) {
        throw new IllegalStateException(where + ": {" + m.group(1) + "} is not defined above");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(body));
    }
    m.appendTail(out);
    return out.toString();
  }
}
