package org.parolekit.render;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.parolekit.model.Language;
import org.parolekit.pdf.PdfFonts;

/**
 * Lays a parsed Markdown letter out as a US Letter PDF with one-inch margins, an embedded Unicode
 * font, page numbers when it runs past one page, and metadata (title, author, language). The same
 * input always gives the same bytes: dates come from the letter date and the file ID from a hash of
 * the content.
 */
final class PdfLayout {
  private static final float MARGIN = 72f;

  /**
   * Where the page-number slot sits: its text stays more than half an inch above the paper's edge.
   */
  private static final float FOOTER_BOTTOM = 38f;

  /**
   * The draft band's baseline, from the top: its letters stay more than half an inch from the edge.
   */
  private static final float BAND_FROM_TOP = 48f;

  /**
   * Type size, line spacing and margins. A letter whose signature would spill alone onto a second
   * page is set once more a little tighter, and kept that way when it then fits on one page.
   */
  private record Measure(float bodySize, float leading, float margin) {}

  private static final Measure NORMAL = new Measure(11.5f, 15f, MARGIN);
  private static final List<Measure> TIGHTER =
      List.of(new Measure(11f, 13.8f, 60f), new Measure(10.5f, 13f, 54f));

  /**
   * What the PDF needs besides the Markdown.
   *
   * @param reference printed beside the page number on every page of a multi-page document (the
   *     person's name and A-number), so loose pages can be matched to the file; empty for pages
   *     that the packet numbers itself, which then get no page numbers of their own
   */
  record PdfMeta(
      String title,
      String author,
      Language language,
      LocalDate date,
      Optional<byte[]> logo,
      String reference,
      boolean draft,
      boolean letter) {
    PdfMeta(
        String title,
        String author,
        Language language,
        LocalDate date,
        Optional<byte[]> logo,
        String reference) {
      this(title, author, language, date, logo, reference, false, false);
    }
  }

  /** A heading closer than this to the foot of the page starts a new page instead. */
  private static final float HEADING_KEEP_WITH_NEXT = 90f;

  /** A last page filled less than this is worth saving by setting the document tighter. */
  private static final float NEARLY_EMPTY = 0.25f;

  /** The closing ("Sincerely,") goes to the next page unless its signature line fits below it. */
  private static final float CLOSING_KEEP_WITH_SIGNATURE = 110f;

  private final PdfResources resources;
  private final float bodySize;
  private final float leading;
  private final float margin;
  private PdfWriter writer;
  private int pages;

  /** How much of the last page's text area the document fills, 0 to 1. */
  private float lastPageFill;

  private PdfLayout(PdfResources resources, Measure measure) {
    this.resources = resources;
    this.bodySize = measure.bodySize();
    this.leading = measure.leading();
    this.margin = measure.margin();
    resources.startDocument();
  }

  /** Renders one document. */
  static byte[] render(Node markdown, String markdownSource, PdfMeta meta) {
    return render(markdown, markdownSource, meta, new PdfResources());
  }

  /** Renders one document with the fonts and logos of a render session. */
  static byte[] render(Node markdown, String markdownSource, PdfMeta meta, PdfResources resources) {
    PdfLayout normal = new PdfLayout(resources, NORMAL);
    byte[] pdf = normal.layout(markdown, markdownSource, meta);
    // A letter whose signature spills onto a second page, or a guide whose last page would hold
    // only a few lines, is set a little tighter when that saves the page.
    if (normal.pages >= 2
        && (meta.letter() ? normal.pages == 2 : normal.lastPageFill < NEARLY_EMPTY)) {
      for (Measure measure : TIGHTER) {
        PdfLayout compact = new PdfLayout(resources, measure);
        byte[] tighter = compact.layout(markdown, markdownSource, meta);
        if (compact.pages < normal.pages) {
          return tighter;
        }
      }
    }
    return pdf;
  }

  private byte[] layout(Node root, String source, PdfMeta meta) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.LETTER, margin, margin, margin, margin);
    try {
      writer = PdfWriter.getInstance(doc, out);
      writer.setPdfVersion(PdfWriter.VERSION_1_7);
      if (!meta.reference().isEmpty()) {
        writer.setPageEvent(
            new PageNumbers(
                resources.font(PdfFonts.Face.REGULAR), meta.language(), meta.reference()));
      }
      if (meta.draft()) {
        writer.setPageEvent(new DraftMark(resources.font(PdfFonts.Face.BOLD), meta.language()));
      }
      doc.addTitle(meta.title());
      doc.addAuthor(meta.author());
      doc.addCreator("parolekit");
      doc.open();
      PdfDate when = new PdfDate(calendar(meta.date()));
      writer.getInfo().put(PdfName.CREATIONDATE, when);
      writer.getInfo().put(PdfName.MODDATE, when);
      writer.getExtraCatalog().put(PdfName.LANG, new PdfString(meta.language().documentTag()));
      if (meta.logo().isPresent()) {
        Image logo = resources.logo(meta.logo().get());
        logo.scaleToFit(180, 60);
        logo.setAlignment(Image.ALIGN_LEFT);
        doc.add(logo);
      }
      for (Node block = root.getFirstChild(); block != null; block = block.getNext()) {
        addBlock(doc, block, 0);
      }
      pages = writer.getPageNumber();
      float top = PageSize.LETTER.getHeight() - margin;
      lastPageFill = (top - writer.getVerticalPosition(false)) / (top - margin);
      doc.close();
      writer.close();
    } catch (DocumentException | IOException e) {
      throw new IllegalStateException("PDF layout failed: " + e.getClass().getSimpleName(), e);
    }
    return withFileId(out.toByteArray(), contentId(source, meta));
  }

  /**
   * Replaces the random file identifier OpenPDF writes in the trailer ({@code /ID [<hex><hex>]})
   * with one derived from the content. The trailer follows the cross-reference table and the new
   * identifier has the same length, so no offset changes.
   */
  private static byte[] withFileId(byte[] pdf, byte[] id) {
    byte[] marker = "/ID [<".getBytes(StandardCharsets.ISO_8859_1);
    int at = lastIndexOf(pdf, marker);
    int hexLength = 2 * id.length;
    if (at < 0
        || at + marker.length + 2 * hexLength + 3 > pdf.length
        || pdf[at + marker.length + hexLength] != '>'
        || pdf[at + marker.length + hexLength + 1] != '<') {
      throw new IllegalStateException("PDF trailer without the expected /ID");
    }
    byte[] hex = HexFormat.of().formatHex(id).getBytes(StandardCharsets.ISO_8859_1);
    System.arraycopy(hex, 0, pdf, at + marker.length, hexLength);
    System.arraycopy(hex, 0, pdf, at + marker.length + hexLength + 2, hexLength);
    return pdf;
  }

  private static int lastIndexOf(byte[] data, byte[] pattern) {
    outer:
    for (int i = data.length - pattern.length; i >= 0; i--) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static Calendar calendar(LocalDate date) {
    GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    c.clear();
    c.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 12, 0, 0);
    return c;
  }

  private static byte[] contentId(String source, PdfMeta meta) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(source.getBytes(StandardCharsets.UTF_8));
      md.update(meta.title().getBytes(StandardCharsets.UTF_8));
      md.update(meta.author().getBytes(StandardCharsets.UTF_8));
      md.update(meta.date().toString().getBytes(StandardCharsets.UTF_8));
      md.update(meta.reference().getBytes(StandardCharsets.UTF_8));
      meta.logo().ifPresent(md::update);
      byte[] full = md.digest();
      byte[] id = new byte[16];
      System.arraycopy(full, 0, id, 0, 16);
      return id;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private void addBlock(Document doc, Node block, int depth) throws DocumentException {
    if (block instanceof Heading) {
      Heading h = (Heading) block;
      if (writer.getVerticalPosition(false) - margin < HEADING_KEEP_WITH_NEXT) {
        doc.newPage();
      }
      float size = h.getLevel() == 1 ? 15f : h.getLevel() == 2 ? 12.5f : bodySize;
      Paragraph p = paragraph(block, size, true);
      p.setSpacingBefore(h.getLevel() == 1 ? 0 : 8);
      p.setSpacingAfter(h.getLevel() == 1 ? 6 : 4);
      doc.add(p);
    } else if (block instanceof org.commonmark.node.Paragraph) {
      if (block.getNext() instanceof ThematicBreak
          && writer.getVerticalPosition(false) - margin < CLOSING_KEEP_WITH_SIGNATURE) {
        doc.newPage();
      }
      Paragraph p = paragraph(block, bodySize, false);
      p.setIndentationLeft(depth * 18f);
      p.setSpacingAfter(8);
      doc.add(p);
    } else if (block instanceof ThematicBreak) {
      Paragraph line = paragraph(leading);
      Chunk rule = new Chunk(new LineSeparator(0.6f, 45f, null, Element.ALIGN_LEFT, -2f));
      rule.setFont(font(false, false, bodySize));
      line.add(rule);
      line.setSpacingBefore(22);
      line.setSpacingAfter(2);
      doc.add(line);
    } else if (block instanceof BulletList || block instanceof OrderedList) {
      int number = block instanceof OrderedList ? orderedStart((OrderedList) block) : 0;
      for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
        if (item instanceof ListItem) {
          String marker = number > 0 ? (number++) + "." : "•";
          addListItem(doc, (ListItem) item, marker, depth, item.getNext() == null);
        }
      }
    } else if (block instanceof BlockQuote) {
      for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
        addBlock(doc, child, depth + 1);
      }
    } else if (block instanceof HtmlBlock) {
      Paragraph p = paragraph(leading);
      p.add(new Chunk(((HtmlBlock) block).getLiteral(), font(false, false, bodySize)));
      doc.add(p);
    } else {
      for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
        addBlock(doc, child, depth);
      }
    }
  }

  private static int orderedStart(OrderedList list) {
    Integer start = list.getMarkerStartNumber();
    return start == null || start < 1 ? 1 : start;
  }

  private void addListItem(Document doc, ListItem item, String marker, int depth, boolean last)
      throws DocumentException {
    boolean first = true;
    for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof org.commonmark.node.Paragraph && first) {
        Paragraph p = paragraph(leading);
        p.setIndentationLeft((depth + 1) * 18f);
        p.setFirstLineIndent(-12f);
        p.add(new Chunk(marker + " ", font(false, false, bodySize)));
        inlines(p, child, false, false, bodySize);
        p.setSpacingAfter(last ? 8 : 4);
        doc.add(p);
      } else {
        addBlock(doc, child, depth + 1);
      }
      first = false;
    }
  }

  /** An empty paragraph whose default font is the embedded body font, never a built-in one. */
  private Paragraph paragraph(float leading) {
    Paragraph p = new Paragraph(leading);
    p.setFont(font(false, false, bodySize));
    return p;
  }

  private Paragraph paragraph(Node block, float size, boolean bold) {
    Paragraph p = paragraph(size * 1.3f);
    inlines(p, block, bold, false, size);
    return p;
  }

  private void inlines(Phrase target, Node parent, boolean bold, boolean italic, float size) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Text) {
        Chunk chunk = new Chunk(((Text) n).getLiteral(), font(bold, italic, size));
        chunk.setSplitCharacter(KeepNumbersWhole.INSTANCE);
        target.add(chunk);
      } else if (n instanceof SoftLineBreak) {
        target.add(new Chunk(" ", font(bold, italic, size)));
      } else if (n instanceof HardLineBreak) {
        target.add(new Chunk("\n", font(bold, italic, size)));
      } else if (n instanceof Emphasis) {
        inlines(target, n, bold, true, size);
      } else if (n instanceof StrongEmphasis) {
        inlines(target, n, true, italic, size);
      } else if (n instanceof Code) {
        target.add(new Chunk(((Code) n).getLiteral(), font(bold, italic, size)));
      } else if (n instanceof HtmlInline) {
        target.add(new Chunk(((HtmlInline) n).getLiteral(), font(bold, italic, size)));
      } else if (n instanceof Link) {
        inlines(target, n, bold, italic, size);
      } else {
        inlines(target, n, bold, italic, size);
      }
    }
  }

  private Font font(boolean bold, boolean italic, float size) {
    PdfFonts.Face face =
        bold && italic
            ? PdfFonts.Face.BOLD_ITALIC
            : bold ? PdfFonts.Face.BOLD : italic ? PdfFonts.Face.ITALIC : PdfFonts.Face.REGULAR;
    return new Font(resources.font(face), size);
  }

  /**
   * Breaks lines where OpenPDF normally does, except at a hyphen between digits, so an A-number
   * (A012-345-678) or a phone number never splits across lines.
   */
  private static final class KeepNumbersWhole extends DefaultSplitCharacter {
    static final KeepNumbersWhole INSTANCE = new KeepNumbersWhole();

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
      char c = getCurrentCharacter(current, cc, ck);
      if (c == '-'
          && current > start
          && current + 1 < end
          && Character.isDigit(getCurrentCharacter(current - 1, cc, ck))
          && Character.isDigit(getCurrentCharacter(current + 1, cc, ck))) {
        return false;
      }
      return super.isSplitCharacter(start, current, end, cc, ck);
    }
  }

  /**
   * Writes "Page 2 of 3" at the foot of every page, but only when the document has more than one
   * page: each page gets an empty placeholder that is filled in when the total is known.
   */
  private static final class PageNumbers extends PdfPageEventHelper {
    private final BaseFont font;
    private final Language language;
    private final String reference;
    private final List<PdfTemplate> slots = new ArrayList<>();

    PageNumbers(BaseFont font, Language language, String reference) {
      this.font = font;
      this.language = language;
      this.reference = reference;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      PdfContentByte cb = writer.getDirectContent();
      float width = document.getPageSize().getWidth() - 2 * MARGIN;
      PdfTemplate slot = cb.createTemplate(width, 14);
      cb.addTemplate(slot, MARGIN, FOOTER_BOTTOM);
      slots.add(slot);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
      int total = slots.size();
      if (total < 2) {
        return;
      }
      for (int i = 0; i < total; i++) {
        PdfTemplate slot = slots.get(i);
        String label =
            language == Language.ES
                ? "Página " + (i + 1) + " de " + total
                : "Page " + (i + 1) + " of " + total;
        if (!reference.isEmpty()) {
          label = reference + " · " + label;
        }
        slot.beginText();
        slot.setFontAndSize(font, 9);
        slot.showTextAligned(PdfContentByte.ALIGN_CENTER, label, slot.getWidth() / 2, 3, 0);
        slot.endText();
      }
    }
  }

  /**
   * Marks every page of a draft: "BORRADOR / DRAFT" across the page in light grey, and a line at
   * the top saying it must not be signed yet, so no page of an unfinished letter can pass for a
   * finished one.
   */
  private static final class DraftMark extends PdfPageEventHelper {
    private final BaseFont font;
    private final Language language;

    DraftMark(BaseFont font, Language language) {
      this.font = font;
      this.language = language;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      PdfContentByte under = writer.getDirectContentUnder();
      under.saveState();
      PdfGState faint = new PdfGState();
      faint.setFillOpacity(0.12f);
      under.setGState(faint);
      under.beginText();
      under.setFontAndSize(font, 72);
      under.setGrayFill(0.2f);
      float centerX = document.getPageSize().getWidth() / 2;
      float centerY = document.getPageSize().getHeight() / 2;
      under.showTextAligned(
          PdfContentByte.ALIGN_CENTER,
          language == Language.ES ? "BORRADOR" : "DRAFT",
          centerX,
          centerY,
          45);
      under.endText();
      under.restoreState();
      PdfContentByte over = writer.getDirectContent();
      over.beginText();
      over.setFontAndSize(font, 9);
      over.setRGBColorFill(160, 0, 0);
      String line =
          language == Language.ES
              ? "BORRADOR · DRAFT: todavía no firme ni envíe esta carta"
              : "DRAFT · BORRADOR: do not sign or send this letter yet";
      over.showTextAligned(
          PdfContentByte.ALIGN_CENTER,
          line,
          centerX,
          document.getPageSize().getHeight() - BAND_FROM_TOP,
          0);
      over.endText();
    }
  }
}
