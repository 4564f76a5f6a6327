package org.parolekit.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.parolekit.batch.BatchItemResult;
import org.parolekit.batch.BatchListener;

/**
 * Shows a batch's progress on standard error: a one-line bar (done, rate, time left) redrawn in
 * place on a terminal, or one plain line per item ({@code [12/100] maria-jose-hernandez-lopez
 * generated}) when the output is a file, a pipe or a CI log. Folder names only: never an A-number
 * or a birth date.
 */
abstract class BatchProgress implements BatchListener {
  private static final int BAR_WIDTH = 28;
  private static final long REDRAW_NANOS = 100_000_000L;

  /** Ends the bar's line, if one was drawn. */
  void done() {}

  static BatchProgress silent() {
    return new BatchProgress() {
      @Override
      public void finished(int done, int total, String folder, BatchItemResult result) {}
    };
  }

  static BatchProgress forStream(PrintWriter err, CliEnvironment environment) {
    boolean ci = environment.variables().containsKey("CI");
    return !ci && System.console() != null ? new Bar(err) : new Lines(err);
  }

  /** One line per item, for logs. */
  static final class Lines extends BatchProgress {
    private final PrintWriter err;

    Lines(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void finished(int done, int total, String folder, BatchItemResult result) {
      err.println("[" + done + "/" + total + "] " + folder + " " + result.status().reportName());
      err.flush();
    }
  }

  /** A bar redrawn at most ten times a second. */
  static final class Bar extends BatchProgress {
    private final PrintWriter err;
    private long start;
    private long lastDraw;
    private boolean drawn;

    Bar(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void started(int total) {
      start = System.nanoTime();
    }

    @Override
    public void finished(int done, int total, String folder, BatchItemResult result) {
      long now = System.nanoTime();
      if (done < total && now - lastDraw < REDRAW_NANOS) {
        return;
      }
      lastDraw = now;
      err.print("\r" + line(done, total, (now - start) / 1e9));
      err.flush();
      drawn = true;
    }

    static String line(int done, int total, double seconds) {
      int filled = total == 0 ? BAR_WIDTH : (int) ((long) BAR_WIDTH * done / total);
      double rate = seconds > 0 ? done / seconds : 0;
      String left = rate > 0 ? clock((total - done) / rate) : "--:--";
      return "["
          + "#".repeat(filled)
          + ".".repeat(BAR_WIDTH - filled)
          + "] "
          + done
          + "/"
          + total
          + String.format(Locale.ROOT, "  %.1f/s  %s left ", rate, left);
    }

    private static String clock(double seconds) {
      long s = Math.round(seconds);
      return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    @Override
    void done() {
      if (drawn) {
        err.println();
        err.flush();
      }
    }
  }
}
