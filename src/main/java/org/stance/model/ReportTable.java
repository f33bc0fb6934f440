package org.stance.model;

import java.util.Locale;
import java.util.Map;
import org.stance.data.Label;

/** Renders metrics as plain-text tables for people reading a terminal. */
public final class ReportTable {

    private ReportTable() {
    }

    public static String metrics(String title, Metrics m) {
        StringBuilder out = new StringBuilder();
        out.append(title).append(String.format(Locale.ROOT, "  (%d sentences)%n", m.examples()));
        out.append(String.format(Locale.ROOT, "  accuracy %.3f   macro-F1 %.3f   expected calibration error %.3f%n",
                m.accuracy(), m.macroF1(), m.expectedCalibrationError()));
        out.append(String.format(Locale.ROOT, "  %-12s %9s %9s %9s %8s%n", "label", "precision", "recall", "F1", "support"));
        m.perClass().forEach((name, c) -> out.append(String.format(Locale.ROOT, "  %-12s %9.3f %9.3f %9.3f %8d%n",
                name, c.precision(), c.recall(), c.f1(), c.support())));
        out.append("  confusion (rows: true label, columns: predicted)\n");
        out.append(String.format(Locale.ROOT, "  %-12s", ""));
        for (Label l : Label.ALL) {
            out.append(String.format(Locale.ROOT, " %11s", l.id()));
        }
        out.append('\n');
        for (Label g : Label.ALL) {
            out.append(String.format(Locale.ROOT, "  %-12s", g.id()));
            for (Label p : Label.ALL) {
                out.append(String.format(Locale.ROOT, " %11d", m.confusion()[g.ordinal()][p.ordinal()]));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String f1(Metrics m) {
        return m == null ? "-" : String.format(Locale.ROOT, "%.3f", m.macroF1());
    }

    public static String report(EvaluationReport r) {
        StringBuilder out = new StringBuilder();
        out.append("\n== Evaluation of model ").append(r.modelId()).append(" ==\n");
        out.append("corpus ").append(r.counts()).append(String.format(Locale.ROOT,
                "; %d training, %d test; best epoch %d; run took %.1f s%n%n",
                r.trainExamples(), r.testExamples(), r.epochs(), r.trainingSeconds()));
        if (r.realText() != null) {
            out.append(metrics("Real text " + r.realTextFile() + " (never trained on; judge changes here first)",
                    r.realText())).append('\n');
        }
        out.append(metrics("Held-out test split", r.test())).append('\n');
        if (r.crossValidation() != null) {
            out.append(metrics("Cross-validation on the training part (mean of folds)", r.crossValidation())).append('\n');
        }
        if (r.challenge() != null) {
            out.append(metrics("Challenge file " + r.challengeFile() + " (never trained on)", r.challenge())).append('\n');
        }
        out.append("Macro-F1 side by side\n");
        out.append(String.format(Locale.ROOT, "  %-32s %10s %10s %10s%n", "model", "real text", "test", "cv mean"));
        out.append(String.format(Locale.ROOT, "  %-32s %10s %10.3f %10s%n", "DL4J network (this model)",
                f1(r.realText()), r.test().macroF1(), f1(r.crossValidation())));
        for (Map.Entry<String, Metrics> b : r.baselines().entrySet()) {
            out.append(String.format(Locale.ROOT, "  %-32s %10s %10.3f %10s%n", b.getKey(),
                    f1(r.realTextBaselines() == null ? null : r.realTextBaselines().get(b.getKey())),
                    b.getValue().macroF1(), f1(r.crossValidationBaselines().get(b.getKey()))));
        }
        return out.toString();
    }
}
