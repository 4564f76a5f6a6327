package org.parolekit.load;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks one answer for one field of a case file, as it is typed, with exactly the rules and
 * messages the loader applies to the whole file, so a guided interview never keeps a second set of
 * rules.
 */
public final class FieldValidator {
  private final LocalDate today;
  private final Locale locale;
  private final Path caseFile;

  /**
   * @param today the date birth dates and "since" dates are judged against
   * @param locale the language of the messages, where a translation exists
   * @param caseFile the case file the answers go into; relative paths resolve against its folder
   */
  public FieldValidator(LocalDate today, Locale locale, Path caseFile) {
    this.today = Objects.requireNonNull(today, "today");
    this.locale = Objects.requireNonNull(locale, "locale");
    this.caseFile = Objects.requireNonNull(caseFile, "caseFile");
  }

  /**
   * Binds {@code answer} as the value of {@code component} of {@code record}. A list field takes
   * its items separated by commas, semicolons or spaces; a blank answer means "not given".
   *
   * @param fieldPath where the field sits in the case file, for example {@code person}, used in the
   *     problem
   * @throws IllegalArgumentException when the record has no such component
   */
  public FieldAnswer check(
      Class<? extends Record> record, String component, String answer, String fieldPath) {
    RecordComponent rc =
        Arrays.stream(record.getRecordComponents())
            .filter(c -> c.getName().equals(component))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(record.getSimpleName() + " has no " + component));
    String text = answer == null ? "" : answer.strip();
    Problems problems = new Problems(new Messages(locale));
    Problems.Reporter out = problems.in(caseFile);
    // what the loader refuses in any value of the file, before the field's own rules
    if (!ScalarText.acceptable(text, 1, 1, join(fieldPath, component), "text.control.hint", out)) {
      return new FieldAnswer(null, Optional.of(problems.sorted().get(0)));
    }
    Node node =
        List.class.isAssignableFrom(rc.getType()) && !text.isEmpty()
            ? new Node.ListNode(1, 1, items(text, holdsText(rc)))
            : new Node.ScalarNode(1, 1, text, text.isEmpty());
    Path folder = caseFile.getParent() == null ? Path.of("") : caseFile.getParent();
    Binder binder = new Binder(out, folder, today);
    Object value = binder.bindComponent(rc, node, fieldPath);
    if (Binder.failed(value)) {
      return new FieldAnswer(null, Optional.of(problems.sorted().get(0)));
    }
    return new FieldAnswer(value, Optional.empty());
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** Whether a list holds free text, whose items may contain spaces. */
  private static boolean holdsText(RecordComponent rc) {
    return rc.getGenericType() instanceof ParameterizedType p
        && p.getActualTypeArguments()[0] == String.class;
  }

  /** Items separated by commas or semicolons; by spaces too when they are single words. */
  private static List<Node> items(String text, boolean freeText) {
    List<Node> items = new ArrayList<>();
    String separators = freeText || text.contains(",") || text.contains(";") ? "[,;]" : "[,;\\s]+";
    for (String item : text.split(separators)) {
      if (!item.isBlank()) {
        items.add(new Node.ScalarNode(1, 1, item.strip(), false));
      }
    }
    return items;
  }
}
