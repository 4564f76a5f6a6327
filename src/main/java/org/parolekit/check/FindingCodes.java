package org.parolekit.check;

import java.util.List;

/** The stable codes of every finding the letter check reports; scripts may rely on them. */
public final class FindingCodes {
  private FindingCodes() {}

  /** The letter argues the merits of the legal case (strength of the claim, legal citations). */
  public static final String CASE_MERITS = "case-merits";

  /**
   * A sentence may judge the legal case in words the merits rules do not know: a person should read
   * it.
   */
  public static final String CASE_MERITS_REVIEW = "case-merits-review";

  /** The letter names someone other than the person in the case file. */
  public static final String WRONG_PERSON_NAME = "wrong-person-name";

  /** The person's name is almost right: an accent, a family name or a letter differs. */
  public static final String NAME_NEAR_MISS = "name-near-miss";

  /** The letter never gives the person's full name. */
  public static final String NAME_MISSING = "name-missing";

  /** The letter gives no A-number. */
  public static final String A_NUMBER_MISSING = "a-number-missing";

  /** The A-number differs from the case file by swapped or one wrong digit. */
  public static final String A_NUMBER_NEAR_MISS = "a-number-near-miss";

  /** The A-number differs from the case file. */
  public static final String A_NUMBER_MISMATCH = "a-number-mismatch";

  /** The date of birth in the letter differs from the case file. */
  public static final String DOB_MISMATCH = "dob-mismatch";

  /** The address where the person will live differs from the case file. */
  public static final String ADDRESS_MISMATCH = "address-mismatch";

  /** A sponsor letter does not state the sponsor's immigration status. */
  public static final String SPONSOR_NO_STATUS = "sponsor-no-status";

  /** A sponsor letter gives no street address. */
  public static final String SPONSOR_NO_ADDRESS = "sponsor-no-address";

  /** A sponsor letter gives a post-office box instead of a street address. */
  public static final String SPONSOR_PO_BOX = "sponsor-po-box";

  /** A sponsor letter gives no phone number. */
  public static final String SPONSOR_NO_PHONE = "sponsor-no-phone";

  /** A sponsor letter does not offer housing. */
  public static final String SPONSOR_NO_HOUSING = "sponsor-no-housing";

  /** A sponsor letter does not offer financial support. */
  public static final String SPONSOR_NO_FINANCIAL_SUPPORT = "sponsor-no-financial-support";

  /** A sponsor letter does not offer transport to hearings and check-ins. */
  public static final String SPONSOR_NO_TRANSPORT = "sponsor-no-transport";

  /** The letter carries no date. */
  public static final String NO_DATE = "no-date";

  /** The letter has no signature or closing with the writer's name. */
  public static final String NO_SIGNATURE = "no-signature";

  /** The letter still has template placeholders such as [NAME]. */
  public static final String UNFILLED_PLACEHOLDER = "unfilled-placeholder";

  /** The letter is a generic form with few or no words of the writer's own. */
  public static final String BOILERPLATE = "boilerplate";

  /** The letter is very short. */
  public static final String TOO_SHORT = "too-short";

  /** The letter is in a different language from the one declared for its writer. */
  public static final String LANGUAGE_MISMATCH = "language-mismatch";

  /** A letter not in English has no English translation. */
  public static final String MISSING_TRANSLATION = "missing-translation";

  /** The letters of one case disagree on the person's name, A-number, birth date or address. */
  public static final String INCONSISTENT_ACROSS_LETTERS = "inconsistent-across-letters";

  /** The letter is addressed to an immigration judge rather than to ICE. */
  public static final String ADDRESSED_TO_JUDGE = "addressed-to-judge";

  /** A criterion is not met in any letter of the case. */
  public static final String CRITERION_NOT_MET_IN_CASE = "criterion-not-met-in-case";

  /** Every code, in a stable order. */
  public static final List<String> ALL =
      List.of(
          CASE_MERITS,
          CASE_MERITS_REVIEW,
          WRONG_PERSON_NAME,
          NAME_NEAR_MISS,
          NAME_MISSING,
          A_NUMBER_MISSING,
          A_NUMBER_NEAR_MISS,
          A_NUMBER_MISMATCH,
          DOB_MISMATCH,
          ADDRESS_MISMATCH,
          SPONSOR_NO_STATUS,
          SPONSOR_NO_ADDRESS,
          SPONSOR_PO_BOX,
          SPONSOR_NO_PHONE,
          SPONSOR_NO_HOUSING,
          SPONSOR_NO_FINANCIAL_SUPPORT,
          SPONSOR_NO_TRANSPORT,
          NO_DATE,
          NO_SIGNATURE,
          UNFILLED_PLACEHOLDER,
          BOILERPLATE,
          TOO_SHORT,
          LANGUAGE_MISMATCH,
          MISSING_TRANSLATION,
          INCONSISTENT_ACROSS_LETTERS,
          ADDRESSED_TO_JUDGE,
          CRITERION_NOT_MET_IN_CASE);
}
