package org.parolekit.batch;

/** Hears about a batch's progress, item by item in input order: for a progress bar or log lines. */
public interface BatchListener {
  /** The batch has {@code total} items and is about to start. */
  default void started(int total) {}

  /** Item {@code done} of {@code total} (from 1, in input order) has finished. */
  void finished(int done, int total, String folder, BatchItemResult result);

  BatchListener NONE = (done, total, folder, result) -> {};
}
