package org.parolekit.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.parolekit.core.ExitStatus;
import org.parolekit.core.ParolekitException;
import org.parolekit.load.CaseFileException;
import org.parolekit.load.CaseLoader;
import org.parolekit.load.LoadedCase;
import org.parolekit.load.Problem;
import org.parolekit.model.ANumber;
import org.parolekit.model.InvalidValueException;
import org.parolekit.output.FileNames;

/**
 * What a batch is made of: the items its inputs name (roster rows, case files), each with its own
 * folder, and which of them repeat a person already in the batch.
 */
final class BatchItems {
  private BatchItems() {}

  /** One thing to render: a roster row or a case file, with its folder. */
  sealed interface Item permits RowItem, CaseItem, UnreadableItem {
    String input();

    String person();

    String folder();
  }

  record RowItem(Roster roster, RosterRow row, String input, String person, String folder)
      implements Item {}

  /** Rows of a roster that could not be read at all, reported as one failed item. */
  record UnreadableItem(String input, String error) implements Item {
    @Override
    public String person() {
      return "";
    }

    @Override
    public String folder() {
      return "";
    }
  }

  record CaseItem(
      Path file,
      Optional<LoadedCase> loaded,
      String error,
      String input,
      String person,
      String folder)
      implements Item {}

  /**
   * The items of a batch, in input order: each roster row (rows that cannot be read at all are one
   * failed item), each case file named or found in a folder, each with a folder name of its own.
   *
   * @throws ParolekitException with {@link ExitStatus#INVALID_INPUT} for an input that does not
   *     exist, a folder with no case file, or a roster that cannot be read
   */
  static List<Item> read(BatchRequest request, LocalDate today) {
    RosterReader reader =
        new RosterReader(
            Set.copyOf(RosterEntry.columns()), Set.copyOf(RosterEntry.requiredColumns()));
    CaseLoader loader = new CaseLoader(today);
    Set<String> used = new HashSet<>();
    List<Item> items = new ArrayList<>();
    for (Path input : request.inputs()) {
      if (!Files.exists(input)) {
        throw new ParolekitException(
            ExitStatus.INVALID_INPUT, input + " does not exist. Check the path");
      }
      if (Files.isDirectory(input)) {
        List<Path> cases = caseFilesIn(input, request.outputDir());
        if (cases.isEmpty()) {
          throw new ParolekitException(
              ExitStatus.INVALID_INPUT,
              input
                  + " has no case files. A folder is searched for files named case.yaml or"
                  + " *.case.yaml");
        }
        cases.forEach(c -> items.add(caseItem(loader, c, used)));
      } else if (input.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
        Roster roster = reader.read(input);
        for (RosterRow row : roster.rows()) {
          String person =
              (row.cell("givenNames").orElse("") + " " + row.cell("familyNames").orElse(""))
                  .strip();
          items.add(
              new RowItem(roster, row, input + ":" + row.line(), person, folder(person, used)));
        }
        for (Problem p : roster.unreadable()) {
          items.add(new UnreadableItem(input + ":" + p.line(), p.format()));
        }
      } else {
        items.add(caseItem(loader, input, used));
      }
    }
    return items;
  }

  private static CaseItem caseItem(CaseLoader loader, Path file, Set<String> used) {
    try {
      LoadedCase loaded = loader.load(file);
      String person = loaded.caseFile().person().fullName();
      return new CaseItem(
          file, Optional.of(loaded), "", file.toString(), person, folder(person, used));
    } catch (CaseFileException e) {
      String error = e.problems().stream().map(Problem::format).collect(Collectors.joining("; "));
      return new CaseItem(
          file,
          Optional.empty(),
          error,
          file.toString(),
          "",
          folder(
              file.getParent() == null ? "case" : file.getParent().getFileName().toString(), used));
    } catch (ParolekitException e) {
      return new CaseItem(
          file, Optional.empty(), e.getMessage(), file.toString(), "", folder("case", used));
    }
  }

  /**
   * Case files under {@code dir}: {@code case.yaml} or {@code *.case.yaml}, in path order, skipping
   * hidden folders and the output.
   */
  private static List<Path> caseFilesIn(Path dir, Path outputDir) {
    Path skip = outputDir.toAbsolutePath().normalize();
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(p -> Files.isRegularFile(p))
          .filter(p -> !p.toAbsolutePath().normalize().startsWith(skip))
          .filter(
              p ->
                  Stream.iterate(dir.relativize(p), q -> q != null, Path::getParent)
                      .noneMatch(q -> q.getFileName().toString().startsWith(".")))
          .filter(
              p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.equals("case.yaml")
                    || n.equals("case.yml")
                    || n.endsWith(".case.yaml")
                    || n.endsWith(".case.yml");
              })
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new ParolekitException(
          ExitStatus.INVALID_INPUT, dir + " cannot be read. Check the path and permissions");
    }
  }

  /**
   * A folder name from the person's name, never the A-number; a repeated name gets -2, -3 in input
   * order.
   */
  private static String folder(String person, Set<String> used) {
    String base = FileNames.slug(person);
    String candidate = base;
    for (int n = 2; !used.add(candidate); n++) {
      candidate = base + "-" + n;
    }
    return candidate;
  }

  /** The items that repeat an earlier one, keyed by identity. */
  static Map<Item, SamePerson.Repeat> repeats(List<Item> items) {
    List<SamePerson.Identity> identities = items.stream().map(BatchItems::identity).toList();
    List<Optional<SamePerson.Repeat>> found = SamePerson.find(identities);
    Map<Item, SamePerson.Repeat> repeats = new IdentityHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      found.get(i).ifPresent(r -> repeats.put(item, r));
    }
    return repeats;
  }

  private static SamePerson.Identity identity(Item item) {
    if (item instanceof RowItem row) {
      Optional<String> digits = row.row().cell("aNumber").flatMap(BatchItems::aNumberDigits);
      return new SamePerson.Identity(
          item.input(), digits, item.person(), row.row().cell("dateOfBirth"));
    }
    if (!(item instanceof CaseItem c)) {
      return new SamePerson.Identity(item.input(), Optional.empty(), "", Optional.empty());
    }
    return c.loaded()
        .map(l -> l.caseFile().person())
        .map(
            p ->
                new SamePerson.Identity(
                    item.input(),
                    Optional.of(p.aNumber().digits()),
                    p.fullName(),
                    Optional.of(p.dateOfBirth().toString())))
        .orElse(new SamePerson.Identity(item.input(), Optional.empty(), "", Optional.empty()));
  }

  private static Optional<String> aNumberDigits(String text) {
    try {
      return Optional.of(ANumber.parse(text).digits());
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }
}
