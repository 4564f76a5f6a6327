package org.parolekit.load;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.parolekit.model.CaseFile;
import org.parolekit.model.OrganizationProfile;

/** A case file read and checked, with the organization profile it names, if any. */
public record LoadedCase(
    Path source, CaseFile caseFile, Optional<OrganizationProfile> organization) {
  public LoadedCase {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(caseFile, "caseFile");
    Objects.requireNonNull(organization, "organization");
  }
}
