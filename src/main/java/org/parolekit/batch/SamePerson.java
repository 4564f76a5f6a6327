package org.parolekit.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parolekit.model.NameCharacters;

/**
 * Finds a person who comes twice in one batch: the same A-number (from two rows, or a row and a
 * case file), or the same name, read as a reader sees it (accents, case and look-alike letters set
 * aside), with the same birth date or none to tell them apart. Each person is written once.
 */
final class SamePerson {
  /** What is known of one item to tell people apart; any part may be empty. */
  record Identity(
      String input, Optional<String> aNumberDigits, String name, Optional<String> birthDate) {}

  /**
   * Why an item is another's repetition.
   *
   * @param first the input of the item it repeats ({@code roster.csv:2})
   * @param byNumber true when the A-numbers are the same, false when the names are
   */
  record Repeat(String first, boolean byNumber) {}

  /** For each item, in input order, the earlier item it repeats, if any. */
  static List<Optional<Repeat>> find(List<Identity> items) {
    Map<String, Identity> byNumber = new HashMap<>();
    Map<String, List<Identity>> byName = new HashMap<>();
    List<Optional<Repeat>> repeats = new ArrayList<>();
    for (Identity item : items) {
      Optional<Repeat> repeat = Optional.empty();
      Identity sameNumber = item.aNumberDigits().map(byNumber::get).orElse(null);
      String name = NameCharacters.skeleton(item.name());
      if (sameNumber != null) {
        repeat = Optional.of(new Repeat(sameNumber.input(), true));
      } else if (!name.isEmpty()) {
        repeat =
            byName.getOrDefault(name, List.of()).stream()
                .filter(earlier -> mayBeOne(earlier, item))
                .findFirst()
                .map(earlier -> new Repeat(earlier.input(), false));
      }
      repeats.add(repeat);
      if (repeat.isEmpty()) {
        item.aNumberDigits().ifPresent(d -> byNumber.put(d, item));
        if (!name.isEmpty()) {
          byName.computeIfAbsent(name, k -> new ArrayList<>()).add(item);
        }
      }
    }
    return repeats;
  }

  /**
   * Two items of one name are one person unless something tells them apart: different birth dates,
   * or two A-numbers that differ by more than a typing slip.
   */
  private static boolean mayBeOne(Identity a, Identity b) {
    if (a.birthDate().isPresent()
        && b.birthDate().isPresent()
        && !a.birthDate().equals(b.birthDate())) {
      return false;
    }
    if (a.aNumberDigits().isPresent() && b.aNumberDigits().isPresent()) {
      return slip(a.aNumberDigits().get(), b.aNumberDigits().get());
    }
    return true;
  }

  /** One digit wrong, or two neighbours swapped. */
  private static boolean slip(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    List<Integer> diff = new ArrayList<>();
    for (int i = 0; i < a.length(); i++) {
      if (a.charAt(i) != b.charAt(i)) {
        diff.add(i);
      }
    }
    return diff.size() == 1
        || (diff.size() == 2
            && diff.get(1) == diff.get(0) + 1
            && a.charAt(diff.get(0)) == b.charAt(diff.get(1))
            && a.charAt(diff.get(1)) == b.charAt(diff.get(0)));
  }

  private SamePerson() {}
}
