package org.stance.model;

import java.util.Map;

/**
 * What a training run measured: the shipped model on the held-out test split, the mean of the
 * cross-validation folds, the baselines on the same test split, the challenge file if one was
 * given, and the sizes and timings of the run.
 */
public record EvaluationReport(String modelId, String dataHash, Map<String, Integer> counts,
                               int trainExamples, int testExamples, Metrics test, Metrics crossValidation,
                               Map<String, Metrics> baselines, Map<String, Metrics> crossValidationBaselines,
                               Metrics challenge, String challengeFile, int epochs, double trainingSeconds) {
}
