package org.parolekit.interview;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Changes one statement of one writer in a case file's text and nothing else: the user's comments,
 * order, quoting and line breaks elsewhere stay as they were. The edit is checked by reading both
 * texts back: unless the only difference is the one value, no edit is offered and the caller writes
 * the file whole.
 */
final class CaseFileEdit {
  private CaseFileEdit() {}

  /**
   * The text with {@code writer}'s {@code statements.<part>} set to {@code value} (or removed when
   * blank); empty when the file's shape does not allow an edit in place.
   *
   * @param supporter the supporter's index, or -1 for the sponsor
   */
  static Optional<String> setStatement(String yaml, int supporter, String part, String value) {
    try {
      Node root =
          new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(yaml));
      Optional<MappingNode> statements =
          writer(root, supporter).flatMap(w -> mapping(w, "statements"));
      if (statements.isEmpty()) {
        return Optional.empty();
      }
      String edited = edit(yaml, statements.get(), part, value);
      return sameBut(yaml, edited, supporter, part, value) ? Optional.of(edited) : Optional.empty();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static String edit(String yaml, MappingNode statements, String part, String value) {
    boolean blank = value == null || value.isBlank();
    NodeTuple last = null;
    for (NodeTuple t : statements.getValue()) {
      last = t;
      if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(part)) {
        int start = lineStart(yaml, t.getKeyNode().getStartMark().getIndex());
        int end = lineEnd(yaml, t.getValueNode().getEndMark().getIndex());
        String entry = blank ? "" : entry(part, value, t.getKeyNode().getStartMark().getColumn());
        return yaml.substring(0, start) + entry + yaml.substring(end);
      }
    }
    if (blank || last == null) {
      return yaml;
    }
    int at = lineEnd(yaml, last.getValueNode().getEndMark().getIndex());
    String entry = entry(part, value, last.getKeyNode().getStartMark().getColumn());
    String before = yaml.substring(0, at);
    return before + (before.endsWith("\n") ? "" : "\n") + entry + yaml.substring(at);
  }

  private static String entry(String key, String value, int indent) {
    return new CaseYamlWriter().entryText(key, value.strip(), indent);
  }

  /** The start of the line that holds {@code index}. */
  static int lineStart(String s, int index) {
    int i = index;
    while (i > 0 && s.charAt(i - 1) != '\n') {
      i--;
    }
    return i;
  }

  /**
   * Just past the line break that ends the value at {@code index}: a block scalar's end already
   * lies at the start of a line, a plain one's at its last character.
   */
  static int lineEnd(String s, int index) {
    int i = Math.min(index, s.length());
    if (i > 0 && s.charAt(i - 1) == '\n') {
      // Blank lines a block scalar swallowed belong to what follows.
      while (i > 1 && s.charAt(i - 2) == '\n') {
        i--;
      }
      return i;
    }
    int nl = s.indexOf('\n', i);
    return nl < 0 ? s.length() : nl + 1;
  }

  private static Optional<Node> writer(Node root, int supporter) {
    if (supporter < 0) {
      return child(root, "sponsor");
    }
    return child(root, "supporters")
        .filter(SequenceNode.class::isInstance)
        .map(n -> ((SequenceNode) n).getValue())
        .filter(list -> supporter < list.size())
        .map(list -> list.get(supporter));
  }

  private static Optional<MappingNode> mapping(Node node, String key) {
    return child(node, key).filter(MappingNode.class::isInstance).map(MappingNode.class::cast);
  }

  private static Optional<Node> child(Node node, String key) {
    if (!(node instanceof MappingNode m)) {
      return Optional.empty();
    }
    for (NodeTuple t : m.getValue()) {
      if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
        return Optional.of(t.getValueNode());
      }
    }
    return Optional.empty();
  }

  /** Whether {@code edited} reads as {@code original} with only the one statement changed. */
  @SuppressWarnings("unchecked")
  private static boolean sameBut(
      String original, String edited, int supporter, String part, String value) {
    Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
    Object expected = yaml.load(original);
    Object actual = yaml.load(edited);
    Map<String, Object> root = (Map<String, Object>) expected;
    Object w =
        supporter < 0
            ? root.get("sponsor")
            : ((List<Object>) root.get("supporters")).get(supporter);
    Map<String, Object> statements =
        (Map<String, Object>) ((Map<String, Object>) w).get("statements");
    if (value == null || value.isBlank()) {
      statements.remove(part);
    } else {
      statements.put(part, value.strip());
    }
    return expected.equals(actual);
  }
}
