package org.stance.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.stance.data.Example;
import org.stance.data.Label;
import org.stance.data.Splits;
import org.stance.features.FeaturePipeline;
import org.stance.features.FeatureSpace;
import org.stance.features.SparseVector;

/**
 * Trains a model from examples with a configuration: {@code members} networks over the same
 * features. A validation part is carved from the examples (stratified, seeded); the vocabulary is
 * fitted on the rest; each network stops when the validation macro-F1 has not improved for
 * {@code patience} epochs and keeps its best epoch's weights.
 */
public final class Trainer {

    private final TrainingConfig config;
    private final TrainingProgress progress;
    private final FeaturePipeline base;

    /**
     * {@code base} brings the lexicon setting and the sentence encoder (with its cache of vectors);
     * its n-gram block is replaced by one fitted on each call's examples.
     */
    public Trainer(TrainingConfig config, TrainingProgress progress, FeaturePipeline base) {
        this.config = config;
        this.progress = progress;
        this.base = base;
    }

    public StanceModel train(List<Example> examples, String dataHash) {
        Splits.Split split = Splits.stratified(examples, config.validationFraction(), config.seed() + 1);
        List<Example> fit = split.first();
        List<Example> validation = split.second();
        FeaturePipeline features = base.withNgrams(
                FeatureSpace.fit(fit.stream().map(Example::text).toList(), config.features()));

        List<SparseVector> x = features.vectorizeAll(fit.stream().map(Example::text).toList());
        List<Label> y = fit.stream().map(Example::label).toList();
        List<String> validationTexts = validation.stream().map(Example::text).toList();
        List<Label> validationGold = validation.stream().map(Example::label).toList();

        List<MultiLayerNetwork> networks = new ArrayList<>();
        int epochs = 0;
        for (int m = 0; m < config.members(); m++) {
            Member member = trainMember(m, features, x, y, validationTexts, validationGold);
            networks.add(member.network());
            epochs = Math.max(epochs, member.bestEpoch());
        }
        ModelInfo info = new ModelInfo(StanceModel.contentId(features, networks), Label.ids(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), examples.size(), dataHash, config,
                epochs, null, null, null);
        return new StanceModel(features, networks, info);
    }

    private record Member(MultiLayerNetwork network, int bestEpoch) {
    }

    /**
     * One member of the ensemble: the same data and features, its own random start and order of
     * batches (member 0 uses the configured seed itself, so a one-member model is the plain network).
     */
    private Member trainMember(int m, FeaturePipeline features, List<SparseVector> x, List<Label> y,
                               List<String> validationTexts, List<Label> validationGold) {
        long seed = config.seed() + 7919L * m;
        String memberName = config.members() == 1 ? "" : "member " + (m + 1) + "/" + config.members() + "  ";
        Nd4j.getRandom().setSeed(seed);
        MultiLayerNetwork network = NetworkFactory.create(config, features.dimension());
        Random shuffler = new Random(seed);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < x.size(); i++) {
            order.add(i);
        }
        double bestF1 = -1;
        int bestEpoch = 0;
        INDArray bestParams = network.params().dup();
        for (int epoch = 1; epoch <= config.maxEpochs(); epoch++) {
            Collections.shuffle(order, shuffler);
            double lossSum = 0;
            int batches = 0;
            for (int start = 0; start < order.size(); start += config.batchSize()) {
                List<Integer> batch = order.subList(start, Math.min(order.size(), start + config.batchSize()));
                List<SparseVector> rows = new ArrayList<>(batch.size());
                INDArray labels = Nd4j.zeros(org.nd4j.linalg.api.buffer.DataType.FLOAT, batch.size(), Label.ALL.size());
                for (int r = 0; r < batch.size(); r++) {
                    rows.add(x.get(batch.get(r)));
                    labels.putScalar(r, y.get(batch.get(r)).ordinal(), 1f);
                }
                network.fit(new DataSet(StanceModel.dense(rows, features.dimension()), labels));
                lossSum += network.score();
                batches++;
            }
            StanceModel candidate = new StanceModel(features, List.of(network), null);
            double f1 = Metrics.of(validationGold, candidate.predictAll(validationTexts)).macroF1();
            progress.report(String.format(Locale.ROOT, "  %sepoch %2d  loss %.4f  validation macro-F1 %.4f%s",
                    memberName, epoch, lossSum / batches, f1, f1 > bestF1 ? "  (best)" : ""));
            if (f1 > bestF1) {
                bestF1 = f1;
                bestEpoch = epoch;
                bestParams = network.params().dup();
            } else if (epoch - bestEpoch >= config.patience()) {
                break;
            }
        }
        network.setParams(bestParams);
        return new Member(network, bestEpoch);
    }
}
