/**
 * Letter checks: does each letter show the person's identity, that they are not a flight risk and
 * not a danger, is it about the right person, and does it stay off the merits of the legal case.
 *
 * <p>Entry points: {@link org.parolekit.check.LetterChecker#check(LetterText, CheckContext)} for
 * one letter, {@link org.parolekit.check.CaseCheck#check(java.util.List, CheckContext)} for all
 * the letters of a case, {@link org.parolekit.check.LetterExtractor#read(java.nio.file.Path)} to
 * read a .txt, .md or PDF letter, {@link org.parolekit.check.CheckJson} for the JSON shape, and
 * {@link org.parolekit.check.FindingCodes} for the stable finding codes.
 *
 * <p>The method is a weighted cue lexicon per language ({@code cues-en.txt}, {@code cues-es.txt}
 * beside these classes) matched sentence by sentence on accent-free lower-case text, with
 * negation handling; every status and finding quotes the sentences it rests on. Measure changes
 * * with {@code bench/evaluate-letters.sh}.
 */
package org.parolekit.check;
