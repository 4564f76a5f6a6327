package org.parolekit.model;

/** Who prepared this material; decides whether anything on the merits of the case may appear. */
public record PreparedBy(
    @Required
        @Doc(
            value = "volunteer, attorney, accredited-representative or self.",
            example = "volunteer")
        PreparerRole role,
    @Required @Doc(value = "Preparer's name.") String name,
    @Doc(value = "Preparer's organization, if any.") String organization) {

  /** Whether material on the merits of the legal case may be included. */
  public boolean mayAddressCaseMerits() {
    return role == PreparerRole.ATTORNEY || role == PreparerRole.ACCREDITED_REPRESENTATIVE;
  }
}
