package org.parolekit.render;

import com.lowagie.text.Image;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.parolekit.model.Language;

/**
 * Lays a parsed Markdown letter out as an editable Word document (.docx) with the PDF's content: US
 * Letter with one-inch margins, the logo, headings, paragraphs, lists, the signature line and
 * block, the page-number line, and for a draft a red line at the top of every page and the word in
 * the title. The font is Times New Roman, which LibreOffice shows as Liberation Serif (the PDF's
 * face, made to the same measures). The same input always gives the same bytes.
 *
 * <p>Only this class and {@link DocxDeterminism} name Apache POI, so commands that write no Word
 * file never load it.
 */
final class DocxLayout {
  private static final String FONT = "Times New Roman";
  private static final double BODY_SIZE = 11.5;

  /** One inch, in twentieths of a point. */
  private static final int INCH = 1440;

  /** The signature line spans this share of the text width, as in the PDF. */
  private static final double SIGNATURE_LINE_SHARE = 0.45;

  private final XWPFDocument doc;
  private final String lang;

  private DocxLayout(XWPFDocument doc, Language language) {
    this.doc = doc;
    this.lang = language.documentTag();
  }

  /** Renders one document. */
  static byte[] render(Node root, PdfLayout.PdfMeta meta) {
    try (XWPFDocument doc = new XWPFDocument()) {
      DocxLayout layout = new DocxLayout(doc, meta.language());
      layout.page();
      layout.properties(meta);
      if (meta.draft()) {
        layout.draftHeader(meta.language());
      }
      if (!meta.reference().isEmpty()) {
        layout.footer(meta.language(), meta.reference());
      }
      if (meta.logo().isPresent()) {
        layout.logo(meta.logo().get());
      }
      for (Node block = root.getFirstChild(); block != null; block = block.getNext()) {
        layout.block(block, 0);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return DocxDeterminism.normalize(out.toByteArray(), meta.date());
    } catch (IOException | InvalidFormatException e) {
      throw new IllegalStateException("Word layout failed: " + e.getClass().getSimpleName(), e);
    }
  }

  /** The title Word shows for the document: a draft says so in it. */
  static String title(PdfLayout.PdfMeta meta) {
    return meta.draft() ? draftWord(meta.language()) + " — " + meta.title() : meta.title();
  }

  private static String draftWord(Language language) {
    return language == Language.ES ? "BORRADOR / DRAFT" : "DRAFT / BORRADOR";
  }

  private void page() {
    CTSectPr section =
        doc.getDocument().getBody().isSetSectPr()
            ? doc.getDocument().getBody().getSectPr()
            : doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
    size.setW(BigInteger.valueOf(INCH * 17 / 2));
    size.setH(BigInteger.valueOf(INCH * 11));
    CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
    margins.setTop(BigInteger.valueOf(INCH));
    margins.setBottom(BigInteger.valueOf(INCH));
    margins.setLeft(BigInteger.valueOf(INCH));
    margins.setRight(BigInteger.valueOf(INCH));
    margins.setHeader(BigInteger.valueOf(INCH / 2));
    margins.setFooter(BigInteger.valueOf(INCH / 2));
  }

  private void properties(PdfLayout.PdfMeta meta) {
    var core = doc.getProperties().getCoreProperties();
    core.setTitle(title(meta));
    core.setCreator(meta.author());
    core.setLastModifiedByUser("parolekit");
    Date when = Date.from(meta.date().atTime(12, 0).toInstant(ZoneOffset.UTC));
    core.setCreated(Optional.of(when));
    core.setModified(Optional.of(when));
    if (meta.draft()) {
      core.setContentStatus(draftWord(meta.language()));
    }
    doc.getProperties().getExtendedProperties().setApplication("parolekit");
  }

  /** "BORRADOR · DRAFT: do not sign" in red at the top of every page. */
  private void draftHeader(Language language) {
    XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
    XWPFParagraph p =
        header.getParagraphs().isEmpty() ? header.createParagraph() : header.getParagraphs().get(0);
    p.setAlignment(ParagraphAlignment.CENTER);
    XWPFRun run = run(p, true, false, 9);
    run.setColor("A00000");
    run.setText(
        language == Language.ES
            ? "BORRADOR · DRAFT: todavía no firme ni envíe esta carta"
            : "DRAFT · BORRADOR: do not sign or send this letter yet");
  }

  /**
   * The person's name and A-number with "Page 1 of 2", so loose pages can be matched to the file.
   */
  private void footer(Language language, String reference) {
    XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
    XWPFParagraph p =
        footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
    p.setAlignment(ParagraphAlignment.CENTER);
    run(p, false, false, 9)
        .setText(reference + " · " + (language == Language.ES ? "Página " : "Page "));
    field(p, "PAGE");
    run(p, false, false, 9).setText(language == Language.ES ? " de " : " of ");
    field(p, "NUMPAGES");
  }

  private void field(XWPFParagraph p, String instruction) {
    CTSimpleField field = p.getCTP().addNewFldSimple();
    field.setInstr(" " + instruction + " ");
    var r = field.addNewR();
    var props = r.addNewRPr();
    props.addNewSz().setVal(BigInteger.valueOf(18));
    var fonts = props.addNewRFonts();
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    r.addNewT().setStringValue("1");
  }

  private void logo(byte[] bytes) throws IOException, InvalidFormatException {
    Image image = Image.getInstance(bytes);
    // The PDF fits the logo into 180 x 60 points; so does the Word file.
    double scale = Math.min(180 / image.getPlainWidth(), 60 / image.getPlainHeight());
    int width = Units.toEMU(image.getPlainWidth() * scale);
    int height = Units.toEMU(image.getPlainHeight() * scale);
    boolean png =
        bytes.length > 3
            && (bytes[0] & 0xff) == 0x89
            && bytes[1] == 'P'
            && bytes[2] == 'N'
            && bytes[3] == 'G';
    XWPFParagraph p = doc.createParagraph();
    p.setSpacingAfter(120);
    p.createRun()
        .addPicture(
            new ByteArrayInputStream(bytes),
            png ? Document.PICTURE_TYPE_PNG : Document.PICTURE_TYPE_JPEG,
            png ? "logo.png" : "logo.jpg",
            width,
            height);
  }

  private void block(Node block, int depth) {
    if (block instanceof Heading h) {
      double size = h.getLevel() == 1 ? 15 : h.getLevel() == 2 ? 12.5 : BODY_SIZE;
      XWPFParagraph p = paragraph(depth);
      p.setKeepNext(true);
      p.setSpacingBefore(h.getLevel() == 1 ? 0 : 160);
      p.setSpacingAfter(h.getLevel() == 1 ? 120 : 80);
      inlines(p, block, true, false, size);
    } else if (block instanceof Paragraph) {
      XWPFParagraph p = paragraph(depth);
      // The closing ("Sincerely,") stays on the page of the signature line below it.
      p.setKeepNext(
          block.getNext() instanceof ThematicBreak || block.getPrevious() instanceof ThematicBreak);
      inlines(p, block, false, false, BODY_SIZE);
    } else if (block instanceof ThematicBreak) {
      XWPFParagraph line = paragraph(depth);
      line.setKeepNext(true);
      line.setBorderBottom(Borders.SINGLE);
      line.setSpacingBefore(440);
      line.setSpacingAfter(40);
      int textWidth = INCH * 13 / 2;
      line.setIndentationRight((int) Math.round(textWidth * (1 - SIGNATURE_LINE_SHARE)));
    } else if (block instanceof BulletList || block instanceof OrderedList) {
      int number = block instanceof OrderedList o ? orderedStart(o) : 0;
      for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
        if (item instanceof ListItem li) {
          listItem(li, number > 0 ? (number++) + "." : "•", depth, item.getNext() == null);
        }
      }
    } else if (block instanceof BlockQuote) {
      for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
        block(child, depth + 1);
      }
    } else if (block instanceof HtmlBlock html) {
      run(paragraph(depth), false, false, BODY_SIZE).setText(html.getLiteral().strip());
    } else {
      for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
        block(child, depth);
      }
    }
  }

  private static int orderedStart(OrderedList list) {
    Integer start = list.getMarkerStartNumber();
    return start == null || start < 1 ? 1 : start;
  }

  private void listItem(ListItem item, String marker, int depth, boolean last) {
    boolean first = true;
    for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Paragraph && first) {
        XWPFParagraph p = paragraph(depth + 1);
        p.setIndentationHanging(240);
        p.setSpacingAfter(last ? 160 : 80);
        run(p, false, false, BODY_SIZE).setText(marker + " ");
        inlines(p, child, false, false, BODY_SIZE);
      } else {
        block(child, depth + 1);
      }
      first = false;
    }
  }

  private XWPFParagraph paragraph(int depth) {
    XWPFParagraph p = doc.createParagraph();
    p.setSpacingAfter(160);
    p.setSpacingBetween(15, LineSpacingRule.AT_LEAST);
    p.setIndentationLeft(depth * 360);
    return p;
  }

  private void inlines(XWPFParagraph p, Node parent, boolean bold, boolean italic, double size) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Text t) {
        run(p, bold, italic, size).setText(t.getLiteral());
      } else if (n instanceof SoftLineBreak) {
        run(p, bold, italic, size).setText(" ");
      } else if (n instanceof HardLineBreak) {
        run(p, bold, italic, size).addBreak();
      } else if (n instanceof Emphasis) {
        inlines(p, n, bold, true, size);
      } else if (n instanceof StrongEmphasis) {
        inlines(p, n, true, italic, size);
      } else if (n instanceof Code c) {
        run(p, bold, italic, size).setText(c.getLiteral());
      } else if (n instanceof HtmlInline h) {
        run(p, bold, italic, size).setText(h.getLiteral());
      } else {
        inlines(p, n, bold, italic, size);
      }
    }
  }

  private XWPFRun run(XWPFParagraph p, boolean bold, boolean italic, double size) {
    XWPFRun run = p.createRun();
    run.setFontFamily(FONT);
    run.setFontSize(size);
    run.setBold(bold);
    run.setItalic(italic);
    run.setLang(lang);
    return run;
  }
}
