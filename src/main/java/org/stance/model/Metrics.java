package org.stance.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stance.data.Label;

/**
 * Classification metrics of predictions against gold labels: accuracy, macro-F1, per-class
 * precision/recall/F1, the confusion matrix (rows gold, columns predicted, {@link Label} order) and
 * expected calibration error over ten equal-width confidence bins.
 */
public record Metrics(int examples, double accuracy, double macroF1, Map<String, ClassMetrics> perClass,
                      int[][] confusion, double expectedCalibrationError) {

    public static final int CALIBRATION_BINS = 10;

    public record ClassMetrics(double precision, double recall, double f1, int support) {
    }

    public static Metrics of(List<Label> gold, List<Prediction> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("gold and predicted differ in length");
        }
        int k = Label.ALL.size();
        int[][] confusion = new int[k][k];
        double[] binConfidence = new double[CALIBRATION_BINS];
        double[] binCorrect = new double[CALIBRATION_BINS];
        int[] binCount = new int[CALIBRATION_BINS];
        int correct = 0;
        for (int i = 0; i < gold.size(); i++) {
            Prediction p = predicted.get(i);
            int g = gold.get(i).ordinal();
            int q = p.label().ordinal();
            confusion[g][q]++;
            boolean right = g == q;
            correct += right ? 1 : 0;
            int bin = Math.min(CALIBRATION_BINS - 1, (int) (p.confidence() * CALIBRATION_BINS));
            binConfidence[bin] += p.confidence();
            binCorrect[bin] += right ? 1 : 0;
            binCount[bin]++;
        }
        Map<String, ClassMetrics> perClass = new LinkedHashMap<>();
        double f1Sum = 0;
        for (Label label : Label.ALL) {
            int c = label.ordinal();
            int tp = confusion[c][c];
            int predictedAs = 0;
            int support = 0;
            for (int j = 0; j < k; j++) {
                predictedAs += confusion[j][c];
                support += confusion[c][j];
            }
            double precision = predictedAs == 0 ? 0 : (double) tp / predictedAs;
            double recall = support == 0 ? 0 : (double) tp / support;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            perClass.put(label.id(), new ClassMetrics(precision, recall, f1, support));
            f1Sum += f1;
        }
        double ece = 0;
        int n = gold.size();
        for (int b = 0; b < CALIBRATION_BINS; b++) {
            if (binCount[b] > 0) {
                ece += (double) binCount[b] / n * Math.abs(binCorrect[b] / binCount[b] - binConfidence[b] / binCount[b]);
            }
        }
        return new Metrics(n, n == 0 ? 0 : (double) correct / n, f1Sum / k, perClass, confusion, ece);
    }

    /** The mean of several folds' metrics (confusion matrices summed). */
    public static Metrics mean(List<Metrics> runs) {
        int k = Label.ALL.size();
        int[][] confusion = new int[k][k];
        int examples = 0;
        double accuracy = 0;
        double macro = 0;
        double ece = 0;
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (Metrics m : runs) {
            examples += m.examples();
            accuracy += m.accuracy() / runs.size();
            macro += m.macroF1() / runs.size();
            ece += m.expectedCalibrationError() / runs.size();
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    confusion[i][j] += m.confusion()[i][j];
                }
            }
            m.perClass().forEach((name, c) -> {
                double[] s = sums.computeIfAbsent(name, x -> new double[4]);
                s[0] += c.precision() / runs.size();
                s[1] += c.recall() / runs.size();
                s[2] += c.f1() / runs.size();
                s[3] += c.support();
            });
        }
        Map<String, ClassMetrics> perClass = new LinkedHashMap<>();
        sums.forEach((name, s) -> perClass.put(name, new ClassMetrics(s[0], s[1], s[2], (int) s[3])));
        return new Metrics(examples, accuracy, macro, perClass, confusion, ece);
    }
}
