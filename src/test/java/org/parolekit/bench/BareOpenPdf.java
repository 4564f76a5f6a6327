package org.parolekit.bench;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The benchmark's reference: a bare OpenPDF loop writing {@code N} one-letter PDFs of the same text
 * with the same embedded subset font (Liberation Serif, bytes read once) that {@code parolekit
 * batch} uses, one file per letter, on {@code THREADS} threads. Not a test: run by {@code
 * bench/batch.sh} with the test class path.
 *
 * <p>Usage: {@code BareOpenPdf N TEXT_FILE OUT_DIR THREADS}
 */
public final class BareOpenPdf {
  private BareOpenPdf() {}

  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    List<String> paragraphs =
        List.of(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8).split("\n\\s*\n"));
    Path out = Files.createDirectories(Path.of(args[2]));
    int threads = Integer.parseInt(args[3]);
    byte[] font;
    try (InputStream in =
        BareOpenPdf.class
            .getClassLoader()
            .getResourceAsStream("liberation/LiberationSerif-Regular.ttf")) {
      font = in.readAllBytes();
    }
    AtomicInteger next = new AtomicInteger();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread w =
          new Thread(
              () -> {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                  try {
                    Files.write(out.resolve("letter-" + i + ".pdf"), letter(paragraphs, font));
                  } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                  }
                }
              });
      workers.add(w);
      w.start();
    }
    for (Thread w : workers) {
      w.join();
    }
  }

  private static byte[] letter(List<String> paragraphs, byte[] fontBytes) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.LETTER, 72, 72, 72, 72);
    PdfWriter.getInstance(doc, bytes);
    doc.open();
    BaseFont base =
        BaseFont.createFont(
            "LiberationSerif-Regular.ttf",
            BaseFont.IDENTITY_H,
            BaseFont.EMBEDDED,
            false,
            fontBytes,
            null);
    Font font = new Font(base, 11);
    for (String p : paragraphs) {
      com.lowagie.text.Paragraph para = new com.lowagie.text.Paragraph(p.strip(), font);
      para.setSpacingAfter(8);
      doc.add(para);
    }
    doc.close();
    return bytes.toByteArray();
  }
}
