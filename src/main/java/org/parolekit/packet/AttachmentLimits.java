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
 * @param maxStreamBytes most one compressed stream of a PDF may unpack to (or declare): a
 *     letter-size page scanned at 300 dpi in full color is about 25 MB unpacked
 * @param maxUnpackedBytes most all of a PDF's compressed streams may unpack to together: sixty such
 *     pages in gray come to about 500 MB
 * @param maxObjects most objects a PDF may declare in its cross-reference tables; real scans hold
 *     hundreds, long forms tens of thousands
 */
public record AttachmentLimits(
    long maxBytes,
    int maxPages,
    long maxPixels,
    Duration timeout,
    long maxStreamBytes,
    long maxUnpackedBytes,
    long maxObjects) {
  public static final AttachmentLimits DEFAULT =
      new AttachmentLimits(25L * 1024 * 1024, 60, 60_000_000L, Duration.ofSeconds(20));

  public AttachmentLimits {
    if (maxBytes <= 0
        || maxPages <= 0
        || maxPixels <= 0
        || timeout.isNegative()
        || timeout.isZero()
        || maxStreamBytes <= 0
        || maxUnpackedBytes <= 0
        || maxObjects <= 0) {
      throw new IllegalArgumentException("attachment limits must be positive");
    }
  }

  /** The given limits, and the default ones for what a PDF's streams and tables may hold. */
  public AttachmentLimits(long maxBytes, int maxPages, long maxPixels, Duration timeout) {
    this(
        maxBytes, maxPages, maxPixels, timeout, 64L * 1024 * 1024, 1024L * 1024 * 1024, 1_000_000L);
  }
}
