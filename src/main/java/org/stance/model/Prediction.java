package org.stance.model;

import java.util.List;
import org.stance.data.Label;

/** The model's answer for one sentence: the label, its probability, and all four probabilities in {@link Label} order. */
public record Prediction(Label label, double confidence, double[] scores, List<Evidence> evidence) {

    public Prediction {
        scores = scores.clone();
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public double score(Label l) {
        return scores[l.ordinal()];
    }

    public static Prediction of(double[] probabilities) {
        int best = 0;
        for (int i = 1; i < probabilities.length; i++) {
            if (probabilities[i] > probabilities[best]) {
                best = i;
            }
        }
        return new Prediction(Label.ALL.get(best), probabilities[best], probabilities, List.of());
    }

    public Prediction withEvidence(List<Evidence> found) {
        return new Prediction(label, confidence, scores, found);
    }

    /** A word or phrase and how much leaving it out lowers the predicted label's probability. */
    public record Evidence(String token, double weight) {
    }
}
