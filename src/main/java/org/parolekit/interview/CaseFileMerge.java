package org.parolekit.interview;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Brings a case file's text up to date with a newly written version while keeping what the user
 * wrote around the values that did not change: each entry whose value is the same stays as it is in
 * the user's text (comments, order, quoting, line breaks), a changed entry inside a mapping is
 * looked into key by key, and only entries whose values differ are replaced by the new text's, at
 * the user's indentation. New entries go after the last entry of their mapping; entries the new
 * version no longer has are removed.
 *
 * <p>The result is checked by reading it back: unless it says exactly what the new version says, no
 * merge is offered and the caller writes the new version whole.
 */
final class CaseFileMerge {
  private CaseFileMerge() {}

  /** A replacement of {@code [start, end)} of the user's text. */
  private record Edit(int start, int end, String text) {}

  /**
   * The user's {@code original} text changed only where {@code updated} says something different;
   * empty when the two cannot be merged safely (then write {@code updated}).
   */
  static Optional<String> merge(String original, String updated) {
    try {
      Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
      if (Objects.equals(yaml.load(original), yaml.load(updated))) {
        return Optional.of(original);
      }
      Node before = yaml.compose(new StringReader(original));
      Node after = yaml.compose(new StringReader(updated));
      if (!(before instanceof MappingNode b) || !(after instanceof MappingNode a)) {
        return Optional.empty();
      }
      List<Edit> edits = new ArrayList<>();
      mergeMapping(original, b, updated, a, edits);
      edits.sort(Comparator.comparingInt(Edit::start).reversed());
      StringBuilder text = new StringBuilder(original);
      int lastStart = Integer.MAX_VALUE;
      for (Edit e : edits) {
        if (e.end() > lastStart) {
          return Optional.empty();
        }
        text.replace(e.start(), e.end(), e.text());
        lastStart = e.start();
      }
      String merged = text.toString();
      return Objects.equals(yaml.load(merged), yaml.load(updated))
          ? Optional.of(merged)
          : Optional.empty();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static void mergeMapping(
      String original, MappingNode before, String updated, MappingNode after, List<Edit> edits) {
    Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
    NodeTuple last = null;
    for (NodeTuple t : before.getValue()) {
      last = t;
      Optional<NodeTuple> now = tuple(after, key(t));
      if (now.isEmpty()) {
        edits.add(new Edit(entryStart(original, t), entryEnd(original, t), ""));
      }
    }
    StringBuilder added = new StringBuilder();
    for (NodeTuple t : after.getValue()) {
      Optional<NodeTuple> was = tuple(before, key(t));
      if (was.isEmpty()) {
        if (last == null) {
          throw new IllegalStateException("an empty mapping cannot take entries in place");
        }
        String entry =
            reindent(
                updated.substring(entryStart(updated, t), entryEnd(updated, t)),
                column(t),
                column(last));
        added.append(entry.endsWith("\n") ? entry : entry + "\n");
        continue;
      }
      NodeTuple old = was.get();
      String oldText =
          original.substring(
              old.getValueNode().getStartMark().getIndex(),
              old.getValueNode().getEndMark().getIndex());
      String newText =
          updated.substring(
              t.getValueNode().getStartMark().getIndex(), t.getValueNode().getEndMark().getIndex());
      if (Objects.equals(loadValue(yaml, old, original), loadValue(yaml, t, updated))) {
        continue;
      }
      if (old.getValueNode() instanceof MappingNode om
          && t.getValueNode() instanceof MappingNode nm
          && !om.getValue().isEmpty()
          && !oldText.strip().startsWith("{")
          && !newText.strip().startsWith("{")) {
        mergeMapping(original, om, updated, nm, edits);
        continue;
      }
      String entry =
          reindent(
              updated.substring(entryStart(updated, t), entryEnd(updated, t)),
              column(t),
              column(old));
      edits.add(new Edit(entryStart(original, old), entryEnd(original, old), entry));
    }
    if (added.length() > 0) {
      int at = entryEnd(original, last);
      String sep = at > 0 && original.charAt(at - 1) != '\n' ? "\n" : "";
      edits.add(new Edit(at, at, sep + added));
    }
  }

  /** The value of one entry, read on its own. */
  private static Object loadValue(Yaml yaml, NodeTuple t, String text) {
    String entry = text.substring(entryStart(text, t), entryEnd(text, t));
    return yaml.load(reindent(entry, column(t), 0));
  }

  private static Optional<NodeTuple> tuple(MappingNode m, String key) {
    return m.getValue().stream().filter(t -> key(t).equals(key)).findFirst();
  }

  private static String key(NodeTuple t) {
    if (t.getKeyNode() instanceof ScalarNode k) {
      return k.getValue();
    }
    throw new IllegalStateException("only plain keys are merged");
  }

  private static int column(NodeTuple t) {
    return t.getKeyNode().getStartMark().getColumn();
  }

  /** The start of the entry's key line. */
  private static int entryStart(String s, NodeTuple t) {
    return CaseFileEdit.lineStart(s, t.getKeyNode().getStartMark().getIndex());
  }

  /** Just past the line break that ends the entry's value. */
  private static int entryEnd(String s, NodeTuple t) {
    return CaseFileEdit.lineEnd(s, t.getValueNode().getEndMark().getIndex());
  }

  /** Moves every line of an entry from column {@code from} to column {@code to}. */
  private static String reindent(String entry, int from, int to) {
    if (from == to) {
      return entry;
    }
    StringBuilder b = new StringBuilder();
    for (String line : entry.split("\n", -1)) {
      if (b.length() > 0) {
        b.append('\n');
      }
      if (line.isBlank()) {
        b.append(line.isEmpty() ? "" : line.strip());
      } else if (to > from) {
        b.append(" ".repeat(to - from)).append(line);
      } else {
        int strip = Math.min(from - to, line.length() - line.stripLeading().length());
        b.append(line.substring(strip));
      }
    }
    return b.toString();
  }
}
