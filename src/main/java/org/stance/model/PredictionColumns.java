package org.stance.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stance.data.Label;

/** The CSV columns a prediction adds to a row: label, confidence, then one score per label. */
public final class PredictionColumns {

    public static final List<String> HEADER;

    static {
        List<String> header = new ArrayList<>(List.of("label", "confidence"));
        Label.ALL.forEach(l -> header.add("score_" + l.id()));
        HEADER = List.copyOf(header);
    }

    private PredictionColumns() {
    }

    public static String[] of(Prediction p) {
        String[] out = new String[HEADER.size()];
        out[0] = p.label().id();
        out[1] = format(p.confidence());
        for (Label l : Label.ALL) {
            out[2 + l.ordinal()] = format(p.score(l));
        }
        return out;
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }
}
