package org.parolekit.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.parolekit.core.ExitStatus;
import org.parolekit.core.ParolekitException;

/**
 * Makes a new folder with its first files, never touching anything that is already there. A folder
 * that does not exist yet is assembled beside it and put in place by one atomic rename, so it
 * appears whole or not at all; an existing empty folder is filled file by file (each file whole)
 * and emptied again when a step fails. A folder that holds anything, or a path through a symbolic
 * link, is refused.
 */
public final class NewFolder {
  private final FileAccess access;

  /** A maker of folders whose files only the user may read. */
  public NewFolder() {
    this(FileAccess.PRIVATE);
  }

  public NewFolder(FileAccess access) {
    this.access = Objects.requireNonNull(access, "access");
  }

  /**
   * Makes {@code folder} holding {@code files} (relative paths to contents) and the empty {@code
   * subfolders}.
   *
   * @throws ParolekitException with {@link ExitStatus#OUTPUT_FAILED} when the folder is not new or
   *     empty, or cannot be written; nothing is left behind then
   */
  public void create(Path folder, Map<String, byte[]> files, List<String> subfolders) {
    Path target = folder.toAbsolutePath().normalize();
    refuseLinks(folder, target);
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
        throw new ParolekitException(
            ExitStatus.OUTPUT_FAILED, Messages.get("newFolder.notFolder", folder));
      }
      if (!isEmpty(folder, target)) {
        throw new ParolekitException(
            ExitStatus.OUTPUT_FAILED, Messages.get("newFolder.notEmpty", folder));
      }
      fillEmpty(folder, target, files, subfolders);
    } else {
      assembleAndRename(folder, target, files, subfolders);
    }
  }

  private void assembleAndRename(
      Path folder, Path target, Map<String, byte[]> files, List<String> subfolders) {
    Path staging = null;
    try {
      Files.createDirectories(target.getParent());
      staging = Files.createTempDirectory(target.getParent(), ".parolekit-");
      fill(staging, files, subfolders, new ArrayList<>());
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      staging = null;
    } catch (IOException e) {
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        throw new ParolekitException(
            ExitStatus.OUTPUT_FAILED, Messages.get("newFolder.notEmpty", folder), e);
      }
      throw cannotWrite(folder, e);
    } finally {
      if (staging != null) {
        removeTree(staging);
      }
    }
  }

  private void fillEmpty(
      Path folder, Path target, Map<String, byte[]> files, List<String> subfolders) {
    List<Path> made = new ArrayList<>();
    try {
      fill(target, files, subfolders, made);
      made.clear();
    } catch (FileAlreadyExistsException e) {
      throw new ParolekitException(
          ExitStatus.OUTPUT_FAILED, Messages.get("newFolder.notEmpty", folder), e);
    } catch (IOException e) {
      throw cannotWrite(folder, e);
    } finally {
      for (int i = made.size() - 1; i >= 0; i--) {
        removeTree(made.get(i));
      }
    }
  }

  /**
   * Writes the subfolders and files into {@code into}, noting in {@code made} each path it created.
   */
  private void fill(Path into, Map<String, byte[]> files, List<String> subfolders, List<Path> made)
      throws IOException {
    for (String name : subfolders) {
      Path sub = inside(into, name);
      Files.createDirectories(sub.getParent());
      Files.createDirectory(sub);
      made.add(sub);
    }
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Path path = inside(into, file.getKey());
      Files.createDirectories(path.getParent());
      Path tmp = Files.createTempFile(path.getParent(), ".parolekit-", ".tmp");
      made.add(tmp);
      Publish.writeFully(tmp, file.getValue());
      access.apply(tmp, path);
      Publish.publishNew(tmp, path);
      made.remove(tmp);
      made.add(path);
    }
  }

  private static Path inside(Path folder, String relative) {
    Path path = folder.resolve(relative).normalize();
    if (!path.startsWith(folder) || path.equals(folder)) {
      throw new IllegalArgumentException("not a path inside the new folder: " + relative);
    }
    return path;
  }

  private static void refuseLinks(Path folder, Path target) {
    if (Files.isSymbolicLink(target)
        || target.getParent() != null && Files.isSymbolicLink(target.getParent())) {
      throw new ParolekitException(ExitStatus.OUTPUT_FAILED, Messages.get("symlink", folder));
    }
  }

  private static boolean isEmpty(Path folder, Path target) {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(target)) {
      return !entries.iterator().hasNext();
    } catch (IOException e) {
      throw cannotWrite(folder, e);
    }
  }

  private static ParolekitException cannotWrite(Path folder, IOException e) {
    return new ParolekitException(
        ExitStatus.OUTPUT_FAILED,
        Messages.get("cannotWrite", folder, e.getClass().getSimpleName()),
        e);
  }

  /** Removes what a failed step left: best effort, as the failure itself is what gets reported. */
  private static void removeTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException ignored) {
      // a leftover .parolekit-* folder or file holds nothing whole
    }
  }
}
