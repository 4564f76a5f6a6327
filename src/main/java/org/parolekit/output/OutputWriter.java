package org.parolekit.output;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parolekit.core.ExitStatus;
import org.parolekit.core.ParolekitException;
import org.parolekit.render.OutputFormat;
import org.parolekit.render.RenderedDocument;

/**
 * Writes rendered documents to a folder, all or nothing: every file goes to a temporary file in
 * the same folder first and is then moved into place atomically. An existing file is replaced
 * only with {@code force}; otherwise nothing at all is written.
 */
public final class OutputWriter {
  private final FileAccess access;

  /** A writer of files only the user may read. */
  public OutputWriter() {
    this(FileAccess.PRIVATE);
  }

  public OutputWriter(FileAccess access) {
    this.access = Objects.requireNonNull(access, "access");
  }

  /** One file written. */
  public record WrittenFile(RenderedDocument document, OutputFormat format, Path path) {}

  /**
   * Writes each document in each of its rendered formats.
   *
   * @throws ParolekitException with {@link ExitStatus#OUTPUT_FAILED} naming the file, when a file
   *     exists and {@code force} is false, or when writing fails (nothing is left behind)
   */
  public List<WrittenFile> write(List<RenderedDocument> documents, Path directory, boolean force) {
    Objects.requireNonNull(directory, "directory");
    Path dir = prepare(directory);
    List<WrittenFile> planned = plan(documents, dir);
    for (WrittenFile f : planned) {
      if (Files.exists(f.path(), LinkOption.NOFOLLOW_LINKS)) {
        if (Files.isDirectory(f.path(), LinkOption.NOFOLLOW_LINKS)) {
          throw failed(Messages.get("isFolder", f.path()));
        }
        if (!force) {
          throw failed(Messages.get("exists", f.path()));
        }
      }
    }
    List<Path> temporaries = new ArrayList<>();
    List<Path> moved = new ArrayList<>();
    try {
      List<Path> temps = new ArrayList<>();
      for (WrittenFile f : planned) {
        Path tmp = Files.createTempFile(dir, ".parolekit-", ".tmp");
        temporaries.add(tmp);
        temps.add(tmp);
        Publish.writeFully(tmp, f.document().output(f.format()).orElseThrow());
        access.apply(tmp, f.path());
      }
      for (int i = 0; i < planned.size(); i++) {
        Path target = planned.get(i).path();
        boolean existed = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        if (existed && !force) {
          throw new FileAlreadyExistsException(target.toString());
        }
        if (existed) {
          Publish.replace(temps.get(i), target);
        } else {
          Publish.publishNew(temps.get(i), target);
        }
        temporaries.remove(temps.get(i));
        if (!existed) {
          moved.add(target);
        }
      }
    } catch (FileAlreadyExistsException e) {
      cleanUp(temporaries, moved);
      throw failed(Messages.get("exists", e.getFile()));
    } catch (IOException | RuntimeException e) {
      cleanUp(temporaries, moved);
      throw new ParolekitException(
          ExitStatus.OUTPUT_FAILED, Messages.get("cannotWrite", dir, e.getClass().getSimpleName()), e);
    }
    return List.copyOf(planned);
  }

  private static Path prepare(Path directory) {
    if (Files.isSymbolicLink(directory.toAbsolutePath().normalize())) {
      throw failed(Messages.get("symlink", directory));
    }
    try {
      Files.createDirectories(directory);
      return directory.toRealPath();
    } catch (IOException e) {
      throw failed(Messages.get("cannotCreate", directory));
    }
  }

  private static List<WrittenFile> plan(List<RenderedDocument> documents, Path dir) {
    List<WrittenFile> planned = new ArrayList<>();
    List<String> names = FileNames.baseNames(documents);
    for (int i = 0; i < documents.size(); i++) {
      RenderedDocument document = documents.get(i);
      for (OutputFormat format : OutputFormat.values()) {
        if (document.output(format).isPresent()) {
          Path target = dir.resolve(names.get(i) + "." + format.extension());
          if (!dir.equals(target.getParent())) {
            throw failed(Messages.get("outside", target));
          }
          planned.add(new WrittenFile(document, format, target));
        }
      }
    }
    return planned;
  }

  private static void cleanUp(List<Path> temporaries, List<Path> moved) {
    for (Path p : temporaries) {
      deleteQuietly(p);
    }
    for (Path p : moved) {
      deleteQuietly(p);
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // Best effort: the original failure is what the user needs to see.
    }
  }

  private static ParolekitException failed(String message) {
    return new ParolekitException(ExitStatus.OUTPUT_FAILED, message);
  }
}
