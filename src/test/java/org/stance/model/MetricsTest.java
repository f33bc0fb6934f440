package org.stance.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stance.data.Label;

class MetricsTest {

    private static Prediction said(Label label, double confidence) {
        double[] scores = new double[4];
        scores[label.ordinal()] = confidence;
        double rest = (1 - confidence) / 3;
        for (int i = 0; i < 4; i++) {
            if (i != label.ordinal()) {
                scores[i] = rest;
            }
        }
        return Prediction.of(scores);
    }

    @Test
    void computesAccuracyPerClassF1MacroF1ConfusionAndCalibration() {
        List<Label> gold = List.of(Label.DEMAND, Label.DEMAND, Label.SUPPLY, Label.NONE);
        List<Prediction> predicted = List.of(said(Label.DEMAND, 0.9), said(Label.SUPPLY, 0.6),
                said(Label.SUPPLY, 0.8), said(Label.NONE, 0.95));
        Metrics m = Metrics.of(gold, predicted);
        assertEquals(0.75, m.accuracy(), 1e-12);
        assertEquals(1.0, m.perClass().get("demand").precision(), 1e-12);
        assertEquals(0.5, m.perClass().get("demand").recall(), 1e-12);
        assertEquals(2.0 / 3, m.perClass().get("demand").f1(), 1e-12);
        assertEquals(0.5, m.perClass().get("supply").precision(), 1e-12);
        assertEquals(0.0, m.perClass().get("enforcement").f1(), 1e-12);
        assertEquals((2.0 / 3 + 2.0 / 3 + 0 + 1) / 4, m.macroF1(), 1e-12);
        assertEquals(1, m.confusion()[Label.DEMAND.ordinal()][Label.SUPPLY.ordinal()]);
        // bins: 0.6 (wrong), 0.8 (right), 0.9 (right), 0.95 (right): |0-0.6| + |1-0.8| + |1-0.9| + |1-0.95|, over 4
        assertEquals((0.6 + 0.2 + 0.1 + 0.05) / 4, m.expectedCalibrationError(), 1e-12);
    }

    @Test
    void aLabelNeverSeenNorPredictedCountsAsZeroAndEmptyInputIsAllZero() {
        Metrics m = Metrics.of(List.of(Label.SUPPLY, Label.SUPPLY), List.of(said(Label.SUPPLY, 0.7), said(Label.NONE, 0.6)));
        assertEquals(0, m.perClass().get("demand").precision(), 1e-12);
        assertEquals(0, m.perClass().get("none").recall(), 1e-12);
        assertEquals(2, m.perClass().get("supply").support());
        assertEquals((2.0 / 3) / 4, m.macroF1(), 1e-12);
        assertEquals(1, m.confusion()[Label.SUPPLY.ordinal()][Label.NONE.ordinal()]);
        Metrics none = Metrics.of(List.of(), List.of());
        assertEquals(0, none.examples());
        assertEquals(0, none.macroF1(), 1e-12);
    }
}
