package org.stance.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.evaluation.classification.Evaluation;
import org.stance.data.Label;

/**
 * Classification metrics of predictions against gold labels: accuracy, macro-F1, per-class
 * precision/recall/F1 (DL4J's {@link Evaluation}), the confusion matrix (rows gold, columns predicted, {@link Label} order) and
 * expected calibration error over ten equal-width confidence bins.
 */
public record Metrics(int examples, double accuracy, double macroF1, Map<String, ClassMetrics> perClass,
                      int[][] confusion, double expectedCalibrationError) {

    public static final int CALIBRATION_BINS = 10;

    public record ClassMetrics(double precision, double recall, double f1, int support) {
    }

    /**
     * Counts, accuracy, per-class precision/recall/F1 and the confusion matrix come from DL4J's
     * {@link Evaluation}. Macro-F1 is the plain mean over all four labels (a label never seen nor
     * predicted counts as 0), which is what this JSON has always meant. DL4J offers no expected
     * calibration error ({@code EvaluationCalibration} gives reliability diagrams only), so ECE is
     * computed here.
     */
    public static Metrics of(List<Label> gold, List<Prediction> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("gold and predicted differ in length");
        }
        int k = Label.ALL.size();
        Evaluation evaluation = new Evaluation(Label.ids(), 1);
        double[] binConfidence = new double[CALIBRATION_BINS];
        double[] binCorrect = new double[CALIBRATION_BINS];
        int[] binCount = new int[CALIBRATION_BINS];
        for (int i = 0; i < gold.size(); i++) {
            Prediction p = predicted.get(i);
            boolean right = gold.get(i) == p.label();
            evaluation.eval(p.label().ordinal(), gold.get(i).ordinal());
            int bin = Math.min(CALIBRATION_BINS - 1, (int) (p.confidence() * CALIBRATION_BINS));
            binConfidence[bin] += p.confidence();
            binCorrect[bin] += right ? 1 : 0;
            binCount[bin]++;
        }
        int[][] confusion = new int[k][k];
        Map<String, ClassMetrics> perClass = new LinkedHashMap<>();
        double f1Sum = 0;
        for (Label label : Label.ALL) {
            int c = label.ordinal();
            int support = 0;
            for (int j = 0; j < k; j++) {
                confusion[c][j] = gold.isEmpty() ? 0 : evaluation.getConfusionMatrix().getCount(c, j);
                support += confusion[c][j];
            }
            double f1 = gold.isEmpty() ? 0 : evaluation.f1(c);
            perClass.put(label.id(), new ClassMetrics(gold.isEmpty() ? 0 : evaluation.precision(c),
                    gold.isEmpty() ? 0 : evaluation.recall(c), f1, support));
            f1Sum += f1;
        }
        double ece = 0;
        int n = gold.size();
        for (int b = 0; b < CALIBRATION_BINS; b++) {
            if (binCount[b] > 0) {
                ece += (double) binCount[b] / n * Math.abs(binCorrect[b] / binCount[b] - binConfidence[b] / binCount[b]);
            }
        }
        return new Metrics(n, n == 0 ? 0 : evaluation.accuracy(), f1Sum / k, perClass, confusion, ece);
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
