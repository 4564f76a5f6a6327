package org.parolekit.render;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What an organization's templates folder holds: its {@code .ftl} templates and the other files,
 * which parolekit ignores. A symbolic link to a template or to a folder is refused, not skipped:
 * links are never followed in a templates folder (they could point anywhere), and a template
 * quietly replaced by the built-in one would surprise whoever made the link.
 *
 * @param root the folder as the user named it
 * @param templates every {@code .ftl} file, as {@code en/sponsor-letter.ftl}, sorted
 * @param ignored every other file a person put there (hidden files aside), same form, sorted
 */
public record TemplateFolder(Path root, List<String> templates, List<String> ignored) {
  private static final String EXTENSION = ".ftl";

  public TemplateFolder {
    templates = List.copyOf(templates);
    ignored = List.copyOf(ignored);
  }

  /**
   * Reads the folder (not following links).
   *
   * @throws TemplateRenderException when the folder cannot be read or holds a symbolic link to a
   *     template or a folder
   */
  public static TemplateFolder scan(Path root) {
    if (!Files.isDirectory(root)) {
      throw TemplateRenderException.folder(root, Messages.get("folder.unreadable"));
    }
    List<String> templates = new ArrayList<>();
    List<String> ignored = new ArrayList<>();
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              String name = nameOf(root, file);
              if (attrs.isSymbolicLink()) {
                refuseLink(name, file);
              }
              if (name.endsWith(EXTENSION)) {
                templates.add(name);
              } else if (!hidden(name)) {
                ignored.add(name);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
              throw e;
            }
          });
    } catch (IOException e) {
      throw TemplateRenderException.folder(root, Messages.get("folder.unreadable"));
    }
    templates.sort(null);
    ignored.sort(null);
    return new TemplateFolder(root, templates, ignored);
  }

  private static void refuseLink(String name, Path link) {
    if (Files.isDirectory(link)) {
      throw TemplateRenderException.folder(link, Messages.get("folder.linkedFolder"));
    }
    if (name.endsWith(EXTENSION)) {
      throw new TemplateRenderException(name, 0, 0, Messages.get("folder.linkedTemplate"));
    }
  }

  /**
   * One line for each file that is not used as it stands: a file that is not a template, and a
   * template named like a built-in one but not where it would replace it.
   *
   * @param expected the built-in templates, as {@code en/sponsor-letter.ftl}
   */
  public List<String> warnings(Collection<String> expected) {
    List<String> lines = new ArrayList<>();
    for (String name : ignored) {
      String shown = root.resolve(name).toString();
      lines.add(
          renamed(name, expected)
              .map(target -> Messages.get("folder.ignored.rename", shown, target))
              .orElseGet(() -> Messages.get("folder.ignored", shown)));
    }
    for (String name : templates) {
      if (!expected.contains(name) && !hidden(name)) {
        misplaced(name, expected)
            .ifPresent(
                target ->
                    lines.add(
                        Messages.get("folder.misplaced", root.resolve(name).toString(), target)));
      }
    }
    return List.copyOf(lines);
  }

  /** The built-in template a file was meant to be, judged by its name without extensions. */
  private static Optional<String> renamed(String name, Collection<String> expected) {
    int slash = name.lastIndexOf('/');
    String file = name.substring(slash + 1);
    int dot = file.indexOf('.');
    String stem =
        (name.substring(0, slash + 1) + (dot < 0 ? file : file.substring(0, dot)))
            .toLowerCase(Locale.ROOT);
    return expected.stream().filter(e -> e.equals(stem + EXTENSION)).findFirst();
  }

  /** The built-in template a {@code .ftl} file in the wrong folder was meant to replace. */
  private static Optional<String> misplaced(String name, Collection<String> expected) {
    String file = name.substring(name.lastIndexOf('/') + 1);
    List<String> same = expected.stream().filter(e -> e.endsWith("/" + file)).sorted().toList();
    return same.isEmpty()
        ? Optional.empty()
        : Optional.of(String.join(Messages.get("folder.or"), same));
  }

  private static boolean hidden(String name) {
    return name.startsWith(".") || name.contains("/.");
  }

  private static String nameOf(Path root, Path file) {
    return root.relativize(file).toString().replace(File.separatorChar, '/');
  }
}
