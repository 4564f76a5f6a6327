package org.parolekit.check;

/**
 * One detector firing in one sentence: which way of making a point, on which words.
 *
 * @param detector the detector
 * @param sentence the sentence's position in the letter
 * @param sentenceText the sentence as written
 * @param words the words that matched, as written
 */
public record Detection(Detector detector, int sentence, String sentenceText, String words) {}
