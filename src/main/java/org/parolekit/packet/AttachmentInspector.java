package org.parolekit.packet;

import com.lowagie.text.pdf.PdfReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.Callable;
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
 * encryption, page and pixel counts, and for a PDF, before any library parses it, what its
 * cross-reference tables declare and what its compressed streams unpack to. A malformed file gets
 * an error naming it; it never crashes or hangs the run.
 */
public final class AttachmentInspector {
  private final AttachmentLimits limits;

  public AttachmentInspector(AttachmentLimits limits) {
    this.limits = limits;
  }

  /**
   * Inspects {@code file}, described to the user as {@code label} (for example the case-file field
   * that names it).
   *
   * @throws ParolekitException with {@link ExitStatus#INVALID_INPUT} when the file is refused
   */
  public InspectedAttachment inspect(Path file, String label) {
    byte[] bytes = readBounded(file, label);
    AttachmentKind actual =
        AttachmentKind.sniff(bytes).orElseThrow(() -> refuse("notSupported", label));
    AttachmentKind claimed = AttachmentKind.byName(file.getFileName().toString()).orElse(actual);
    if (claimed != actual) {
      throw refuse(
          "misnamed",
          label,
          claimed.description(),
          actual.description(),
          actual.preferredExtension());
    }
    return withTimeout(
        label,
        () ->
            actual == AttachmentKind.PDF
                ? inspectPdf(file, bytes, label)
                : inspectImage(file, actual, bytes, label));
  }

  private byte[] readBounded(Path file, String label) {
    try {
      long size = Files.size(file);
      if (size == 0) {
        throw refuse("empty", label);
      }
      if (size > limits.maxBytes()) {
        throw refuse(
            "tooBig",
            label,
            String.valueOf(size / (1024 * 1024)),
            String.valueOf(limits.maxBytes() / (1024 * 1024)));
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ParolekitException(
          ExitStatus.INVALID_INPUT,
          Messages.get("unreadable", label, e.getClass().getSimpleName()),
          e);
    }
  }

  private InspectedAttachment inspectPdf(Path file, byte[] bytes, String label) {
    try {
      PdfSyntax syntax = new PdfSyntax(bytes);
      new XrefChain(syntax, limits.maxObjects()).check();
      new StreamSizes(bytes, limits.maxStreamBytes(), limits.maxUnpackedBytes()).check();
    } catch (UnsafePdf e) {
      throw new ParolekitException(ExitStatus.INVALID_INPUT, e.message(label));
    }
    PdfReader reader;
    try {
      reader = new PdfReader(bytes);
    } catch (IOException | RuntimeException | StackOverflowError | LinkageError e) {
      if (declaresEncryption(bytes)) {
        throw refuse("encrypted", label);
      }
      throw refuse("damagedPdf", label);
    }
    try {
      if (reader.isEncrypted()) {
        throw refuse("encrypted", label);
      }
      int pages = reader.getNumberOfPages();
      if (pages == 0) {
        throw refuse("noPages", label);
      }
      if (pages > limits.maxPages()) {
        throw refuse(
            "tooManyPages", label, String.valueOf(pages), String.valueOf(limits.maxPages()));
      }
      for (int i = 1; i <= pages; i++) {
        reader.getPageSizeWithRotation(i);
        reader.getPageN(i);
        reader.getPageContent(i);
      }
      return new InspectedAttachment(file, AttachmentKind.PDF, bytes, pages, 0, 0);
    } catch (IOException | RuntimeException | StackOverflowError | LinkageError e) {
      if (e instanceof ParolekitException p) {
        throw p;
      }
      throw refuse("damagedPdf", label);
    } finally {
      reader.close();
    }
  }

  private InspectedAttachment inspectImage(
      Path file, AttachmentKind kind, byte[] bytes, String label) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw refuse("brokenImage", label);
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width <= 0 || height <= 0 || (long) width * height > limits.maxPixels()) {
          throw refuse(
              "tooManyPixels",
              label,
              String.valueOf(width),
              String.valueOf(height),
              String.valueOf(limits.maxPixels() / 1_000_000));
        }
        BufferedImage image = reader.read(0);
        if (image == null) {
          throw refuse("brokenImage", label);
        }
        return new InspectedAttachment(file, kind, bytes, 1, width, height);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException | StackOverflowError e) {
      if (e instanceof ParolekitException p) {
        throw p;
      }
      throw refuse("brokenImage", label);
    }
  }

  private InspectedAttachment withTimeout(String label, Callable<InspectedAttachment> task) {
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
      throw refuse("tooSlow", label, String.valueOf(limits.timeout().toSeconds()));
    } catch (ExecutionException e) {
      if (e.getCause() instanceof ParolekitException p) {
        throw p;
      }
      throw refuse("failed", label);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ParolekitException(
          ExitStatus.INTERNAL_ERROR, "interrupted while reading " + label, e);
    } finally {
      executor.shutdownNow();
    }
  }

  /** Whether the PDF's trailer names an encryption dictionary, read as plain bytes. */
  private static boolean declaresEncryption(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1).contains("/Encrypt");
  }

  private static ParolekitException refuse(String key, Object... args) {
    return new ParolekitException(ExitStatus.INVALID_INPUT, Messages.get(key, args));
  }
}
