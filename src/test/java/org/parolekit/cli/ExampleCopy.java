package org.parolekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A bundled example copied whole (its letters and attachments too) into a test's folder. */
public record ExampleCopy(Path folder) {

  /**
   * Copies {@code examples/NAME} into a new folder under {@code parent}, beside a copy of the
   * organization profile and logo its case file names as {@code ../organization.yaml}.
   */
  public static ExampleCopy of(String name, Path parent) throws IOException {
    Path source = Path.of("examples", name);
    Path examples = Files.createTempDirectory(parent, "examples");
    Files.copy(Path.of("examples/organization.yaml"), examples.resolve("organization.yaml"));
    Files.copy(
        Path.of("examples/organization-logo.png"), examples.resolve("organization-logo.png"));
    Path target = examples.resolve(name);
    try (var paths = Files.walk(source)) {
      for (Path p : paths.toList()) {
        Path copy = target.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(p, copy);
        }
      }
    }
    return new ExampleCopy(target);
  }

  public Path caseFile() {
    return folder.resolve("case.yaml");
  }

  /** Replaces {@code from}, which must be in the case file, with {@code to}. */
  public ExampleCopy replace(String from, String to) throws IOException {
    String yaml = Files.readString(caseFile());
    assertThat(yaml).as("the example's case file").contains(from);
    Files.writeString(caseFile(), yaml.replace(from, to));
    return this;
  }
}
