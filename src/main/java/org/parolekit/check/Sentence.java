package org.parolekit.check;

/**
 * A sentence (or clause of an overlong sentence) of a letter.
 *
 * @param text as written, for quoting
 * @param folded normalized, for matching
 * @param index position in the letter
 */
record Sentence(String text, String folded, int index) {}
