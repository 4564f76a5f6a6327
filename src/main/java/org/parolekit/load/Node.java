package org.parolekit.load;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML value with the place where it starts, so every problem can point at the right line. */
sealed interface Node permits Node.MapNode, Node.ListNode, Node.ScalarNode, Node.RejectedNode {
  int line();

  int column();

  /** A mapping; keys keep their order and their own places. */
  record MapNode(int line, int column, Map<String, Entry> entries) implements Node {
    public MapNode {
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }
  }

  /** One key of a mapping, where it is written, and its value. */
  record Entry(String key, int line, int column, Node value) {}

  /** A list. */
  record ListNode(int line, int column, List<Node> items) implements Node {
    public ListNode {
      items = List.copyOf(items);
    }
  }

  /** A single value exactly as written in the file (never converted to a number or boolean). */
  record ScalarNode(int line, int column, String text, boolean isNull) implements Node {
    /** Whether nothing usable is written here: YAML null, or only whitespace. */
    boolean isBlank() {
      return isNull || text.isBlank();
    }
  }

  /** A value already reported as a problem (alias, tag, too long); binding skips it silently. */
  record RejectedNode(int line, int column) implements Node {}
}
