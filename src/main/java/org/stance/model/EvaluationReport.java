package org.stance.model;

import java.util.Map;

/**
 * What a training run measured: first the model on real text nobody wrote for the corpus (when a
 * real-text file was given), and the baselines on it; then the held-out test split, the mean of
 * the cross-validation folds, the baselines on the same test split, the challenge file if one was
 * given, and the sizes and timings of the run.
 */
public record EvaluationReport(String modelId, String dataHash, Map<String, Integer> counts,
                               Metrics realText, String realTextFile, Map<String, Metrics> realTextBaselines,
                               int trainExamples, int testExamples, Metrics test, Metrics crossValidation,
                               Map<String, Metrics> baselines, Map<String, Metrics> crossValidationBaselines,
                               Metrics challenge, String challengeFile, int epochs, double trainingSeconds) {
}
