package org.parolekit.output;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.parolekit.core.ExitStatus;
import org.parolekit.core.ParolekitException;

/**
 * Writes one file whole or not at all: to a temporary file in the same folder, flushed to the disk,
 * then put in place atomically. An existing file is replaced only with {@code force}; of two runs
 * writing the same new file, exactly one succeeds. A path through a symbolic link is refused.
 */
public final class AtomicFile {
  private AtomicFile() {}

  /** Writes a file only the user may read (see {@link FileAccess}). */
  public static void write(Path target, byte[] bytes, boolean force) {
    write(target, bytes, force, FileAccess.PRIVATE);
  }

  public static void write(Path target, byte[] bytes, boolean force, FileAccess access) {
    Path file = target.toAbsolutePath().normalize();
    if (Files.isSymbolicLink(file)
        || file.getParent() != null && Files.isSymbolicLink(file.getParent())) {
      throw new ParolekitException(
          ExitStatus.OUTPUT_FAILED,
          target
              + " is, or is in, a symbolic link. Name the real file or folder it points to, so that"
              + " nothing is written somewhere you did not mean");
    }
    if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new ParolekitException(
          ExitStatus.OUTPUT_FAILED, target + " is a folder. Give a file name ending in .pdf");
    }
    if (!force && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new ParolekitException(
          ExitStatus.OUTPUT_FAILED,
          target + " already exists. Use --force to replace it, or choose another name");
    }
    Path tmp = null;
    try {
      Files.createDirectories(file.getParent());
      tmp = Files.createTempFile(file.getParent(), ".parolekit-", ".tmp");
      Publish.writeFully(tmp, bytes);
      access.apply(tmp, file);
      if (force && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        Publish.replace(tmp, file);
      } else {
        Publish.publishNew(tmp, file);
      }
      tmp = null;
    } catch (FileAlreadyExistsException e) {
      throw new ParolekitException(
          ExitStatus.OUTPUT_FAILED,
          target + " already exists. Use --force to replace it, or choose another name",
          e);
    } catch (IOException e) {
      throw new ParolekitException(
          ExitStatus.OUTPUT_FAILED,
          "cannot write "
              + target
              + " ("
              + e.getClass().getSimpleName()
              + "). Check that the folder is writable and the disk is not full",
          e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the temporary file is named .parolekit-*.tmp and holds nothing whole
        }
      }
    }
  }
}
