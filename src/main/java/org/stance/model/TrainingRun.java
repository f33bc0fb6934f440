package org.stance.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stance.data.Corpus;
import org.stance.data.Example;
import org.stance.data.Label;
import org.stance.data.Splits;

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

    public Result run(Corpus corpus, List<Example> challenge, String challengeFile) {
        long started = System.nanoTime();
        String dataHash = corpus.contentHash();
        Splits.Split split = heldOut(corpus, config);
        List<Example> train = split.first();
        List<Example> test = split.second();
        progress.report("data: " + corpus.examples().size() + " sentences, " + train.size() + " for training, "
                + test.size() + " held out for the test; hash " + dataHash.substring(0, 12));

        List<Metrics> foldMetrics = new ArrayList<>();
        Map<String, List<Metrics>> foldBaselines = new LinkedHashMap<>();
        if (config.folds() > 0) {
            List<Splits.Split> folds = Splits.folds(train, config.folds(), config.seed() + 2);
            for (int i = 0; i < folds.size(); i++) {
                Splits.Split fold = folds.get(i);
                progress.report("cross-validation fold " + (i + 1) + "/" + folds.size());
                StanceModel m = new Trainer(config, progress).train(fold.first(), dataHash);
                foldMetrics.add(Metrics.of(gold(fold.second()), m.predictAll(texts(fold.second()))));
                foldBaselines.computeIfAbsent(Baselines.LOGISTIC, k -> new ArrayList<>()).add(Metrics.of(
                        gold(fold.second()), Baselines.logisticRegression(fold.first(), fold.second(), config.seed())));
            }
        }

        progress.report("final model on the training part");
        StanceModel model = new Trainer(config, progress).train(train, dataHash);
        Metrics testMetrics = Metrics.of(gold(test), model.predictAll(texts(test)));

        progress.report("baselines on the test split: majority class, TF-IDF + logistic regression");
        Map<String, Metrics> baselines = new LinkedHashMap<>();
        baselines.put(Baselines.MAJORITY, Metrics.of(gold(test), Baselines.majority(train, test)));
        baselines.put(Baselines.LOGISTIC, Metrics.of(gold(test), Baselines.logisticRegression(train, test, config.seed())));

        Metrics challengeMetrics = challenge.isEmpty() ? null
                : Metrics.of(gold(challenge), model.predictAll(texts(challenge)));
        Map<String, Integer> counts = new LinkedHashMap<>();
        corpus.countsByLabel().forEach((l, c) -> counts.put(l.id(), c));
        Map<String, Metrics> cvBaselines = new LinkedHashMap<>();
        foldBaselines.forEach((name, runs) -> cvBaselines.put(name, Metrics.mean(runs)));
        EvaluationReport report = new EvaluationReport(model.id(), dataHash, counts, train.size(), test.size(),
                testMetrics, foldMetrics.isEmpty() ? null : Metrics.mean(foldMetrics), baselines, cvBaselines,
                challengeMetrics, challengeFile, model.info().epochs(), (System.nanoTime() - started) / 1e9);
        StanceModel shipped = new StanceModel(model.features(), model.network(), model.info().withMetrics(testMetrics));
        return new Result(shipped, report);
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
