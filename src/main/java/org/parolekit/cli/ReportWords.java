package org.parolekit.cli;

import org.parolekit.check.CriterionStatus;
import org.parolekit.check.Severity;
import org.parolekit.core.MessageBundle;
import org.parolekit.model.Criterion;
import org.parolekit.model.Language;

/** The words of the reports people read, from {@code Report.properties}, in one language. */
record ReportWords(MessageBundle bundle) {
  static ReportWords of(Language language) {
    return new ReportWords(new MessageBundle("org.parolekit.cli.Report", language.locale()));
  }

  String get(String key, Object... args) {
    return bundle.get(key, args);
  }

  String severity(Severity severity) {
    return get("severity." + severity.jsonName());
  }

  String criterion(Criterion criterion) {
    return get(
        "criterion."
            + switch (criterion) {
              case IDENTITY -> "identity";
              case FLIGHT_RISK -> "flightRisk";
              case DANGER -> "danger";
            });
  }

  /** A criterion's status, padded to the longest status so the criteria line up. */
  String status(CriterionStatus status) {
    int width = 0;
    for (CriterionStatus s : CriterionStatus.values()) {
      width = Math.max(width, get("status." + s.jsonName()).length());
    }
    String word = get("status." + status.jsonName());
    return word + " ".repeat(width - word.length());
  }
}
