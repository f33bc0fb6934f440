package org.stance.model;

import java.nio.file.Path;
import java.util.List;
import org.stance.data.Corpus;
import org.stance.data.CorpusLoader;
import org.stance.data.Example;
import org.stance.data.Splits;
import org.stance.embed.SentenceEncoder;
import org.stance.features.FeaturePipeline;
import org.stance.features.FeatureSpace;

/** A small, fixed slice of the real corpus and a short training configuration, for fast tests. */
final class TrainingFixture {

    static final Path CORPUS = Path.of("training-data");

    private TrainingFixture() {
    }

    static List<Example> slice(int size) throws Exception {
        Corpus corpus = new CorpusLoader(false).load(CORPUS);
        return Splits.stratified(corpus.examples(), Math.min(1.0 - 1e-9, (double) size / corpus.examples().size()), 7).second();
    }

    static TrainingConfig shortConfig() {
        // Three members keep the ensemble's paths (training, averaging, saving each network) under test, quickly.
        return TrainingConfig.defaults().withMaxEpochs(4).withFolds(0).withMembers(3);
    }

    static StanceModel train(List<Example> examples) throws java.io.IOException {
        return new Trainer(shortConfig(), TrainingProgress.SILENT, basePipeline(shortConfig())).train(examples, "test-data");
    }

    /** The lexicon and encoder of a configuration, before any n-grams are fitted. */
    static FeaturePipeline basePipeline(TrainingConfig config) throws java.io.IOException {
        var spec = config.encoderSpec();
        return new FeaturePipeline(new FeatureSpace(config.features(), List.of(), new float[0]), config.lexicon(),
                spec == null ? null : SentenceEncoder.load(spec, 1));
    }
}
