package org.parolekit.load;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.parolekit.model.CaseFile;
import org.parolekit.model.FileRef;
import org.parolekit.model.OrganizationProfile;

/**
 * Reads case files and organization profiles strictly, reporting every problem with its place.
 *
 * <p>Problems of the case file and of the organization profile it names are reported together, in
 * one {@link CaseFileException}, so a volunteer can fix them all in one pass.
 */
public final class CaseLoader {
  private final LocalDate today;
  private final Locale locale;

  /**
   * A loader that reports problems in English.
   *
   * @param today the date against which birth dates and "since" dates are judged
   */
  public CaseLoader(LocalDate today) {
    this(today, Locale.ROOT);
  }

  /**
   * A loader that words its problems in {@code locale} where a translation of {@code
   * org/parolekit/load/Messages.properties} exists, and in English otherwise.
   */
  public CaseLoader(LocalDate today, Locale locale) {
    this.today = Objects.requireNonNull(today, "today");
    this.locale = Objects.requireNonNull(locale, "locale");
  }

  /**
   * Loads a case file and the organization profile it names.
   *
   * @throws CaseFileException with every problem found, when the file cannot be used
   */
  public LoadedCase load(Path caseFile) {
    Objects.requireNonNull(caseFile, "caseFile");
    Problems problems = new Problems(new Messages(locale));
    Binder binder = new Binder(problems.in(caseFile), folderOf(caseFile), today);
    Optional<CaseFile> bound =
        read(caseFile, problems).flatMap(root -> binder.bindRoot(root, CaseFile.class));
    Optional<OrganizationProfile> organization = Optional.empty();
    for (FileRef profile : binder.organizationProfiles()) {
      organization = organization(profile.resolved(), problems);
    }
    if (!problems.isEmpty()) {
      throw new CaseFileException(problems.sorted());
    }
    return new LoadedCase(caseFile, bound.orElseThrow(), organization);
  }

  /**
   * Loads an organization profile on its own, for example to check it.
   *
   * @throws CaseFileException with every problem found, when the file cannot be used
   */
  public OrganizationProfile loadOrganization(Path profile) {
    Objects.requireNonNull(profile, "profile");
    Problems problems = new Problems(new Messages(locale));
    Optional<OrganizationProfile> organization = organization(profile, problems);
    if (!problems.isEmpty()) {
      throw new CaseFileException(problems.sorted());
    }
    return organization.orElseThrow();
  }

  private Optional<OrganizationProfile> organization(Path profile, Problems problems) {
    Binder binder = new Binder(problems.in(profile), folderOf(profile), today);
    return read(profile, problems)
        .flatMap(root -> binder.bindRoot(root, OrganizationProfile.class));
  }

  private static Optional<Node> read(Path file, Problems problems) {
    Problems.Reporter out = problems.in(file);
    return SourceText.read(file, out).flatMap(text -> new TreeReader(out).read(text));
  }

  private static Path folderOf(Path file) {
    Path parent = file.getParent();
    return parent == null ? Path.of("") : parent;
  }
}
