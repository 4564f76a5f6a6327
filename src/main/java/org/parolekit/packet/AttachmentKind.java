package org.parolekit.packet;

import java.util.Locale;
import java.util.Optional;

/** The file types a packet accepts as attachments, recognized by their first bytes. */
public enum AttachmentKind {
  PDF("PDF document", ".pdf"),
  JPEG("JPEG image", ".jpg", ".jpeg"),
  PNG("PNG image", ".png");

  private final String description;
  private final String[] extensions;

  AttachmentKind(String description, String... extensions) {
    this.description = description;
    this.extensions = extensions;
  }

  public String description() {
    return description;
  }

  /** The kind the file's content shows, whatever its name says. */
  public static Optional<AttachmentKind> sniff(byte[] head) {
    if (startsWith(head, '%', 'P', 'D', 'F', '-')) {
      return Optional.of(PDF);
    }
    if (head.length >= 3
        && (head[0] & 0xff) == 0xFF
        && (head[1] & 0xff) == 0xD8
        && (head[2] & 0xff) == 0xFF) {
      return Optional.of(JPEG);
    }
    if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Optional.of(PNG);
    }
    return Optional.empty();
  }

  /** The kind a file name claims, from its extension. */
  public static Optional<AttachmentKind> byName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    for (AttachmentKind k : values()) {
      for (String ext : k.extensions) {
        if (lower.endsWith(ext)) {
          return Optional.of(k);
        }
      }
    }
    return Optional.empty();
  }

  public String preferredExtension() {
    return extensions[0];
  }

  private static boolean startsWith(byte[] head, int... expected) {
    if (head.length < expected.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if ((head[i] & 0xff) != expected[i]) {
        return false;
      }
    }
    return true;
  }
}
