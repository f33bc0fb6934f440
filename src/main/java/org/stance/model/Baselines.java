package org.stance.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.stance.data.Example;
import org.stance.data.Label;
import org.stance.features.FeatureConfig;
import org.stance.features.FeatureSpace;
import org.stance.features.SparseVector;
import org.tribuo.MutableDataset;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/** The two reference points the network must beat, trained and tested on the same splits. */
final class Baselines {

    static final String MAJORITY = "majority class";
    static final String LOGISTIC = "TF-IDF + logistic regression";
    private static final int LOGISTIC_EPOCHS = 25;
    private static final int LOGISTIC_MAX_FEATURES = 50000;

    // Tribuo logs every thousand SGD steps at INFO through java.util.logging; the report says what matters.
    // Held in a field: java.util.logging keeps loggers weakly, and a collected logger forgets its level.
    private static final java.util.logging.Logger TRIBUO_LOG = java.util.logging.Logger.getLogger("org.tribuo");

    static {
        TRIBUO_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    private Baselines() {
    }

    /** Always the most frequent training label, with its training frequency as confidence. */
    static List<Prediction> majority(List<Example> train, List<Example> test) {
        Map<Label, Integer> counts = new EnumMap<>(Label.class);
        train.forEach(e -> counts.merge(e.label(), 1, Integer::sum));
        Label top = Collections.max(counts.entrySet(), Map.Entry.comparingByValue()).getKey();
        double[] scores = new double[Label.ALL.size()];
        counts.forEach((l, c) -> scores[l.ordinal()] = (double) c / train.size());
        Prediction constant = new Prediction(top, scores[top.ordinal()], scores, List.of());
        return Collections.nCopies(test.size(), constant);
    }

    /**
     * Word uni- and bigram TF-IDF into Tribuo's multinomial logistic regression (AdaGrad SGD),
     * trained once and returned as a function that labels any sentences (a run scores it on the
     * test split and on real text).
     */
    static Function<List<Example>, List<Prediction>> logisticRegression(List<Example> train, long seed) {
        FeatureSpace space = FeatureSpace.fit(train.stream().map(Example::text).toList(),
                FeatureConfig.wordsOnly(LOGISTIC_MAX_FEATURES));
        LabelFactory factory = new LabelFactory();
        MutableDataset<org.tribuo.classification.Label> dataset =
                new MutableDataset<>(new SimpleDataSourceProvenance("training split", factory), factory);
        for (Example e : train) {
            if (space.vectorize(e.text()).size() > 0) { // a sentence with no known term teaches nothing
                dataset.add(toTribuo(space, e.text(), new org.tribuo.classification.Label(e.label().id())));
            }
        }
        Prediction prior = majority(train, List.of(train.get(0))).get(0);
        var trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.5, 0.1), LOGISTIC_EPOCHS, seed);
        var model = trainer.train(dataset);
        return test -> {
            List<Prediction> out = new ArrayList<>(test.size());
            for (Example e : test) {
                if (space.vectorize(e.text()).size() == 0) {
                    out.add(prior); // Tribuo cannot score an example without features: fall back to the class prior
                    continue;
                }
                var p = model.predict(toTribuo(space, e.text(), LabelFactory.UNKNOWN_LABEL));
                double[] scores = new double[Label.ALL.size()];
                p.getOutputScores().forEach((name, label) -> Label.parse(name)
                        .ifPresent(l -> scores[l.ordinal()] = label.getScore()));
                out.add(Prediction.of(scores));
            }
            return out;
        };
    }

    private static ArrayExample<org.tribuo.classification.Label> toTribuo(
            FeatureSpace space, String text, org.tribuo.classification.Label label) {
        SparseVector v = space.vectorize(text);
        String[] names = new String[v.size()];
        double[] values = new double[v.size()];
        for (int k = 0; k < v.size(); k++) {
            names[k] = space.terms().get(v.indices()[k]);
            values[k] = v.values()[k];
        }
        return new ArrayExample<>(label, names, values);
    }
}
