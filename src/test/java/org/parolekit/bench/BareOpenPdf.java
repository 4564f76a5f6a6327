package org.parolekit.bench;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
 * <p>Given a {@code LOGO} (an image file), the letter carries what the organizational letter
 * carries: that image at the top (bytes read once) and the bold face (Liberation Serif Bold, also
 * embedded as a subset) for the first paragraph (the organization's name) and the {@code Re:} line,
 * the rest in the regular face.
 *
 * <p>Usage: {@code BareOpenPdf N TEXT_FILE OUT_DIR THREADS [LOGO]}
 */
public final class BareOpenPdf {
  private BareOpenPdf() {}

  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    List<String> paragraphs =
        List.of(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8).split("\n\\s*\n"));
    Path out = Files.createDirectories(Path.of(args[2]));
    int threads = Integer.parseInt(args[3]);
    byte[] font = resource("liberation/LiberationSerif-Regular.ttf");
    byte[] boldFont = args.length > 4 ? resource("liberation/LiberationSerif-Bold.ttf") : null;
    byte[] logo = args.length > 4 ? Files.readAllBytes(Path.of(args[4])) : null;
    AtomicInteger next = new AtomicInteger();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread w =
          new Thread(
              () -> {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                  try {
                    Files.write(
                        out.resolve("letter-" + i + ".pdf"),
                        letter(paragraphs, font, boldFont, logo));
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
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

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = BareOpenPdf.class.getClassLoader().getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  private static BaseFont face(String name, byte[] bytes) throws IOException {
    return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
  }

  private static byte[] letter(
      List<String> paragraphs, byte[] fontBytes, byte[] boldBytes, byte[] logo) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.LETTER, 72, 72, 72, 72);
    PdfWriter.getInstance(doc, bytes);
    doc.open();
    Font font = new Font(face("LiberationSerif-Regular.ttf", fontBytes), 11);
    Font bold =
        boldBytes == null ? font : new Font(face("LiberationSerif-Bold.ttf", boldBytes), 11);
    if (logo != null) {
      Image image = Image.getInstance(logo);
      image.scaleToFit(54, 54);
      doc.add(image);
    }
    for (int i = 0; i < paragraphs.size(); i++) {
      String text = paragraphs.get(i).strip();
      boolean heading = i == 0 || text.startsWith("Re:");
      Paragraph para = new Paragraph(text, heading ? bold : font);
      para.setSpacingAfter(8);
      doc.add(para);
    }
    doc.close();
    return bytes.toByteArray();
  }
}
