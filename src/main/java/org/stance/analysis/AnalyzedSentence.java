package org.stance.analysis;

import org.stance.model.Prediction;

/**
 * One sentence of an analysed article: its text, its range {@code [start, end)} in Unicode code
 * points of the submitted text (so {@code text[start:end]} in Python is the sentence), the person
 * it is attributed to (null when none), its label read in context, and whether context changed it.
 */
public record AnalyzedSentence(String text, int start, int end, String speaker, Prediction prediction,
                               boolean fromContext) {
}
