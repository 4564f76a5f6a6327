package org.parolekit.packet;

import java.util.Objects;

/**
 * One piece of a packet: a section (level 0) or an entry under the section before it (level 1),
 * with its pages as a PDF.
 */
public record PacketPart(String title, int level, byte[] pdf) {
  public PacketPart {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(pdf, "pdf");
    if (level < 0 || level > 1) {
      throw new IllegalArgumentException("level must be 0 or 1");
    }
  }
}
