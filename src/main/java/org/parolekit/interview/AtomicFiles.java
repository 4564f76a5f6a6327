package org.parolekit.interview;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.parolekit.core.ExitStatus;
import org.parolekit.core.ParolekitException;

/**
 * Replaces a file in one step: the text goes to a temporary file in the same folder, which is then
 * moved over the target, so an interrupted run leaves either the old file or the new one.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  public static void write(Path target, String text) {
    Path folder = target.toAbsolutePath().getParent();
    Path temp = null;
    try {
      Files.createDirectories(folder);
      temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      deleteQuietly(temp);
      throw new ParolekitException(ExitStatus.OUTPUT_FAILED,
          "cannot write " + target + " (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static void deleteQuietly(Path temp) {
    if (temp == null) {
      return;
    }
    try {
      Files.deleteIfExists(temp);
    } catch (IOException ignored) {
      // the temporary file is hidden and harmless; the error that matters is reported above
    }
  }
}
