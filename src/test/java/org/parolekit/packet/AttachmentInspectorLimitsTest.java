package org.parolekit.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An attachment exactly at a limit is accepted; over it, the message gives both numbers. */
class AttachmentInspectorLimitsTest {
  private static final int MB = 1 << 20;

  @TempDir Path dir;

  @Test
  void aFileOfExactlyTheSizeLimitIsAcceptedAndALargerOneIsRefusedWithBothSizes() throws Exception {
    AttachmentInspector inspector = inspector(MB, 60, 60_000_000L);
    byte[] png = AttachmentInspectorTest.image("png");
    assertThat(inspector.inspect(write("scan.png", padded(png, MB)), "x").width()).isEqualTo(40);
    Path big = write("big.png", padded(png, 3 * MB));
    assertThatThrownBy(() -> inspector.inspect(big, "x"))
        .hasMessageStartingWith("x: is 3 MB, over the limit of 1 MB.");
  }

  @Test
  void aPdfOfExactlyThePageLimitIsAccepted() throws Exception {
    AttachmentInspector inspector = inspector(MB, 2, 60_000_000L);
    Path two = write("two.pdf", AttachmentInspectorTest.pdf(2, false));
    assertThat(inspector.inspect(two, "x").pages()).isEqualTo(2);
  }

  @Test
  void anImageOfExactlyThePixelLimitIsAcceptedAndALargerOneIsRefusedWithTheLimit()
      throws Exception {
    Path image = write("id.png", AttachmentInspectorTest.image("png"));
    assertThat(inspector(MB, 60, 40 * 30).inspect(image, "x").height()).isEqualTo(30);
    assertThatThrownBy(() -> inspector(MB, 60, 40 * 30 - 1).inspect(image, "x"))
        .hasMessageContaining("is 40 x 30 pixels");
    assertThatThrownBy(() -> inspector(MB, 60, 2_000_000).inspect(big(), "x"))
        .hasMessageContaining("is 2000 x 1001 pixels, over the limit of 2 megapixels.");
  }

  private Path big() throws IOException {
    java.awt.image.BufferedImage img =
        new java.awt.image.BufferedImage(2000, 1001, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(img, "png", out);
    return write("big.png", out.toByteArray());
  }

  private static AttachmentInspector inspector(long maxBytes, int maxPages, long maxPixels) {
    return new AttachmentInspector(
        new AttachmentLimits(maxBytes, maxPages, maxPixels, Duration.ofSeconds(20)));
  }

  /** {@code image} with zero bytes after its end, {@code size} bytes in all. */
  private static byte[] padded(byte[] image, int size) {
    return Arrays.copyOf(image, size);
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }
}
