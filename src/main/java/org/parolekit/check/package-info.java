/**
 * Letter checks: does each letter show the person's identity, that they are not a flight risk and
 * not a danger, is it about the right person, and does it stay off the merits of the legal case.
 *
 * <p>Entry points: {@link org.parolekit.check.LetterChecker#check(LetterText, CheckContext)} for
 * one letter, {@link org.parolekit.check.CaseCheck#check(java.util.List, CheckContext)} for all the
 * letters of a case, {@link org.parolekit.check.LetterExtractor#read(java.nio.file.Path)} to read a
 * .txt, .md or PDF letter, {@link org.parolekit.check.CheckJson} for the JSON shape, and {@link
 * org.parolekit.check.FindingCodes} for the stable finding codes.
 *
 * <p>The method: one {@link org.parolekit.check.Detector} for each way {@code letter-criteria.md}
 * names of addressing a criterion or arguing the case, its vocabulary kept as data in the lexicons
 * beside these classes ({@code lexicon-common.txt}, {@code lexicon-en.txt}, {@code lexicon-es.txt},
 * read by {@link org.parolekit.check.Lexicon}), matched sentence by sentence on accent-free
 * lower-case text, with negation and with who speaks read from the clause ({@link
 * org.parolekit.check.Clause}); {@link org.parolekit.check.CriteriaAssessor} turns what fired into
 * met, weak or missing as the definition says, and every status keeps the detections that made it.
 * Measure changes with {@code bench/evaluate-letters.sh}.
 */
package org.parolekit.check;
