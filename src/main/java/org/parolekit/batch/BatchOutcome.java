package org.parolekit.batch;

import java.nio.file.Path;
import java.util.List;
import org.parolekit.core.ExitStatus;

/** What a batch did: one result per item in input order, and where the reports are. */
public record BatchOutcome(List<BatchItemResult> results, Path csvReport, Path jsonReport, boolean interrupted) {
  public BatchOutcome {
    results = List.copyOf(results);
  }

  public long count(BatchItemResult.Status status) {
    return results.stream().filter(r -> r.status() == status).count();
  }

  /** {@link ExitStatus#FINDINGS} when any item failed or repeated another, or the run was stopped; else OK. */
  public ExitStatus status() {
    return interrupted || count(BatchItemResult.Status.FAILED) > 0 || count(BatchItemResult.Status.REPEATED) > 0
        ? ExitStatus.FINDINGS
        : ExitStatus.OK;
  }
}
