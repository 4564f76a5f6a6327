package org.parolekit.packet;

import java.time.Duration;

/**
 * How much an untrusted attachment may weigh before the packet refuses it.
 *
 * @param maxBytes largest file accepted
 * @param maxPages most pages a PDF attachment may add to the packet
 * @param maxPixels largest image, in pixels (width times height), read from the header before
 *     decoding
 * @param timeout longest time one attachment may take to inspect
 */
public record AttachmentLimits(long maxBytes, int maxPages, long maxPixels, Duration timeout) {
  public static final AttachmentLimits DEFAULT =
      new AttachmentLimits(25L * 1024 * 1024, 60, 60_000_000L, Duration.ofSeconds(20));

  public AttachmentLimits {
    if (maxBytes <= 0 || maxPages <= 0 || maxPixels <= 0 || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("attachment limits must be positive");
    }
  }
}
