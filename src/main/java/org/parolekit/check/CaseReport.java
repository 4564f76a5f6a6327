package org.parolekit.check;

import java.util.List;

/**
 * What checking all the letters of one case found.
 *
 * @param letters one report per letter, in the order given
 * @param findings findings about the letters together (disagreements, criteria no letter meets)
 * @param summary totals
 */
public record CaseReport(List<LetterReport> letters, List<Finding> findings, CheckSummary summary) {

  public CaseReport {
    letters = List.copyOf(letters);
    findings = List.copyOf(findings);
  }
}
