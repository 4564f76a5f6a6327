package org.parolekit.load;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parolekit.load.Node.Entry;
import org.parolekit.load.Node.ListNode;
import org.parolekit.load.Node.MapNode;
import org.parolekit.load.Node.RejectedNode;
import org.parolekit.load.Node.ScalarNode;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Turns YAML text into a tree of located {@link Node}s, reporting what a case file may not use
 * (aliases, anchors, tags, duplicate keys, several documents) and going on wherever it can. Never
 * instantiates anything a tag names; values stay text.
 */
final class TreeReader {
  private final YAMLFactory factory;
  private final LoaderOptions loaderOptions;
  private final Problems.Reporter out;
  private YAMLParser parser;

  TreeReader(Problems.Reporter out) {
    this.out = out;
    this.loaderOptions = loaderOptions();
    this.factory =
        YAMLFactory.builder()
            .loaderOptions(loaderOptions)
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(Limits.MAX_DEPTH + 4)
                    .maxStringLength(Limits.MAX_FILE_BYTES)
                    .maxDocumentLength(Limits.MAX_FILE_BYTES)
                    .maxNameLength(Limits.MAX_FILE_BYTES)
                    .build())
            .build();
  }

  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(Limits.MAX_FILE_BYTES);
    options.setNestingDepthLimit(Limits.MAX_DEPTH + 4);
    options.setMaxAliasesForCollections(0);
    // duplicates are reported by mapping() with both lines, and reading goes on
    options.setAllowDuplicateKeys(true);
    options.setAllowRecursiveKeys(false);
    options.setProcessComments(false);
    options.setEnumCaseSensitive(true);
    return options;
  }

  /** Thrown to abandon a file whose problems stop the parser (already reported). */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  /** The root of the one document in {@code text}, or empty when it cannot be bound at all. */
  Optional<Node> read(String text) {
    try (YAMLParser p = factory.createParser(new StringReader(text))) {
      parser = p;
      JsonToken first = p.nextToken();
      if (first == null) {
        out.whole("yaml.empty");
        return Optional.empty();
      }
      Node root = value(first, 1, "");
      JsonToken more = p.nextToken();
      if (more != null) {
        JsonLocation at = p.currentTokenLocation();
        out.at(at.getLineNr(), at.getColumnNr(), "", "yaml.documents");
      }
      reportScalarAnchors(text);
      return Optional.of(root);
    } catch (Stop stop) {
      return Optional.empty();
    } catch (StreamConstraintsException e) {
      out.whole("yaml.tooComplex");
      return Optional.empty();
    } catch (IOException | YAMLException e) {
      syntaxError(e);
      return Optional.empty();
    } finally {
      parser = null;
    }
  }

  private void syntaxError(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MarkedYAMLException m && m.getProblemMark() != null) {
        Mark mark = m.getProblemMark();
        out.at(mark.getLine() + 1, mark.getColumn() + 1, "", "yaml.syntax", m.getProblem());
        return;
      }
    }
    int line = 0;
    int column = 0;
    if (e instanceof JacksonException j && j.getLocation() != null) {
      line = j.getLocation().getLineNr();
      column = j.getLocation().getColumnNr();
    }
    out.at(line, column, "", "yaml.invalid");
  }

  private Node value(JsonToken token, int depth, String path) throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    if (parser.isCurrentAlias()) {
      out.at(line, column, path, "yaml.alias");
      return new RejectedNode(line, column);
    }
    boolean rejected = false;
    if (parser.getTypeId() != null) {
      out.at(line, column, path, "yaml.tag");
      rejected = true;
    }
    if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)
        && parser.getObjectId() != null) {
      out.at(line, column, path, "yaml.anchor");
      rejected = true;
    }
    Node node;
    switch (token) {
      case START_OBJECT -> node = mapping(line, column, depth, path);
      case START_ARRAY -> node = list(line, column, depth, path);
      case VALUE_EMBEDDED_OBJECT -> {
        node = new RejectedNode(line, column);
        if (!rejected) {
          out.at(line, column, path, "yaml.binary");
        }
      }
      case VALUE_NULL -> node = new ScalarNode(line, column, "", true);
      default -> node = scalar(parser.getText(), line, column, path);
    }
    return rejected ? new RejectedNode(line, column) : node;
  }

  private Node mapping(int line, int column, int depth, String path) throws IOException {
    checkDepth(line, column, depth, path);
    Map<String, Entry> entries = new LinkedHashMap<>();
    boolean clean = true;
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
      JsonLocation keyAt = parser.currentTokenLocation();
      String key = parser.currentName();
      String shownKey = out.quotableKey(key);
      String keyPath = path.isEmpty() ? shownKey : path + "." + shownKey;
      Node value = value(parser.nextToken(), depth + 1, keyPath);
      if (value instanceof MapNode m) {
        // a mapping is placed at the key that opens it: "person:" is where person's keys go
        value = new MapNode(keyAt.getLineNr(), keyAt.getColumnNr(), m.entries());
      }
      Node keyNode = scalar(key, keyAt.getLineNr(), keyAt.getColumnNr(), path);
      if (keyNode instanceof RejectedNode) {
        clean = false;
        continue;
      }
      Entry first = entries.get(key);
      if (first != null) {
        out.raw(
            keyAt.getLineNr(),
            keyAt.getColumnNr(),
            keyPath,
            out.text("yaml.duplicate", shownKey),
            out.text("yaml.duplicate.hint", String.valueOf(first.line())));
        continue;
      }
      entries.put(key, new Entry(key, keyAt.getLineNr(), keyAt.getColumnNr(), value));
    }
    return clean ? new MapNode(line, column, entries) : new RejectedNode(line, column);
  }

  private Node list(int line, int column, int depth, String path) throws IOException {
    checkDepth(line, column, depth, path);
    List<Node> items = new ArrayList<>();
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
      items.add(value(t, depth + 1, path + "[" + items.size() + "]"));
    }
    return new ListNode(line, column, items);
  }

  private void checkDepth(int line, int column, int depth, String path) {
    if (depth > Limits.MAX_DEPTH) {
      out.at(line, column, path, "yaml.tooDeep", String.valueOf(Limits.MAX_DEPTH));
      throw new Stop();
    }
  }

  /** A scalar kept as written, or rejected when too long or holding hidden characters. */
  private Node scalar(String text, int line, int column, String path) {
    // a control character that is still here was written as an escape: SourceText refuses the rest
    return ScalarText.acceptable(text, line, column, path, "text.controlEscape.hint", out)
        ? new ScalarNode(line, column, text, false)
        : new RejectedNode(line, column);
  }

  /**
   * Jackson does not expose anchors on single values, so a second, event-only pass of SnakeYAML
   * (which constructs nothing) finds them.
   */
  private void reportScalarAnchors(String text) {
    if (text.indexOf('&') < 0) {
      return;
    }
    try {
      for (Event event : new Yaml(loaderOptions).parse(new StringReader(text))) {
        if (event instanceof ScalarEvent s && s.getAnchor() != null) {
          Mark mark = s.getStartMark();
          out.at(mark.getLine() + 1, mark.getColumn() + 1, "", "yaml.anchor");
        }
      }
    } catch (YAMLException alreadyReportedByTheFirstPass) {
      // the Jackson pass has reported the syntax error
    }
  }
}
