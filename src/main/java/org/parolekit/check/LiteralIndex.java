package org.parolekit.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Every literal of a lexicon in one trie, so that a sentence is read once to learn which of them it
 * holds ({@link #scan}), instead of once for each lexicon line that needs some of them: a letter's
 * sentence is then tested against each line with a few bit lookups.
 *
 * <p>Immutable and thread-safe.
 */
final class LiteralIndex {
  private final Node root;
  private final Map<String, Integer> ids;

  private LiteralIndex(List<String> sorted) {
    this.ids = new HashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      ids.put(sorted.get(i), i);
    }
    this.root = Node.of(sorted, 0, sorted.size(), 0, ids);
  }

  /** The index of these literals (none may be empty). */
  static LiteralIndex of(Collection<String> literals) {
    TreeSet<String> sorted = new TreeSet<>(literals);
    if (sorted.contains("")) {
      throw new IllegalArgumentException("an empty literal is in every text");
    }
    return new LiteralIndex(new ArrayList<>(sorted));
  }

  /** The number this index gives {@code literal}, or -1 when it does not hold it. */
  int id(String literal) {
    return ids.getOrDefault(literal, -1);
  }

  /** The text with the literals of this index it holds, found in one pass. */
  ScannedText scan(String text) {
    BitSet found = new BitSet(ids.size());
    int n = text.length();
    for (int i = 0; i < n; i++) {
      Node node = root;
      for (int j = i; j < n; j++) {
        node = node.child(text.charAt(j));
        if (node == null) {
          break;
        }
        if (node.id >= 0) {
          found.set(node.id);
        }
      }
    }
    return new ScannedText(text, this, found);
  }

  /** A node of the trie: the literal ending here, if any, and the children by next character. */
  private static final class Node {
    private final int id;
    private final char[] keys;
    private final Node[] children;

    private Node(int id, char[] keys, Node[] children) {
      this.id = id;
      this.keys = keys;
      this.children = children;
    }

    /** The node for the literals {@code sorted[from, to)}, which share their first depth chars. */
    static Node of(List<String> sorted, int from, int to, int depth, Map<String, Integer> ids) {
      int id = -1;
      if (from < to && sorted.get(from).length() == depth) {
        id = ids.get(sorted.get(from));
        from++;
      }
      StringBuilder keys = new StringBuilder();
      List<Node> children = new ArrayList<>();
      int i = from;
      while (i < to) {
        char c = sorted.get(i).charAt(depth);
        int j = i;
        while (j < to && sorted.get(j).charAt(depth) == c) {
          j++;
        }
        keys.append(c);
        children.add(of(sorted, i, j, depth + 1, ids));
        i = j;
      }
      return new Node(id, keys.toString().toCharArray(), children.toArray(Node[]::new));
    }

    Node child(char c) {
      int k = Arrays.binarySearch(keys, c);
      return k >= 0 ? children[k] : null;
    }
  }
}
