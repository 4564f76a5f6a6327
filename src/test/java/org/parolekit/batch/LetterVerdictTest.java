package org.parolekit.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parolekit.check.CriterionResult;
import org.parolekit.check.CriterionStatus;
import org.parolekit.check.Finding;
import org.parolekit.check.LetterReport;
import org.parolekit.check.Severity;
import org.parolekit.check.WriterKind;
import org.parolekit.model.Criterion;
import org.parolekit.model.Language;

/** What a batch report says of a checked letter: its three statuses and its error codes only. */
class LetterVerdictTest {
  private static CriterionResult result(CriterionStatus status) {
    return new CriterionResult(status, List.of(), Optional.empty(), List.of());
  }

  @Test
  void theReportListsEachErrorCodeOnceAndNoWarning() {
    LetterReport report =
        new LetterReport(
            "letter-en",
            Optional.of("Teresa Alvarado Núñez"),
            WriterKind.ORGANIZATION,
            Language.EN,
            Map.of(
                Criterion.IDENTITY, result(CriterionStatus.MET),
                Criterion.FLIGHT_RISK, result(CriterionStatus.WEAK),
                Criterion.DANGER, result(CriterionStatus.MISSING)),
            List.of(
                new Finding(Severity.WARNING, "long-letter", "m", "h", List.of()),
                new Finding(Severity.ERROR, "wrong-a-number", "m", "h", List.of()),
                new Finding(Severity.ERROR, "wrong-a-number", "m2", "h", List.of()),
                new Finding(Severity.ERROR, "no-signature", "m", "h", List.of())),
            List.of());
    LetterVerdict v = LetterVerdict.of(report);
    assertThat(v.errors()).containsExactly("wrong-a-number", "no-signature");
    assertThat(
            List.of(
                v.status(Criterion.IDENTITY),
                v.status(Criterion.FLIGHT_RISK),
                v.status(Criterion.DANGER)))
        .containsExactly("met", "weak", "missing");
  }
}
