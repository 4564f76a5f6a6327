package org.parolekit.cli;

import java.io.PrintWriter;
import java.util.List;
import org.parolekit.core.ExitStatus;
import org.parolekit.core.ParolekitException;
import org.parolekit.interview.InterviewStopped;
import org.parolekit.load.CaseFileException;
import org.parolekit.load.Problem;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into plain messages and documented exit codes; a stack trace only with {@code
 * --verbose}, since traces can carry data from the case file. A command asked for {@code --format
 * json} also prints the failure as a JSON object on standard output.
 */
final class ExecutionExceptionHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parseResult) {
    PrintWriter err = cl.getErr();
    ParseResult command = deepest(parseResult);
    boolean verbose =
        parseResult.hasMatchedOption("--verbose") || command.hasMatchedOption("--verbose");
    if (ex instanceof InterviewStopped) {
      // the interview or coach has said what was kept and how to go on
      return ExitStatus.INTERRUPTED.code();
    }
    int code;
    String message;
    List<Problem> problems = List.of();
    if (ex instanceof CaseFileException c) {
      problems = c.problems();
      for (Problem p : problems) {
        err.println(p.format());
      }
      code = c.status().code();
      message = problems.isEmpty() ? c.getMessage() : problems.get(0).format();
    } else if (ex instanceof ParolekitException p) {
      message = p.getMessage();
      err.println("parolekit: " + message);
      if (verbose) {
        p.printStackTrace(err);
      }
      code = p.status().code();
    } else {
      message =
          "internal error ("
              + ex.getClass().getSimpleName()
              + "). Please report it; run again with --verbose for details.";
      err.println("parolekit: " + message);
      if (verbose) {
        ex.printStackTrace(err);
      }
      code = ExitStatus.INTERNAL_ERROR.code();
    }
    err.flush();
    if (command.matchedOptionValue("--format", null) == ReportFormat.json) {
      PrintWriter out = command.commandSpec().commandLine().getOut();
      out.print(ErrorJson.of(code, message, problems));
      out.flush();
    }
    return code;
  }

  private static ParseResult deepest(ParseResult r) {
    ParseResult p = r;
    while (p.subcommand() != null) {
      p = p.subcommand();
    }
    return p;
  }
}
