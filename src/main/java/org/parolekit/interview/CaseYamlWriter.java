package org.parolekit.interview;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.parolekit.model.ANumber;
import org.parolekit.model.CaseFile;
import org.parolekit.model.Doc;
import org.parolekit.model.FileRef;
import org.parolekit.model.PartialDate;
import org.parolekit.model.YamlEnum;

/**
 * Writes a case file as readable YAML that the strict loader reads back to the same records:
 * sections in the model's order, each under a comment saying what it holds, values quoted only
 * where YAML would misread them, long statements folded.
 */
public final class CaseYamlWriter {
  /** The editor hint every case file starts with, as in {@code examples/}. */
  public static final String SCHEMA_HINT =
      "# yaml-language-server: $schema=parolekit-case.schema.json";

  private static final int WIDTH = 96;
  private static final int FOLD_OVER = 72;
  private static final Pattern SPECIAL_WORD =
      Pattern.compile("(?i)y|n|yes|no|true|false|on|off|null|~|\\.inf|-\\.inf|\\.nan|<<|=");
  private static final Pattern NUMBER_LIKE =
      Pattern.compile("[-+]?[0-9.][0-9a-fA-FxXoObB _:,.+\\-]*");
  private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

  /** The default header: the editor hint and a line saying how to get the schema it names. */
  public static List<String> defaultHeader() {
    return List.of(
        SCHEMA_HINT,
        "#",
        "# A parolekit case file, written by \"parolekit interview\". Editors that support YAML"
            + " check",
        "# it against the schema: run \"parolekit schema > parolekit-case.schema.json\" in this"
            + " folder.");
  }

  /**
   * The case as YAML text.
   *
   * @param header comment lines to start with (each starting with {@code #})
   */
  public String write(CaseFile caseFile, List<String> header) {
    StringBuilder out = new StringBuilder();
    for (String line : header) {
      out.append(line).append('\n');
    }
    for (RecordComponent rc : CaseFile.class.getRecordComponents()) {
      Object value = get(caseFile, rc);
      if (isAbsent(value)) {
        continue;
      }
      out.append('\n');
      Doc doc = rc.getAnnotation(Doc.class);
      if (doc != null) {
        out.append("# ").append(doc.value()).append('\n');
      }
      entry(out, rc.getName(), value, 0);
    }
    return out.toString();
  }

  /**
   * One {@code key: value} entry at {@code indent}, as the whole file would have it, for an edit in
   * place.
   */
  String entryText(String key, String value, int indent) {
    StringBuilder out = new StringBuilder();
    scalarEntry(out, " ".repeat(indent), key, value, indent);
    return out.toString();
  }

  private void entry(StringBuilder out, String key, Object value, int indent) {
    String pad = " ".repeat(indent);
    if (value instanceof Record r && !isScalarRecord(r)) {
      out.append(pad).append(key).append(":\n");
      fields(out, r, indent + 2);
    } else if (value instanceof List<?> list) {
      if (list.stream().allMatch(this::isShortScalar)) {
        List<String> items = new ArrayList<>();
        for (Object item : list) {
          items.add(flowScalar(scalarText(item)));
        }
        out.append(pad).append(key).append(": [").append(String.join(", ", items)).append("]\n");
      } else {
        out.append(pad).append(key).append(":\n");
        for (Object item : list) {
          listItem(out, item, indent + 2);
        }
      }
    } else {
      scalarEntry(out, pad, key, value, indent);
    }
  }

  private void listItem(StringBuilder out, Object item, int indent) {
    String pad = " ".repeat(indent);
    if (item instanceof Record r && !isScalarRecord(r)) {
      StringBuilder inner = new StringBuilder();
      fields(inner, r, indent + 2);
      String text = inner.toString();
      out.append(pad).append("- ").append(text.substring(indent + 2));
    } else {
      out.append(pad).append("- ").append(plainOrQuoted(scalarText(item))).append('\n');
    }
  }

  private void fields(StringBuilder out, Record r, int indent) {
    for (RecordComponent rc : r.getClass().getRecordComponents()) {
      Object value = get(r, rc);
      if (!isAbsent(value)) {
        entry(out, rc.getName(), value, indent);
      }
    }
  }

  private void scalarEntry(StringBuilder out, String pad, String key, Object value, int indent) {
    String text = scalarText(value);
    if (value instanceof String && foldable(text)) {
      out.append(pad).append(key).append(": >-\n");
      String inner = " ".repeat(indent + 2);
      String[] paragraphs = text.split("\n", -1);
      for (int i = 0; i < paragraphs.length; i++) {
        if (i > 0) {
          out.append('\n');
        }
        for (String line : wrap(paragraphs[i], WIDTH - indent - 2)) {
          out.append(inner).append(line).append('\n');
        }
      }
      return;
    }
    boolean plain =
        value instanceof LocalDate
            || value instanceof PartialDate
            || value instanceof Boolean
            || value instanceof Integer;
    out.append(pad)
        .append(key)
        .append(": ")
        .append(plain ? text : plainOrQuoted(text))
        .append('\n');
  }

  /** Whether a text reads back unchanged from a folded block: long, no edge or double spaces. */
  private static boolean foldable(String text) {
    if (text.length() <= FOLD_OVER && text.indexOf('\n') < 0) {
      return false;
    }
    if (text.startsWith("\n") || text.endsWith("\n")) {
      return false;
    }
    for (String paragraph : text.split("\n", -1)) {
      if (!paragraph.equals(paragraph.strip())
          || paragraph.contains("  ")
          || paragraph.indexOf('\t') >= 0) {
        return false;
      }
      if (paragraph
          .chars()
          .anyMatch(
              c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085')) {
        return false;
      }
    }
    return true;
  }

  /** Breaks a paragraph at single spaces; a word longer than the width keeps its own line. */
  private static List<String> wrap(String paragraph, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : paragraph.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  private boolean isShortScalar(Object item) {
    if (item instanceof Record r && !isScalarRecord(r)) {
      return false;
    }
    String text = scalarText(item);
    return text.length() < 40 && text.indexOf('\n') < 0;
  }

  /** In a flow list, commas and brackets end a plain item, so those are quoted too. */
  private static String flowScalar(String text) {
    return text.matches(".*[,\\[\\]{}].*") ? quoted(text) : plainOrQuoted(text);
  }

  /** The text as a plain scalar when YAML reads it back as the same text, or quoted. */
  static String plainOrQuoted(String text) {
    return needsQuotes(text) ? quoted(text) : text;
  }

  static boolean needsQuotes(String text) {
    if (text.isEmpty() || !text.equals(text.strip())) {
      return true;
    }
    if (INDICATORS.indexOf(text.charAt(0)) >= 0
        || SPECIAL_WORD.matcher(text).matches()
        || NUMBER_LIKE.matcher(text).matches()) {
      return true;
    }
    if (text.contains(": ") || text.contains(" #") || text.endsWith(":") || text.contains("\t")) {
      return true;
    }
    return text.chars()
        .anyMatch(
            c ->
                Character.isISOControl(c)
                    || c == '\u2028'
                    || c == '\u2029'
                    || c == '\u0085'
                    || c == '\uFEFF');
  }

  static String quoted(String text) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        default -> {
          if (Character.isISOControl(c)
              || c == '\u2028'
              || c == '\u2029'
              || c == '\u0085'
              || c == '\uFEFF') {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  /** Records written as one value: file references and values read by {@code parse}. */
  private static boolean isScalarRecord(Record r) {
    return r instanceof FileRef || r instanceof ANumber || r instanceof PartialDate;
  }

  private static String scalarText(Object value) {
    if (value instanceof YamlEnum e) {
      return e.yamlName();
    }
    if (value instanceof ANumber a) {
      return a.formatted();
    }
    if (value instanceof FileRef f) {
      return f.written();
    }
    if (value instanceof PartialDate
        || value instanceof LocalDate
        || value instanceof Boolean
        || value instanceof Integer) {
      return value.toString();
    }
    return (String) value;
  }

  private static boolean isAbsent(Object value) {
    return value == null
        || value instanceof List<?> list && list.isEmpty()
        || value instanceof String s && s.isBlank();
  }

  private static Object get(Record r, RecordComponent rc) {
    try {
      return rc.getAccessor().invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + rc.getName(), e);
    }
  }
}
