package org.parolekit.init;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parolekit.output.NewFolder;

/**
 * Makes a new case folder for a volunteer to fill in: the commented case file skeleton, an empty
 * attachments folder and a README with the next steps. The folder must be new or empty; nothing
 * already there is ever replaced.
 */
public final class NewCaseFolder {
  /** The case file, as the examples name theirs. */
  public static final String CASE_FILE = "case.yaml";

  /** Where copies of papers go, as in the examples. */
  public static final String ATTACHMENTS = "attachments";

  static final String README = "README.txt";

  /** What was made: the case file to fill in and the steps to print. */
  public record Result(Path caseFile, List<String> nextSteps) {
    public Result {
      nextSteps = List.copyOf(nextSteps);
    }
  }

  /**
   * Makes the folder {@code request} names.
   *
   * @throws org.parolekit.core.ParolekitException with exit status 4 when the folder exists and is
   *     not empty, or cannot be written; nothing is left behind then
   */
  public Result create(InitRequest request) {
    NextSteps steps = new NextSteps(request);
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(README, steps.readme().getBytes(StandardCharsets.UTF_8));
    files.put(CASE_FILE, CaseSkeleton.in(request.language()));
    new NewFolder().create(request.folder(), files, List.of(ATTACHMENTS));
    return new Result(request.folder().resolve(CASE_FILE), steps.printed());
  }
}
