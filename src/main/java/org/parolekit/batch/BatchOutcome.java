package org.parolekit.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.parolekit.core.ExitStatus;

/**
 * What a batch did: one result per item in input order, and where the reports are.
 *
 * @param interrupted whether items were left unstarted (Ctrl-C, or {@code halted})
 * @param halted why the batch stopped early by itself: a template that could not be stopped
 */
public record BatchOutcome(
    List<BatchItemResult> results,
    Path csvReport,
    Path jsonReport,
    boolean interrupted,
    Optional<String> halted) {
  public BatchOutcome {
    results = List.copyOf(results);
  }

  public long count(BatchItemResult.Status status) {
    return results.stream().filter(r -> r.status() == status).count();
  }

  /**
   * {@link ExitStatus#INVALID_INPUT} when a template stopped the batch; {@link ExitStatus#FINDINGS}
   * when any item failed or repeated another, or the run was stopped; else OK.
   */
  public ExitStatus status() {
    if (halted.isPresent()) {
      return ExitStatus.INVALID_INPUT;
    }
    return interrupted
            || count(BatchItemResult.Status.FAILED) > 0
            || count(BatchItemResult.Status.REPEATED) > 0
        ? ExitStatus.FINDINGS
        : ExitStatus.OK;
  }
}
