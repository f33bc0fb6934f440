package org.stance.serve;

import java.util.List;
import org.stance.model.StanceModel;

/** Runs both inference paths once so ND4J and the JIT are initialised before the service says it is ready. */
final class Warmup {

    private static final List<String> SENTENCES = List.of(
            "We must confront the reality that we are the market for these drugs.",
            "Soldiers destroyed coca fields and two cocaine labs near the border.");

    private Warmup() {
    }

    static void run(StanceModel model) {
        model.predictWithNetwork(SENTENCES);
        for (int i = 0; i < 200; i++) {
            model.predict(SENTENCES.get(i % SENTENCES.size()));
        }
        model.explain(SENTENCES.get(0), 3);
    }
}
