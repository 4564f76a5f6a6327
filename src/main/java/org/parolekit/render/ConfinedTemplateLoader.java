package org.parolekit.render;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Loads templates from one folder and nothing outside it: only {@code .ftl} files (each one is
 * checked before use), no {@code ..}, no absolute names, no symbolic links (a link inside the
 * folder could point anywhere), no file larger than 256 KiB.
 */
final class ConfinedTemplateLoader implements TemplateLoader {
  static final long MAX_TEMPLATE_BYTES = 256 * 1024;
  private final Path root;

  ConfinedTemplateLoader(Path root) throws IOException {
    this.root = Objects.requireNonNull(root, "root").toRealPath();
  }

  Path root() {
    return root;
  }

  @Override
  public Object findTemplateSource(String name) throws IOException {
    Path file = resolve(name);
    if (file == null) {
      return null;
    }
    return file;
  }

  /** The file a template name stands for, or null when it is missing or not allowed. */
  Path resolve(String name) throws IOException {
    if (name == null || !name.endsWith(".ftl") || name.startsWith("/") || name.contains("\\")
        || name.contains(":") || name.indexOf('\0') >= 0) {
      return null;
    }
    Path current = root;
    for (String part : name.split("/")) {
      if (part.isEmpty() || part.equals(".") || part.equals("..")) {
        return null;
      }
      current = current.resolve(part);
      if (Files.isSymbolicLink(current)) {
        return null;
      }
    }
    if (!Files.isRegularFile(current, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    Path real = current.toRealPath();
    if (!real.startsWith(root) || Files.size(real) > MAX_TEMPLATE_BYTES) {
      return null;
    }
    return real;
  }

  @Override
  public long getLastModified(Object templateSource) {
    return -1;
  }

  @Override
  public Reader getReader(Object templateSource, String encoding) throws IOException {
    InputStream in = Files.newInputStream((Path) templateSource, LinkOption.NOFOLLOW_LINKS);
    return new InputStreamReader(in, Charset.forName(encoding));
  }

  @Override
  public void closeTemplateSource(Object templateSource) {
    // Nothing is held open between findTemplateSource and getReader.
  }
}
