package org.parolekit.packet;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfCopy;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfImportedPage;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.DottedLineSeparator;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parolekit.pdf.PdfDeterminism;
import org.parolekit.pdf.PdfFonts;

/**
 * Joins a cover and the packet's parts into one PDF with a table of contents whose page numbers are
 * the real ones, bookmarks for every part, "Page X of Y" on every page and, for an incomplete
 * packet, a draft mark on every page. Same input, same bytes.
 */
public final class PacketAssembler {
  private static final int MAX_TOC_PASSES = 5;

  /**
   * What the whole packet is: its title, language, date, whether it is a draft, and the reference
   * (the person's name and A-number) printed beside the page number on every page, so that a loose
   * page can be matched to the file.
   */
  public record Layout(
      String title, PacketLabels labels, LocalDate date, boolean draft, String reference) {
    public Layout(String title, PacketLabels labels, LocalDate date, boolean draft) {
      this(title, labels, date, draft, "");
    }
  }

  /** The footer's baseline: its text stays more than half an inch above the paper's edge. */
  static final float FOOTER_BASELINE = 42f;

  /** The draft line's baseline, from the top: more than half an inch below the paper's edge. */
  static final float DRAFT_LINE_FROM_TOP = 50f;

  /** The packet and where each part starts, for tests and reports. */
  public record Assembled(byte[] pdf, int pageCount, Map<String, Integer> firstPages) {}

  public Assembled assemble(byte[] cover, List<PacketPart> parts, Layout layout) {
    int coverPages = pageCount(cover);
    Plan plan = plan(coverPages, parts, layout);
    byte[] stamped = merge(cover, plan.toc(), parts, plan.starts(), coverPages, layout);
    Map<String, Integer> firstPages = new LinkedHashMap<>();
    for (int i = 0; i < parts.size(); i++) {
      firstPages.putIfAbsent(parts.get(i).title(), plan.starts().get(i));
    }
    return new Assembled(stamped, pageCount(stamped), firstPages);
  }

  /** Where each part will start, and the table of contents that says so. */
  public record Plan(List<Integer> starts, byte[] toc) {}

  /**
   * Lays out the table of contents until its own length is stable, so every page number it prints
   * (and every start returned) counts the cover and the contents pages exactly once.
   */
  public Plan plan(int coverPages, List<PacketPart> parts, Layout layout) {
    List<Integer> partPages = parts.stream().map(p -> pageCount(p.pdf())).toList();
    int tocPages = 1;
    for (int pass = 0; pass < MAX_TOC_PASSES; pass++) {
      List<Integer> starts = starts(coverPages + tocPages + 1, partPages);
      byte[] toc = tableOfContents(parts, starts, layout);
      int actual = pageCount(toc);
      if (actual == tocPages) {
        return new Plan(starts, toc);
      }
      tocPages = actual;
    }
    throw new IllegalStateException("the table of contents did not settle");
  }

  /** Pages in a PDF. */
  public static int pages(byte[] pdf) {
    return pageCount(pdf);
  }

  private static List<Integer> starts(int first, List<Integer> partPages) {
    List<Integer> starts = new ArrayList<>();
    int page = first;
    for (int n : partPages) {
      starts.add(page);
      page += n;
    }
    return starts;
  }

  private byte[] tableOfContents(List<PacketPart> parts, List<Integer> starts, Layout layout) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.LETTER, 72, 72, 72, 72);
    PdfWriter writer = PdfWriter.getInstance(doc, out);
    doc.open();
    BaseFont serif = PdfFonts.create(PdfFonts.Face.REGULAR);
    BaseFont bold = PdfFonts.create(PdfFonts.Face.BOLD);
    Paragraph heading = new Paragraph(layout.labels().contents(), new Font(bold, 18));
    heading.setSpacingAfter(18);
    doc.add(heading);
    for (int i = 0; i < parts.size(); i++) {
      PacketPart part = parts.get(i);
      Font font = part.level() == 0 ? new Font(bold, 12) : new Font(serif, 11);
      Paragraph line = new Paragraph();
      line.setFont(font);
      line.setIndentationLeft(part.level() * 18f);
      line.setSpacingBefore(part.level() == 0 ? 8 : 2);
      line.add(new Chunk(part.title(), font));
      line.add(new Chunk(new DottedLineSeparator()));
      line.add(new Chunk(String.valueOf(starts.get(i)), font));
      doc.add(line);
    }
    PdfDeterminism.fix(
        writer.getInfo(), layout.date(), layout.title().getBytes(StandardCharsets.UTF_8));
    doc.close();
    return out.toByteArray();
  }

  private byte[] merge(
      byte[] cover,
      byte[] toc,
      List<PacketPart> parts,
      List<Integer> starts,
      int coverPages,
      Layout layout) {
    int total =
        coverPages + pageCount(toc) + parts.stream().mapToInt(p -> pageCount(p.pdf())).sum();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document();
    PdfCopy copy = new PdfCopy(doc, out);
    doc.open();
    copy.getExtraCatalog().put(PdfName.LANG, new PdfString(languageTag(layout)));
    Stamper stamper =
        new Stamper(
            copy,
            layout,
            total,
            PdfFonts.create(PdfFonts.Face.REGULAR),
            PdfFonts.create(PdfFonts.Face.SANS_BOLD));
    try {
      stamper.append(cover);
      stamper.append(toc);
      for (PacketPart p : parts) {
        stamper.append(p.pdf());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    copy.setOutlines(outline(parts, starts, coverPages, layout));
    List<byte[]> content = new ArrayList<>();
    content.add(cover);
    parts.forEach(p -> content.add(p.pdf()));
    content.add(layout.title().getBytes(StandardCharsets.UTF_8));
    content.add(Boolean.toString(layout.draft()).getBytes(StandardCharsets.US_ASCII));
    copy.getInfo().put(PdfName.TITLE, new PdfString(layout.title(), PdfObject.TEXT_UNICODE));
    copy.getInfo().put(PdfName.PRODUCER, new PdfString("parolekit"));
    PdfDeterminism.fix(copy.getInfo(), layout.date(), content.toArray(byte[][]::new));
    doc.close();
    return out.toByteArray();
  }

  private static String languageTag(Layout layout) {
    return layout.labels().languages().get(0).documentTag();
  }

  private static List<Map<String, Object>> outline(
      List<PacketPart> parts, List<Integer> starts, int coverPages, Layout layout) {
    List<Map<String, Object>> outline = new ArrayList<>();
    outline.add(bookmark(layout.labels().cover(), 1));
    outline.add(bookmark(layout.labels().contents(), coverPages + 1));
    Map<String, Object> section = null;
    for (int i = 0; i < parts.size(); i++) {
      Map<String, Object> mark = bookmark(parts.get(i).title(), starts.get(i));
      if (parts.get(i).level() == 0 || section == null) {
        outline.add(mark);
        section = mark;
      } else {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> kids =
            (List<Map<String, Object>>)
                section.computeIfAbsent("Kids", k -> new ArrayList<Map<String, Object>>());
        kids.add(mark);
      }
    }
    return outline;
  }

  /** Copies pages into the packet, stamping each as it goes, so page order fixes object order. */
  private static final class Stamper {
    private final PdfCopy copy;
    private final Layout layout;
    private final int total;
    private final BaseFont serif;
    private final BaseFont bold;
    private int page;

    Stamper(PdfCopy copy, Layout layout, int total, BaseFont serif, BaseFont bold) {
      this.copy = copy;
      this.layout = layout;
      this.total = total;
      this.serif = serif;
      this.bold = bold;
    }

    void append(byte[] pdf) throws IOException {
      PdfReader reader = new PdfReader(pdf);
      try {
        for (int i = 1; i <= reader.getNumberOfPages(); i++) {
          page++;
          PdfImportedPage imported = copy.getImportedPage(reader, i);
          PdfCopy.PageStamp stamp = copy.createPageStamp(imported);
          Rectangle size = reader.getPageSizeWithRotation(i);
          PdfContentByte over = stamp.getOverContent();
          String number = layout.labels().page(page, total);
          footer(
              over,
              serif,
              layout.reference().isEmpty() ? number : layout.reference() + " · " + number,
              size);
          if (layout.draft()) {
            draftMark(over, bold, layout.labels().draft(), size);
          }
          stamp.alterContents();
          copy.addPage(imported);
        }
        copy.freeReader(reader);
      } finally {
        reader.close();
      }
    }
  }

  private static Map<String, Object> bookmark(String title, int page) {
    Map<String, Object> m = new HashMap<>();
    m.put("Title", title);
    m.put("Action", "GoTo");
    m.put("Page", page + " Fit");
    return m;
  }

  private static void footer(PdfContentByte over, BaseFont font, String text, Rectangle size) {
    float width = font.getWidthPoint(text, 9);
    float x = size.getLeft() + (size.getWidth() - width) / 2;
    over.saveState();
    over.setColorFill(Color.WHITE);
    over.rectangle(x - 4, size.getBottom() + FOOTER_BASELINE - 4, width + 8, 14);
    over.fill();
    over.restoreState();
    over.beginText();
    over.setFontAndSize(font, 9);
    over.setColorFill(Color.DARK_GRAY);
    over.showTextAligned(
        Element.ALIGN_CENTER,
        text,
        size.getLeft() + size.getWidth() / 2,
        size.getBottom() + FOOTER_BASELINE,
        0);
    over.endText();
  }

  private static void draftMark(PdfContentByte over, BaseFont font, String text, Rectangle size) {
    over.saveState();
    PdfGState faint = new PdfGState();
    faint.setFillOpacity(0.18f);
    over.setGState(faint);
    over.beginText();
    over.setFontAndSize(font, 44);
    over.setColorFill(new Color(200, 0, 0));
    over.showTextAligned(
        Element.ALIGN_CENTER,
        text,
        size.getLeft() + size.getWidth() / 2,
        size.getBottom() + size.getHeight() / 2,
        45);
    over.endText();
    over.restoreState();
    over.beginText();
    over.setFontAndSize(font, 10);
    over.setColorFill(new Color(180, 0, 0));
    over.showTextAligned(
        Element.ALIGN_CENTER,
        text,
        size.getLeft() + size.getWidth() / 2,
        size.getTop() - DRAFT_LINE_FROM_TOP,
        0);
    over.endText();
  }

  private static int pageCount(byte[] pdf) {
    try {
      PdfReader r = new PdfReader(pdf);
      try {
        return r.getNumberOfPages();
      } finally {
        r.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
