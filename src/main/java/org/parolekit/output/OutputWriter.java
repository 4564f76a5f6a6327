package org.parolekit.output;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.parolekit.core.ExitStatus;
import org.parolekit.core.ParolekitException;
import org.parolekit.render.OutputFormat;
import org.parolekit.render.RenderedDocument;

/**
 * Writes rendered documents to a folder, all or nothing: every file goes to a temporary file in the
 * same folder first and is then moved into place atomically. An existing file is replaced only with
 * {@code force}; otherwise nothing at all is written.
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

  /** What becomes of a file already at a target path. */
  public enum Existing {
    /** Nothing at all is written. */
    REFUSE,
    /** The file is replaced. */
    REPLACE,
    /**
     * The file is kept when it holds exactly the bytes that would be written (a run that was killed
     * left it); any other file means nothing at all is written.
     */
    KEEP_IDENTICAL
  }

  /**
   * What writing a set did.
   *
   * @param removed files of the last set that are no longer part of it, removed
   * @param keptChanged files of the last set no longer part of it, kept because they were changed
   *     after parolekit wrote them
   */
  public record SetResult(List<WrittenFile> written, List<Path> removed, List<Path> keptChanged) {
    public SetResult {
      written = List.copyOf(written);
      removed = List.copyOf(removed);
      keptChanged = List.copyOf(keptChanged);
    }
  }

  /**
   * Writes the documents as the folder's set of files: as {@link #write}, and with {@code force}
   * the files the last run wrote that are no longer part of the set are removed, unless they were
   * changed since; files parolekit did not write are never touched.
   */
  public SetResult writeSet(List<RenderedDocument> documents, Path directory, boolean force) {
    Path dir = prepare(directory);
    Optional<FolderSet> before = FolderSet.read(dir);
    List<WrittenFile> written =
        writeInto(documents, dir, force ? Existing.REPLACE : Existing.REFUSE);
    Map<String, String> now = new TreeMap<>();
    for (WrittenFile f : written) {
      now.put(
          f.path().getFileName().toString(),
          FolderSet.digest(f.document().output(f.format()).orElseThrow()));
    }
    List<Path> removed = new ArrayList<>();
    List<Path> kept = new ArrayList<>();
    if (before.isPresent()) {
      for (Map.Entry<String, String> old : new TreeMap<>(before.get().digests()).entrySet()) {
        Path stale = dir.resolve(old.getKey());
        if (now.containsKey(old.getKey())
            || !Files.isRegularFile(stale, LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        try {
          if (FolderSet.digest(Files.readAllBytes(stale)).equals(old.getValue())) {
            Files.delete(stale);
            removed.add(stale);
          } else {
            kept.add(stale);
            now.put(old.getKey(), old.getValue());
          }
        } catch (IOException e) {
          throw new ParolekitException(
              ExitStatus.OUTPUT_FAILED,
              Messages.get("cannotWrite", dir, e.getClass().getSimpleName()),
              e);
        }
      }
    }
    AtomicFile.write(dir.resolve(FolderSet.FILE_NAME), new FolderSet(now).toJson(), true, access);
    return new SetResult(written, removed, kept);
  }

  /**
   * Writes each document in each of its rendered formats.
   *
   * @throws ParolekitException with {@link ExitStatus#OUTPUT_FAILED} naming the file, when a file
   *     exists and {@code force} is false, or when writing fails (nothing is left behind)
   */
  public List<WrittenFile> write(List<RenderedDocument> documents, Path directory, boolean force) {
    return write(documents, directory, force ? Existing.REPLACE : Existing.REFUSE);
  }

  /**
   * Writes each document in each of its rendered formats, treating files already there as {@code
   * existing} says.
   *
   * @throws ParolekitException with {@link ExitStatus#OUTPUT_FAILED} naming the file, when a file
   *     exists that may not be replaced nor kept, or when writing fails (nothing is left behind)
   */
  public List<WrittenFile> write(
      List<RenderedDocument> documents, Path directory, Existing existing) {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(existing, "existing");
    return writeInto(documents, prepare(directory), existing);
  }

  /** {@link #write(List, Path, Existing)} into {@code dir}, a folder {@link #prepare} returned. */
  private List<WrittenFile> writeInto(
      List<RenderedDocument> documents, Path dir, Existing existing) {
    boolean force = existing == Existing.REPLACE;
    List<WrittenFile> planned = plan(documents, dir);
    List<WrittenFile> toWrite = new ArrayList<>();
    for (WrittenFile f : planned) {
      if (Files.exists(f.path(), LinkOption.NOFOLLOW_LINKS)) {
        if (Files.isDirectory(f.path(), LinkOption.NOFOLLOW_LINKS)) {
          throw failed(Messages.get("isFolder", f.path()));
        }
        if (existing == Existing.KEEP_IDENTICAL
            && holds(f.path(), f.document().output(f.format()).orElseThrow())) {
          continue;
        }
        if (!force) {
          throw failed(Messages.get("exists", f.path()));
        }
      }
      toWrite.add(f);
    }
    List<Path> temporaries = new ArrayList<>();
    List<Path> moved = new ArrayList<>();
    try {
      List<Path> temps = new ArrayList<>();
      for (WrittenFile f : toWrite) {
        Path tmp = Files.createTempFile(dir, ".parolekit-", ".tmp");
        temporaries.add(tmp);
        temps.add(tmp);
        Publish.writeFully(tmp, f.document().output(f.format()).orElseThrow());
        access.apply(tmp, f.path());
      }
      for (int i = 0; i < toWrite.size(); i++) {
        Path target = toWrite.get(i).path();
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
          ExitStatus.OUTPUT_FAILED,
          Messages.get("cannotWrite", dir, e.getClass().getSimpleName()),
          e);
    }
    return List.copyOf(planned);
  }

  /** Whether {@code file} is a regular file (not a link) holding exactly {@code bytes}. */
  private static boolean holds(Path file, byte[] bytes) {
    try {
      return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
          && Files.size(file) == bytes.length
          && Arrays.equals(Files.readAllBytes(file), bytes);
    } catch (IOException e) {
      return false;
    }
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
