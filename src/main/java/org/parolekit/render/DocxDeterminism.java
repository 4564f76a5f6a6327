package org.parolekit.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Makes a Word file's bytes depend on its content only: the zip entries are written again in the
 * same order with the letter date at noon as their time (local time, so the machine's time zone
 * plays no part) and no extra fields.
 */
final class DocxDeterminism {
  private DocxDeterminism() {}

  static byte[] normalize(byte[] docx, LocalDate date) throws IOException {
    LocalDateTime when = date.atTime(12, 0);
    ByteArrayOutputStream out = new ByteArrayOutputStream(docx.length + 512);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(9);
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTimeLocal(when);
        zip.putNextEntry(copy);
        in.transferTo(zip);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
