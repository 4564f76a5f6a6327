package org.parolekit.batch;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parolekit.check.CriterionStatus;
import org.parolekit.check.Finding;
import org.parolekit.check.LetterReport;
import org.parolekit.check.Severity;
import org.parolekit.model.Criterion;

/**
 * What the letter checks say of one person's organizational letter (the English copy ICE reads):
 * the three criteria and the codes of its errors. Codes only: an error's message can quote the
 * letter, and the report is read in a spreadsheet.
 */
public record LetterVerdict(Map<Criterion, CriterionStatus> criteria, List<String> errors) {
  public LetterVerdict {
    criteria = Collections.unmodifiableMap(new EnumMap<>(criteria));
    errors = List.copyOf(errors);
  }

  static LetterVerdict of(LetterReport report) {
    Map<Criterion, CriterionStatus> criteria = new EnumMap<>(Criterion.class);
    for (Criterion c : Criterion.values()) {
      criteria.put(c, report.status(c));
    }
    List<String> errors =
        report.findings().stream()
            .filter(f -> f.severity() == Severity.ERROR)
            .map(Finding::code)
            .distinct()
            .toList();
    return new LetterVerdict(criteria, errors);
  }

  /** The status as the reports write it: met, weak or missing. */
  public String status(Criterion criterion) {
    return criteria.get(criterion).name().toLowerCase(Locale.ROOT);
  }
}
