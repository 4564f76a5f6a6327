package org.parolekit.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.parolekit.output.FileAccess;
import org.parolekit.render.LetterOptions;

/**
 * One batch run: the organization profile that signs every letter, the inputs (roster CSVs, folders
 * of case files, case files) in order, where to write, and how.
 *
 * @param jobs how many letters are rendered at once (each worker has its own render session)
 * @param toolVersion part of every fingerprint, so a new parolekit regenerates everything
 * @param access who may read the files written
 */
public record BatchRequest(
    Path organization,
    List<Path> inputs,
    Path outputDir,
    LetterOptions options,
    boolean force,
    int jobs,
    String toolVersion,
    FileAccess access,
    boolean check) {
  /** A batch that does not check the letters it writes. */
  public BatchRequest(
      Path organization,
      List<Path> inputs,
      Path outputDir,
      LetterOptions options,
      boolean force,
      int jobs,
      String toolVersion,
      FileAccess access) {
    this(organization, inputs, outputDir, options, force, jobs, toolVersion, access, false);
  }

  public BatchRequest {
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(outputDir, "outputDir");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(toolVersion, "toolVersion");
    inputs = List.copyOf(inputs);
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("at least one input");
    }
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1");
    }
  }
}
