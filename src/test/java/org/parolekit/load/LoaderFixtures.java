package org.parolekit.load;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Writes case files into a test's folder and loads them the way the command line does. */
final class LoaderFixtures {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  /** The smallest case file that loads; person on lines 1-13, preparedBy on lines 14-16. */
  static final String MINIMAL =
      """
      person:
        givenNames: Ana
        familyNames: López
        aNumber: A123-456-789
        dateOfBirth: 1990-01-02
        countryOfBirth: Guatemala
        nationality: Guatemalan
        pronouns: she
        languages: [es]
        detention:
          facility: Otay Mesa Detention Center
          fieldOffice: san-diego
      preparedBy:
        role: volunteer
        name: Sam Rivera
      """;

  private LoaderFixtures() {}

  static Path write(Path dir, String name, String text) {
    return write(dir, name, text.getBytes(StandardCharsets.UTF_8));
  }

  static Path write(Path dir, String name, byte[] bytes) {
    try {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      return Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path copyResource(Path dir, String resource, String name) {
    try (InputStream in = LoaderFixtures.class.getResourceAsStream(resource)) {
      return write(dir, name, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The problems loading {@code file} reports, formatted, with the test folder left out. */
  static List<String> problems(Path dir, Path file) {
    CaseFileException[] thrown = new CaseFileException[1];
    assertThatThrownBy(() -> new CaseLoader(TODAY).load(file))
        .isInstanceOfSatisfying(CaseFileException.class, e -> thrown[0] = e);
    return thrown[0].problems().stream()
        .map(p -> p.format().replace(dir.toString() + dir.getFileSystem().getSeparator(), ""))
        .toList();
  }

  /** The problems of a case file written from {@code yaml}. */
  static List<String> problems(Path dir, String yaml) {
    return problems(dir, write(dir, "case.yaml", yaml));
  }

  static LoadedCase load(Path dir, String yaml) {
    return new CaseLoader(TODAY).load(write(dir, "case.yaml", yaml));
  }
}
