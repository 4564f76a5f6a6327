package org.parolekit.validate;

import java.nio.file.Path;
import java.util.List;
import org.parolekit.load.CaseFileException;
import org.parolekit.load.CaseLoader;
import org.parolekit.load.LoadedCase;

/** Loads a case file and reports everything it still lacks, without stopping at the first file. */
public final class ValidationService {
  private final CaseLoader loader;
  private final CaseValidator validator;

  public ValidationService(CaseLoader loader, CaseValidator validator) {
    this.loader = loader;
    this.validator = validator;
  }

  /** Validates one file; a file that does not load becomes a result with its problems. */
  public FileValidation validate(Path file) {
    LoadedCase loaded;
    try {
      loaded = loader.load(file);
    } catch (CaseFileException e) {
      return new FileValidation(file, e.problems(), List.of());
    }
    return new FileValidation(file, List.of(), validator.validate(loaded));
  }
}
