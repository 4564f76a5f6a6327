package org.parolekit.render;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Loads templates from one folder and nothing outside it: only {@code .ftl} files (each one is
 * checked before use), no {@code ..}, no absolute names, no symbolic links (a link inside the
 * folder could point anywhere), no file larger than 256 KiB.
 */
final class ConfinedTemplateLoader implements TemplateLoader {
  static final long MAX_TEMPLATE_BYTES = 256 * 1024;
  private static final char BYTE_ORDER_MARK = '\uFEFF';
  private final Path root;

  ConfinedTemplateLoader(Path root) throws IOException {
    this.root = Objects.requireNonNull(root, "root").toRealPath();
  }

  Path root() {
    return root;
  }

  @Override
  public Object findTemplateSource(String name) throws IOException {
    return lookup(name).file().orElse(null);
  }

  /** Why a name gives no template from this folder, or empty when it gives one. */
  Optional<Refusal> refusal(String name) {
    try {
      return lookup(name).refusal();
    } catch (IOException e) {
      return Optional.of(Refusal.MISSING);
    }
  }

  /** Why a template name is not loaded from the folder. */
  enum Refusal {
    NOT_TEMPLATE,
    OUTSIDE,
    LINK,
    TOO_LARGE,
    MISSING
  }

  /** A name's file, or why it has none. */
  private record Lookup(Optional<Path> file, Optional<Refusal> refusal) {
    static Lookup found(Path file) {
      return new Lookup(Optional.of(file), Optional.empty());
    }

    static Lookup refused(Refusal why) {
      return new Lookup(Optional.empty(), Optional.of(why));
    }
  }

  private Lookup lookup(String name) throws IOException {
    if (name == null
        || name.startsWith("/")
        || name.contains("\\")
        || name.contains(":")
        || name.indexOf('\0') >= 0) {
      return Lookup.refused(Refusal.OUTSIDE);
    }
    if (!name.endsWith(".ftl")) {
      return Lookup.refused(Refusal.NOT_TEMPLATE);
    }
    Path current = root;
    for (String part : name.split("/")) {
      if (part.isEmpty() || part.equals(".") || part.equals("..")) {
        return Lookup.refused(Refusal.OUTSIDE);
      }
      current = current.resolve(part);
      if (Files.isSymbolicLink(current)) {
        return Lookup.refused(Refusal.LINK);
      }
    }
    if (!Files.isRegularFile(current, LinkOption.NOFOLLOW_LINKS)) {
      return Lookup.refused(Refusal.MISSING);
    }
    Path real = current.toRealPath();
    if (!real.startsWith(root)) {
      return Lookup.refused(Refusal.OUTSIDE);
    }
    if (Files.size(real) > MAX_TEMPLATE_BYTES) {
      return Lookup.refused(Refusal.TOO_LARGE);
    }
    return Lookup.found(real);
  }

  @Override
  public long getLastModified(Object templateSource) {
    return -1;
  }

  @Override
  public Reader getReader(Object templateSource, String encoding) throws IOException {
    InputStream in = Files.newInputStream((Path) templateSource, LinkOption.NOFOLLOW_LINKS);
    return withoutByteOrderMark(new InputStreamReader(in, Charset.forName(encoding)));
  }

  /**
   * Skips a leading byte order mark, which some editors save at the start of UTF-8 files: left in,
   * it would be the first character of every document the template writes.
   */
  static Reader withoutByteOrderMark(Reader reader) throws IOException {
    PushbackReader in = new PushbackReader(reader, 1);
    int first = in.read();
    if (first != -1 && first != BYTE_ORDER_MARK) {
      in.unread(first);
    }
    return in;
  }

  @Override
  public void closeTemplateSource(Object templateSource) {
    // Nothing is held open between findTemplateSource and getReader.
  }
}
