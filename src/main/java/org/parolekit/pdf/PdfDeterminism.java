package org.parolekit.pdf;

import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * What makes a PDF byte-identical for identical input: dates taken from the document's own date
 * instead of the clock, and a file ID derived from the content instead of random bytes.
 */
public final class PdfDeterminism {
  private PdfDeterminism() {}

  /** Midnight UTC of {@code date}, as the calendar OpenPDF wants for PDF dates. */
  public static Calendar calendar(LocalDate date) {
    GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
    c.clear();
    c.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 0, 0, 0);
    return c;
  }

  /** A PDF file ID (the trailer's /ID) made from a digest of {@code parts}. */
  public static PdfObject fileId(byte[]... parts) {
    byte[] id = Arrays.copyOf(digest(parts), 16);
    return PdfEncryption.createInfoId(id, id);
  }

  /** Fixes the creation and modification dates and the file ID of a document being written. */
  public static void fix(PdfDictionary info, LocalDate date, byte[]... contentParts) {
    PdfDate pdfDate = new PdfDate(calendar(date));
    info.put(PdfName.CREATIONDATE, pdfDate);
    info.put(PdfName.MODDATE, pdfDate);
    info.put(PdfName.FILEID, fileId(contentParts));
  }

  public static byte[] digest(byte[]... parts) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (byte[] p : parts) {
        md.update(Integer.toString(p.length).getBytes(StandardCharsets.US_ASCII));
        md.update(p);
      }
      return md.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
