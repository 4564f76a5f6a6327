package org.parolekit.check;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parolekit.model.Criterion;
import org.parolekit.model.Language;

/**
 * What checking one letter found: a status per criterion with its evidence, and findings.
 *
 * @param file the letter's source name
 * @param writer the writer's name, when known
 * @param writerKind sponsor, supporter, organization or unknown
 * @param language the language the letter is written in (detected)
 * @param criteria one result for each of identity, flight risk and danger
 * @param findings problems to fix, errors first
 * @param meritsDetections where the letter speaks of the merits of the case, by kind of merits talk
 */
public record LetterReport(
    String file,
    Optional<String> writer,
    WriterKind writerKind,
    Language language,
    Map<Criterion, CriterionResult> criteria,
    List<Finding> findings,
    List<Detection> meritsDetections) {

  public LetterReport {
    criteria = Collections.unmodifiableMap(new EnumMap<>(criteria));
    findings = List.copyOf(findings);
    meritsDetections = meritsDetections == null ? List.of() : List.copyOf(meritsDetections);
  }

  public LetterReport(
      String file,
      Optional<String> writer,
      WriterKind writerKind,
      Language language,
      Map<Criterion, CriterionResult> criteria,
      List<Finding> findings) {
    this(file, writer, writerKind, language, criteria, findings, List.of());
  }

  public CriterionStatus status(Criterion criterion) {
    return criteria.get(criterion).status();
  }

  public boolean hasFinding(String code) {
    return findings.stream().anyMatch(f -> f.code().equals(code));
  }

  public long errorCount() {
    return findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
  }

  public long warningCount() {
    return findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
  }
}
