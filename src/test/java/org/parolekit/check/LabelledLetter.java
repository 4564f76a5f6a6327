package org.parolekit.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.parolekit.model.Criterion;
import org.parolekit.model.Language;

/**
 * One labelled letter in the corpus format: a header of {@code key: value} lines, a line {@code
 * ---}, then the letter. The header gives {@code language}, the three criteria ({@code identity},
 * {@code flightRisk}, {@code danger}: met, weak or missing), {@code merits} (yes or no), and
 * optionally {@code writer_kind}, {@code source_type} and {@code completeness}; other keys
 * (sources, reasons) are kept but not used.
 *
 * @param file the file name
 * @param text the letter, without its header
 * @param language the labelled language
 * @param expected the labelled status per criterion
 * @param merits whether the letter argues the merits of the case
 * @param writerKind who wrote it, when the header says
 * @param sourceType what kind of source it came from, when the header says
 * @param header every header line, as read
 */
record LabelledLetter(
    String file,
    String text,
    Language language,
    Map<Criterion, CriterionStatus> expected,
    boolean merits,
    Optional<WriterKind> writerKind,
    Optional<String> sourceType,
    Map<String, String> header) {

  private static final Pattern HEADER_LINE = Pattern.compile("([A-Za-z_]+):\\s?(.*)");

  /** The kind a letter is grouped under in reports: its writer kind, else its source type. */
  String kind() {
    return writerKind.map(WriterKind::jsonName).orElseGet(() -> sourceType.orElse("unknown"));
  }

  /** Every labelled letter ({@code *.txt} with a header) in a folder, sorted by file name. */
  static List<LabelledLetter> readFolder(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      List<LabelledLetter> letters = new ArrayList<>();
      for (Path p :
          files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
        letters.add(read(p));
      }
      return letters;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads one labelled letter; a file without the header is an error naming the file. */
  static LabelledLetter read(Path path) {
    String all;
    try {
      all = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String name = path.getFileName().toString();
    int separator = all.indexOf("\n---\n");
    if (separator < 0) {
      throw new IllegalArgumentException(name + ": no header (key: value lines, then a line ---)");
    }
    Map<String, String> header = new LinkedHashMap<>();
    for (String line : all.substring(0, separator).split("\n")) {
      var m = HEADER_LINE.matcher(line.strip());
      if (m.matches()) {
        header.put(m.group(1), m.group(2).strip());
      }
    }
    Map<Criterion, CriterionStatus> expected = new EnumMap<>(Criterion.class);
    for (Criterion c : Criterion.values()) {
      expected.put(
          c, CriterionStatus.fromJsonName(required(header, CriteriaAssessor.groupName(c), name)));
    }
    String languageCode = required(header, "language", name).split("\\s+")[0];
    return new LabelledLetter(
        name,
        all.substring(separator + 5),
        Language.valueOf(languageCode.toUpperCase(Locale.ROOT)),
        expected,
        required(header, "merits", name).equals("yes"),
        Optional.ofNullable(header.get("writer_kind"))
            .map(k -> WriterKind.valueOf(k.toUpperCase(Locale.ROOT))),
        Optional.ofNullable(header.get("source_type")),
        header);
  }

  private static String required(Map<String, String> header, String key, String file) {
    String value = header.get(key);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(file + ": header has no " + key);
    }
    return value;
  }
}
