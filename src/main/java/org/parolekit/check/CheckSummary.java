package org.parolekit.check;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.parolekit.core.ExitStatus;
import org.parolekit.model.Criterion;

/**
 * Totals over a case's letters.
 *
 * @param letters how many letters were checked
 * @param errors error findings, in letters and across them
 * @param warnings warning findings, in letters and across them
 * @param bestStatus per criterion, the best status any letter reaches
 */
public record CheckSummary(
    int letters, long errors, long warnings, Map<Criterion, CriterionStatus> bestStatus) {

  public CheckSummary {
    bestStatus = Collections.unmodifiableMap(new EnumMap<>(bestStatus));
  }

  /** Whether some letter fully shows every criterion. */
  public boolean allCriteriaMet() {
    return bestStatus.values().stream().allMatch(s -> s == CriterionStatus.MET);
  }

  /**
   * {@link ExitStatus#FINDINGS} when there is an error finding or a criterion no letter meets;
   * {@link ExitStatus#OK} otherwise (warnings alone do not fail a check).
   */
  public ExitStatus exitStatus() {
    return errors > 0 || !allCriteriaMet() ? ExitStatus.FINDINGS : ExitStatus.OK;
  }
}
