package org.parolekit.packet;

import com.lowagie.text.pdf.PdfReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.parolekit.core.ExitStatus;
import org.parolekit.core.ParolekitException;

/**
 * Checks an untrusted attachment before it goes into a packet: size, real type, readability,
 * encryption, page and pixel counts. A malformed file gets an error naming it; it never crashes
 * or hangs the run.
 */
public final class AttachmentInspector {
  private final AttachmentLimits limits;

  public AttachmentInspector(AttachmentLimits limits) {
    this.limits = limits;
  }

  /**
   * Inspects {@code file}, described to the user as {@code label} (for example the case-file
   * field that names it).
   *
   * @throws ParolekitException with {@link ExitStatus#INVALID_INPUT} when the file is refused
   */
  public InspectedAttachment inspect(Path file, String label) {
    byte[] bytes = readBounded(file, label);
    AttachmentKind actual =
        AttachmentKind.sniff(bytes)
            .orElseThrow(
                () ->
                    refuse(label, "is not a PDF, JPEG or PNG file", "scan or export it as PDF, JPEG or PNG"));
    AttachmentKind claimed = AttachmentKind.byName(file.getFileName().toString()).orElse(actual);
    if (claimed != actual) {
      throw refuse(
          label,
          "is named like a " + claimed.description() + " but is a " + actual.description(),
          "rename it to end in " + actual.preferredExtension());
    }
    return withTimeout(label, () -> actual == AttachmentKind.PDF ? inspectPdf(file, bytes, label) : inspectImage(file, actual, bytes, label));
  }

  private byte[] readBounded(Path file, String label) {
    try {
      long size = Files.size(file);
      if (size == 0) {
        throw refuse(label, "is empty", "attach the scanned document again");
      }
      if (size > limits.maxBytes()) {
        throw refuse(
            label,
            "is " + (size / (1024 * 1024)) + " MB, over the limit of " + (limits.maxBytes() / (1024 * 1024)) + " MB",
            "scan it at a lower resolution or split it");
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ParolekitException(
          ExitStatus.INVALID_INPUT, label + ": cannot be read (" + e.getClass().getSimpleName() + "). Check that the file exists and is readable", e);
    }
  }

  private InspectedAttachment inspectPdf(Path file, byte[] bytes, String label) {
    PdfReader reader;
    try {
      reader = new PdfReader(bytes);
    } catch (IOException | RuntimeException | StackOverflowError | LinkageError e) {
      if (declaresEncryption(bytes)) {
        throw refuse(label, "is encrypted or protected by a password", "save an unprotected copy and attach that");
      }
      throw refuse(label, "is a damaged or unreadable PDF", "open it, save or print it to a new PDF, and attach that");
    }
    try {
      if (reader.isEncrypted()) {
        throw refuse(label, "is encrypted or protected by a password", "save an unprotected copy and attach that");
      }
      int pages = reader.getNumberOfPages();
      if (pages == 0) {
        throw refuse(label, "has no pages", "attach the scanned document again");
      }
      if (pages > limits.maxPages()) {
        throw refuse(
            label,
            "has " + pages + " pages, over the limit of " + limits.maxPages(),
            "attach only the pages that matter");
      }
      for (int i = 1; i <= pages; i++) {
        reader.getPageSizeWithRotation(i);
        reader.getPageN(i);
      }
      return new InspectedAttachment(file, AttachmentKind.PDF, bytes, pages, 0, 0);
    } catch (RuntimeException | StackOverflowError | LinkageError e) {
      if (e instanceof ParolekitException p) {
        throw p;
      }
      throw refuse(label, "is a damaged or unreadable PDF", "open it, save or print it to a new PDF, and attach that");
    } finally {
      reader.close();
    }
  }

  private InspectedAttachment inspectImage(Path file, AttachmentKind kind, byte[] bytes, String label) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw refuse(label, "is a broken image", "scan or export it again");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width <= 0 || height <= 0 || (long) width * height > limits.maxPixels()) {
          throw refuse(
              label,
              "is " + width + " x " + height + " pixels, over the limit of " + limits.maxPixels() / 1_000_000 + " megapixels",
              "scan it at a lower resolution");
        }
        BufferedImage image = reader.read(0);
        if (image == null) {
          throw refuse(label, "is a broken image", "scan or export it again");
        }
        return new InspectedAttachment(file, kind, bytes, 1, width, height);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException | StackOverflowError e) {
      if (e instanceof ParolekitException p) {
        throw p;
      }
      throw refuse(label, "is a broken image", "scan or export it again");
    }
  }

  private InspectedAttachment withTimeout(String label, java.util.concurrent.Callable<InspectedAttachment> task) {
    ExecutorService executor =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(null, r, "attachment-inspector", 2L * 1024 * 1024);
              t.setDaemon(true);
              return t;
            });
    try {
      Future<InspectedAttachment> f = executor.submit(task);
      return f.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw refuse(label, "took too long to read (over " + limits.timeout().toSeconds() + " s)", "open it, save or print it to a new file, and attach that");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof ParolekitException p) {
        throw p;
      }
      throw refuse(label, "could not be read", "open it, save or print it to a new file, and attach that");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ParolekitException(ExitStatus.INTERNAL_ERROR, "interrupted while reading " + label, e);
    } finally {
      executor.shutdownNow();
    }
  }

  /** Whether the PDF's trailer names an encryption dictionary, read as plain bytes. */
  private static boolean declaresEncryption(byte[] bytes) {
    return new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).contains("/Encrypt");
  }

  private static ParolekitException refuse(String label, String what, String todo) {
    return new ParolekitException(ExitStatus.INVALID_INPUT, label + ": " + what + ". " + capitalize(todo) + ".");
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
