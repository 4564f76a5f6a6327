package org.parolekit.model;

import java.time.LocalDate;
import java.util.List;

/** Everything known about one person's parole support: the root of a case file. */
@Doc("A parolekit case file: one person, their sponsor, supporters and organization.")
public record CaseFile(
    @Required @Doc(value = "The person in detention.") Person person,
    @Doc(value = "The sponsor who offers housing and support.") Sponsor sponsor,
    @Doc(value = "People who write letters of support.") List<Supporter> supporters,
    @Doc(value = "The organization that issues an organizational letter.")
        OrganizationLink organization,
    @Required @Doc(value = "Who prepared this material.") PreparedBy preparedBy,
    @Doc(value = "Supporting documents.") List<Attachment> attachments,
    @Doc(value = "Date printed on the letters, YYYY-MM-DD; defaults to --date or today.")
        LocalDate letterDate) {

  public CaseFile {
    supporters = supporters == null ? List.of() : List.copyOf(supporters);
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  @Override
  public String toString() {
    return "CaseFile(redacted)";
  }
}
