package org.stance.model;

import java.util.List;

/**
 * Provenance of a trained model: what it is called, what it predicts, when and from which data
 * (content hash, example count) and with which configuration and seed it was trained.
 * {@code metrics} is its evaluation on the held-out test split and {@code realText} on real
 * sentences nobody wrote for the corpus, when known.
 */
public record ModelInfo(String id, List<String> labels, String trainedAt, int trainingExamples,
                        String dataHash, TrainingConfig config, int epochs, Metrics metrics, Metrics realText,
                        String realTextFile) {

    public ModelInfo withMetrics(Metrics m, Metrics real, String realFile) {
        return new ModelInfo(id, labels, trainedAt, trainingExamples, dataHash, config, epochs, m, real, realFile);
    }

    public ModelInfo withConfig(TrainingConfig changed) {
        return new ModelInfo(id, labels, trainedAt, trainingExamples, dataHash, changed, epochs, metrics, realText,
                realTextFile);
    }
}
