package org.parolekit.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The two steps every output takes: a temporary file written and flushed to the disk, then put in
 * place so that a reader sees the old file, the new one, or none, never part of one.
 */
final class Publish {
  private Publish() {}

  /** Writes {@code bytes} to an existing temporary file and forces them to the disk. */
  static void writeFully(Path file, byte[] bytes) throws IOException {
    try (FileChannel ch =
            FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        OutputStream out = Channels.newOutputStream(ch)) {
      out.write(bytes);
      out.flush();
      ch.force(true);
    }
  }

  /**
   * Puts a finished temporary file in place of a file that did not exist. A hard link fails if
   * someone created the file meanwhile (another run, a user), so of two runs racing for one new
   * file exactly one wins; where links are not supported, an atomic move after a check is the
   * fallback.
   */
  static void publishNew(Path temporary, Path target) throws IOException {
    boolean linked;
    try {
      Files.createLink(target, temporary);
      linked = true;
    } catch (FileAlreadyExistsException e) {
      throw e;
    } catch (UnsupportedOperationException | IOException e) {
      linked = false;
    }
    if (linked) {
      Files.delete(temporary);
      return;
    }
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileAlreadyExistsException(target.toString());
    }
    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Replaces an existing file with a finished temporary file, atomically. */
  static void replace(Path temporary, Path target) throws IOException {
    Files.move(
        temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }
}
