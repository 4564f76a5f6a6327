package org.parolekit.load;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads any YAML data file of the tool (for example the pro se resource directory) into a record,
 * with the same strictness and messages as case files.
 */
public final class RecordFileLoader {
  private final LocalDate today;

  public RecordFileLoader(LocalDate today) {
    this.today = Objects.requireNonNull(today, "today");
  }

  /**
   * @throws CaseFileException with every problem found
   */
  public <T extends Record> T load(Path file, Class<T> type) {
    Problems problems = new Problems(new Messages(Locale.ENGLISH));
    Problems.Reporter out = problems.in(file);
    Binder binder = new Binder(out, folderOf(file), today);
    Optional<T> bound =
        SourceText.read(file, out)
            .flatMap(text -> new TreeReader(out).read(text))
            .flatMap(root -> binder.bindRoot(root, type));
    if (!problems.isEmpty()) {
      throw new CaseFileException(problems.sorted());
    }
    return bound.orElseThrow();
  }

  /**
   * Reads text that ships with the tool, named {@code name} in messages.
   *
   * @throws CaseFileException with every problem found
   */
  public <T extends Record> T fromText(String name, String text, Class<T> type) {
    Path label = Path.of(name);
    Problems problems = new Problems(new Messages(Locale.ENGLISH));
    Problems.Reporter out = problems.in(label);
    Binder binder = new Binder(out, Path.of(""), today);
    Optional<T> bound = new TreeReader(out).read(text).flatMap(root -> binder.bindRoot(root, type));
    if (!problems.isEmpty()) {
      throw new CaseFileException(problems.sorted());
    }
    return bound.orElseThrow();
  }

  private static Path folderOf(Path file) {
    Path parent = file.getParent();
    return parent == null ? Path.of("") : parent;
  }
}
