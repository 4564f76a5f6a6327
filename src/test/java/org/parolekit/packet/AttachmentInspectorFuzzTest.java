package org.parolekit.packet;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.parolekit.core.ExitStatus;
import org.parolekit.core.ParolekitException;

/**
 * Any bytes attached as a PDF, JPEG or PNG are refused with a {@link ParolekitException} naming the
 * attachment, or accepted and then laid out as packet pages without an error: the packet never
 * crashes on an attachment the inspector let through. The first byte picks the file's extension;
 * the rest is the file.
 */
class AttachmentInspectorFuzzTest {
  private static final String[] NAMES = {"scan.pdf", "scan.png", "scan.jpg"};
  private static final String LABEL = "attachments[0].file (scan)";
  private static final AttachmentInspector INSPECTOR =
      new AttachmentInspector(
          new AttachmentLimits(4L * 1024 * 1024, 60, 20_000_000L, Duration.ofSeconds(10)));
  private static final AttachmentPages.Caption CAPTION =
      new AttachmentPages.Caption(
          "Documento adjunto 1 de 1: Contrato", "Sirve para mostrar dónde vivirá.");
  private static Path dir;

  @BeforeAll
  static void folder() throws IOException {
    dir = Files.createTempDirectory("attachment-fuzz");
    Path warmUp = dir.resolve(NAMES[0]);
    Files.write(warmUp, HostilePdfs.plain());
    AttachmentPages.pdf(
        INSPECTOR.inspect(warmUp, LABEL).bytes(), CAPTION, LocalDate.of(2026, 11, 27));
  }

  @AfterAll
  static void clean() throws IOException {
    for (String name : NAMES) {
      Files.deleteIfExists(dir.resolve(name));
    }
    Files.deleteIfExists(dir);
  }

  @FuzzTest(maxDuration = "10m")
  void refusesOrLaysOutAnyAttachment(byte[] input) throws IOException {
    if (input.length == 0) {
      return;
    }
    Path file = dir.resolve(NAMES[(input[0] & 0xff) % NAMES.length]);
    byte[] bytes = Arrays.copyOfRange(input, 1, input.length);
    Files.write(file, bytes);
    long start = System.nanoTime();
    InspectedAttachment inspected;
    try {
      inspected = INSPECTOR.inspect(file, LABEL);
    } catch (ParolekitException e) {
      assertThat(e.status()).isEqualTo(ExitStatus.INVALID_INPUT);
      assertThat(e.getMessage()).startsWith(LABEL + ": ").doesNotContain("Exception").endsWith(".");
      return;
    } finally {
      assertThat((System.nanoTime() - start) / 1_000_000)
          .as("milliseconds to inspect")
          .isLessThan(15_000);
    }
    assertThat(inspected.pages()).isBetween(1, 60);
    AttachmentPages.Pages pages;
    try {
      pages = PacketAttachments.layOut(inspected, CAPTION, LocalDate.of(2026, 11, 27), LABEL);
    } catch (ParolekitException e) {
      assertThat(e.status()).isEqualTo(ExitStatus.INVALID_INPUT);
      assertThat(e.getMessage()).startsWith(LABEL + ": ");
      return;
    }
    assertThat(PacketAssembler.pages(pages.pdf())).isEqualTo(inspected.pages());
  }
}
