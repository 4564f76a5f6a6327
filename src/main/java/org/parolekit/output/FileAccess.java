package org.parolekit.output;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/**
 * Who may read a file parolekit writes. Letters and packets hold a person's A-number, birth date
 * and address, so by default only the user may read them; a team working in a shared folder can ask
 * for group read. Where the file system has no POSIX permissions (Windows, some network drives),
 * the folder's own sharing applies.
 */
public enum FileAccess {
  /** {@code rw-------}: only the user. */
  PRIVATE("rw-------"),
  /** {@code rw-r-----}: the user, and the user's group may read. */
  GROUP_READ("rw-r-----"),
  /** The permissions the file already has when it is replaced; {@link #PRIVATE} for a new file. */
  AS_BEFORE("rw-------");

  private final Set<PosixFilePermission> permissions;

  FileAccess(String permissions) {
    this.permissions = PosixFilePermissions.fromString(permissions);
  }

  /**
   * Sets these permissions on {@code temporary}, which is about to replace (or become) {@code
   * target}.
   */
  void apply(Path temporary, Path target) throws IOException {
    if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    Set<PosixFilePermission> wanted =
        this == AS_BEFORE ? existing(target).orElse(permissions) : permissions;
    Files.setPosixFilePermissions(temporary, wanted);
  }

  private static Optional<Set<PosixFilePermission>> existing(Path target) throws IOException {
    return Files.exists(target, LinkOption.NOFOLLOW_LINKS)
        ? Optional.of(Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS))
        : Optional.empty();
  }
}
