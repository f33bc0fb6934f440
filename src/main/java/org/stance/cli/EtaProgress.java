package org.stance.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stance.model.TrainingProgress;

/**
 * Prints each line of training progress with the time so far and an estimate of the time left.
 * A run is a known number of phases (each cross-validation fold, the final model, the baselines);
 * a phase's length is estimated from the phases already done, or, in the first one, from its
 * epochs so far times the epoch limit (an upper bound: early stopping usually ends sooner).
 */
final class EtaProgress implements TrainingProgress {

    private static final Pattern EPOCH = Pattern.compile("^\\s*epoch\\s+(\\d+)");
    /** Lines that start a phase, as {@link org.stance.model.TrainingRun} reports them. */
    private static final Pattern PHASE = Pattern.compile("^(cross-validation fold|final model|baselines)");

    private final PrintStream out;
    private final int phases;
    private final int maxEpochs;
    private final long started = System.nanoTime();
    private int phasesDone = -1;
    private long phaseStarted = started;
    private double doneSeconds;

    EtaProgress(PrintStream out, int folds, int maxEpochs) {
        this.out = out;
        this.phases = folds + 2;
        this.maxEpochs = maxEpochs;
    }

    @Override
    public void report(String line) {
        long now = System.nanoTime();
        if (PHASE.matcher(line).find()) {
            if (phasesDone >= 0) {
                doneSeconds += (now - phaseStarted) / 1e9;
            }
            phasesDone++;
            phaseStarted = now;
        }
        double inPhase = (now - phaseStarted) / 1e9;
        double perPhase = Double.NaN;
        if (phasesDone > 0) {
            perPhase = doneSeconds / phasesDone;
        } else {
            Matcher epoch = EPOCH.matcher(line);
            if (epoch.find()) {
                perPhase = inPhase / Integer.parseInt(epoch.group(1)) * maxEpochs;
            }
        }
        String eta = Double.isNaN(perPhase) ? "estimating"
                : "about " + clock(Math.max(0, perPhase - inPhase) + perPhase * Math.max(0, phases - phasesDone - 1)) + " left";
        out.printf(Locale.ROOT, "[%s, %s] %s%n", clock((now - started) / 1e9), eta, line);
        out.flush();
    }

    static String clock(double seconds) {
        long s = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
