package org.parolekit.load;

import java.util.List;
import org.parolekit.core.ExitStatus;
import org.parolekit.core.ParolekitException;

/** An input file that cannot be used, with every problem found in it. */
public final class CaseFileException extends ParolekitException {
  private static final long serialVersionUID = 1L;
  private final transient List<Problem> problems;

  public CaseFileException(List<Problem> problems) {
    super(ExitStatus.INVALID_INPUT, summary(problems));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }

  private static String summary(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a CaseFileException needs at least one problem");
    }
    return problems.size() == 1
        ? problems.get(0).format()
        : problems.get(0).format() + " (and " + (problems.size() - 1) + " more)";
  }
}
