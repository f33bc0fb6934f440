package org.stance.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stance.data.Corpus;
import org.stance.data.Example;
import org.stance.data.Label;
import org.stance.data.Splits;
import org.stance.embed.EncoderSpec;
import org.stance.embed.SentenceEncoder;
import org.stance.features.FeaturePipeline;
import org.stance.features.FeatureSpace;

/**
 * The whole training procedure as configuration: hold out a stratified test split, cross-validate
 * on the rest, train the model that ships on the rest, and measure it and the baselines on the
 * test split (and on a challenge file, never trained on).
 */
public final class TrainingRun {

    private final TrainingConfig config;
    private final TrainingProgress progress;

    public TrainingRun(TrainingConfig config, TrainingProgress progress) {
        this.config = config;
        this.progress = progress;
    }

    /** A trained model and its evaluation. */
    public record Result(StanceModel model, EvaluationReport report) {
    }

    /** A labelled file evaluated but never trained on, and the name to report it under. */
    public record Evaluated(List<Example> examples, String file) {
        public static final Evaluated NONE = new Evaluated(List.of(), null);

        boolean present() {
            return !examples.isEmpty();
        }
    }

    public Result run(Corpus corpus, Evaluated challenge, Evaluated real) throws java.io.IOException {
        long started = System.nanoTime();
        String dataHash = corpus.contentHash();
        Splits.Split split = heldOut(corpus, config);
        List<Example> train = split.first();
        List<Example> test = split.second();
        progress.report("data: " + corpus.examples().size() + " sentences, " + train.size() + " for training, "
                + test.size() + " held out for the test; hash " + dataHash.substring(0, 12));
        FeaturePipeline base = basePipeline(corpus, challenge, real);
        if (config.readAlone()) {
            AloneReading reading = new AloneReading(corpus.examples(), base);
            train = reading.of(train);
            test = reading.of(test);
            progress.report("read alone: " + reading.continuations() + " sentences that continue a claim with no drug word of their own"
                    + " are none for the network (codebook rule 12)");
        }

        List<Metrics> foldMetrics = new ArrayList<>();
        Map<String, List<Metrics>> foldBaselines = new LinkedHashMap<>();
        if (config.folds() > 0) {
            List<Splits.Split> folds = Splits.folds(train, config.folds(), config.seed() + 2);
            for (int i = 0; i < folds.size(); i++) {
                Splits.Split fold = folds.get(i);
                progress.report("cross-validation fold " + (i + 1) + "/" + folds.size());
                StanceModel m = new Trainer(config, progress, base).train(fold.first(), dataHash);
                foldMetrics.add(Metrics.of(gold(fold.second()), m.predictAll(texts(fold.second()))));
                foldBaselines.computeIfAbsent(Baselines.LOGISTIC, k -> new ArrayList<>()).add(Metrics.of(
                        gold(fold.second()), Baselines.logisticRegression(fold.first(), config.seed()).apply(fold.second())));
            }
        }

        progress.report("final model on the training part");
        StanceModel model = new Trainer(config, progress, base).train(train, dataHash);
        Metrics testMetrics = Metrics.of(gold(test), model.predictAll(texts(test)));

        progress.report("baselines on the test split: majority class, TF-IDF + logistic regression");
        Map<String, Metrics> baselines = new LinkedHashMap<>();
        baselines.put(Baselines.MAJORITY, Metrics.of(gold(test), Baselines.majority(train, test)));
        var logistic = Baselines.logisticRegression(train, config.seed());
        baselines.put(Baselines.LOGISTIC, Metrics.of(gold(test), logistic.apply(test)));

        Metrics challengeMetrics = !challenge.present() ? null
                : Metrics.of(gold(challenge.examples()), model.predictAll(texts(challenge.examples())));
        Metrics realMetrics = null;
        Map<String, Metrics> realBaselines = new LinkedHashMap<>();
        if (real.present()) {
            List<Example> r = real.examples();
            realMetrics = Metrics.of(gold(r), model.predictAll(texts(r)));
            realBaselines.put(Baselines.MAJORITY, Metrics.of(gold(r), Baselines.majority(train, r)));
            realBaselines.put(Baselines.LOGISTIC, Metrics.of(gold(r), logistic.apply(r)));
            progress.report(String.format(java.util.Locale.ROOT, "real text %s: macro-F1 %.3f, none-F1 %.3f, accuracy %.3f",
                    real.file(), realMetrics.macroF1(), realMetrics.perClass().get("none").f1(), realMetrics.accuracy()));
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        corpus.countsByLabel().forEach((l, c) -> counts.put(l.id(), c));
        Map<String, Metrics> cvBaselines = new LinkedHashMap<>();
        foldBaselines.forEach((name, runs) -> cvBaselines.put(name, Metrics.mean(runs)));
        EvaluationReport report = new EvaluationReport(model.id(), dataHash, counts, realMetrics, real.file(),
                realBaselines, train.size(), test.size(),
                testMetrics, foldMetrics.isEmpty() ? null : Metrics.mean(foldMetrics), baselines, cvBaselines,
                challengeMetrics, challenge.file(), model.info().epochs(), (System.nanoTime() - started) / 1e9);
        StanceModel trained = new StanceModel(model.features(), model.networks(),
                model.info().withMetrics(testMetrics, realMetrics, real.file()));
        return new Result(trained, report);
    }

    /**
     * The lexicon setting and the encoder every model of this run shares; every sentence the run
     * will read is encoded once here, over all cores, instead of once per fold.
     */
    private FeaturePipeline basePipeline(Corpus corpus, Evaluated challenge, Evaluated real) throws java.io.IOException {
        EncoderSpec spec = config.encoderSpec();
        FeatureSpace empty = new FeatureSpace(config.features(), List.of(), new float[0]);
        if (spec == null) {
            return new FeaturePipeline(empty, config.lexicon(), null);
        }
        SentenceEncoder encoder = SentenceEncoder.load(spec, 1);
        List<String> all = new ArrayList<>(texts(corpus.examples()));
        all.addAll(texts(challenge.examples()));
        all.addAll(texts(real.examples()));
        FeaturePipeline pipeline = new FeaturePipeline(empty, config.lexicon(), encoder, all.size() + 1000);
        long t0 = System.nanoTime();
        int step = 1000;
        for (int from = 0; from < all.size(); from += step) {
            pipeline.vectorizeAll(all.subList(from, Math.min(all.size(), from + step)));
            double done = Math.min(all.size(), from + step);
            double seconds = (System.nanoTime() - t0) / 1e9;
            progress.report(String.format(java.util.Locale.ROOT, "encoding sentences with %s: %d/%d, ETA %.0f s",
                    spec.name(), (int) done, all.size(), seconds / done * (all.size() - done)));
        }
        return pipeline;
    }

    /** The training part and the held-out test split, exactly as a run with this configuration makes them. */
    public static Splits.Split heldOut(Corpus corpus, TrainingConfig config) {
        return Splits.stratified(corpus.examples(), config.testFraction(), config.seed());
    }

    static List<String> texts(List<Example> examples) {
        return examples.stream().map(Example::text).toList();
    }

    static List<Label> gold(List<Example> examples) {
        return examples.stream().map(Example::label).toList();
    }
}
