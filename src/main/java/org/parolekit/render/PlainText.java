package org.parolekit.render;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/** Writes a parsed letter as plain text for email and for checks: one paragraph per line. */
final class PlainText {
  static final String SIGNATURE_LINE = "______________________________";

  private PlainText() {}

  /** Whether a text has anything a reader would see: a letter or a digit. */
  static boolean hasText(String text) {
    return text.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  static String render(Node root) {
    StringBuilder b = new StringBuilder();
    for (Node block = root.getFirstChild(); block != null; block = block.getNext()) {
      block(b, block, "");
    }
    String text = b.toString().replaceAll("\n{3,}", "\n\n").strip();
    return text + "\n";
  }

  private static void block(StringBuilder b, Node block, String indent) {
    if (block instanceof Heading || block instanceof Paragraph) {
      b.append(indent);
      inline(b, block, indent);
      b.append("\n\n");
    } else if (block instanceof ThematicBreak) {
      b.append('\n').append(indent).append(SIGNATURE_LINE).append('\n');
    } else if (block instanceof BulletList || block instanceof OrderedList) {
      int number = 0;
      if (block instanceof OrderedList) {
        Integer start = ((OrderedList) block).getMarkerStartNumber();
        number = start == null || start < 1 ? 1 : start;
      }
      for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
        if (item instanceof ListItem) {
          String marker = number > 0 ? (number++) + ". " : "- ";
          boolean first = true;
          for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (first && child instanceof Paragraph) {
              b.append(indent).append(marker);
              inline(b, child, indent + "  ");
              b.append('\n');
            } else {
              block(b, child, indent + "  ");
            }
            first = false;
          }
        }
      }
      b.append('\n');
    } else if (block instanceof BlockQuote) {
      for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
        block(b, child, indent + "    ");
      }
    } else if (block instanceof HtmlBlock) {
      b.append(indent).append(((HtmlBlock) block).getLiteral().strip()).append("\n\n");
    } else {
      for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
        block(b, child, indent);
      }
    }
  }

  private static void inline(StringBuilder b, Node parent, String indent) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Text) {
        b.append(((Text) n).getLiteral());
      } else if (n instanceof SoftLineBreak) {
        b.append(' ');
      } else if (n instanceof HardLineBreak) {
        b.append('\n').append(indent);
      } else if (n instanceof Code) {
        b.append(((Code) n).getLiteral());
      } else if (n instanceof HtmlInline) {
        b.append(((HtmlInline) n).getLiteral());
      } else {
        inline(b, n, indent);
      }
    }
  }
}
