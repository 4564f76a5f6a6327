package org.parolekit.cli;

import java.io.PrintWriter;
import org.parolekit.core.ExitStatus;
import org.parolekit.core.ParolekitException;
import org.parolekit.interview.InterviewStopped;
import org.parolekit.load.CaseFileException;
import org.parolekit.load.Problem;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into plain messages and documented exit codes; a stack trace only with
 * {@code --verbose}, since traces can carry data from the case file.
 */
final class ExecutionExceptionHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parseResult) {
    PrintWriter err = cl.getErr();
    boolean verbose = parseResult.hasMatchedOption("--verbose")
        || (parseResult.subcommand() != null && deepest(parseResult).hasMatchedOption("--verbose"));
    if (ex instanceof InterviewStopped) {
      // the interview or coach has said what was kept and how to go on
      return ExitStatus.INTERRUPTED.code();
    }
    if (ex instanceof CaseFileException c) {
      for (Problem p : c.problems()) {
        err.println(p.format());
      }
      err.flush();
      return c.status().code();
    }
    if (ex instanceof ParolekitException p) {
      err.println("parolekit: " + p.getMessage());
      if (verbose) {
        p.printStackTrace(err);
      }
      err.flush();
      return p.status().code();
    }
    err.println(
        "parolekit: internal error ("
            + ex.getClass().getSimpleName()
            + "). Please report it; run again with --verbose for details.");
    if (verbose) {
      ex.printStackTrace(err);
    }
    err.flush();
    return ExitStatus.INTERNAL_ERROR.code();
  }

  private static ParseResult deepest(ParseResult r) {
    ParseResult p = r;
    while (p.subcommand() != null) {
      p = p.subcommand();
    }
    return p;
  }
}
