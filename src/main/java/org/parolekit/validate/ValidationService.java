package org.parolekit.validate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.parolekit.load.CaseFileException;
import org.parolekit.load.CaseLoader;
import org.parolekit.load.LoadedCase;

/** Loads a case file and reports everything it still lacks, without stopping at the first file. */
public final class ValidationService {
  private final CaseLoader loader;
  private final CaseValidator validator;
  private final Optional<LetterChecks> letterChecks;
  private final LocalDate letterDate;

  /** Structural checks only. */
  public ValidationService(CaseLoader loader, CaseValidator validator) {
    this(loader, validator, Optional.empty(), LocalDate.MIN);
  }

  /**
   * Structural checks and, with {@code letterChecks}, every letter rendered in memory and checked.
   *
   * @param letterDate the date for letters whose case file has no letterDate
   */
  public ValidationService(
      CaseLoader loader,
      CaseValidator validator,
      Optional<LetterChecks> letterChecks,
      LocalDate letterDate) {
    this.loader = loader;
    this.validator = validator;
    this.letterChecks = letterChecks;
    this.letterDate = letterDate;
  }

  /** Validates one file; a file that does not load becomes a result with its problems. */
  public FileValidation validate(Path file) {
    LoadedCase loaded;
    try {
      loaded = loader.load(file);
    } catch (CaseFileException e) {
      return FileValidation.invalid(file, e.problems());
    }
    return new FileValidation(
        file,
        List.of(),
        validator.validate(loaded),
        letterChecks.map(c -> c.check(loaded, letterDate)));
  }
}
