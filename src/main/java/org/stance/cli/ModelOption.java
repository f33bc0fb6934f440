package org.stance.cli;

import java.nio.file.Path;
import org.stance.model.ModelArtifact;
import org.stance.model.ModelLoadException;
import org.stance.model.StanceModel;
import picocli.CommandLine.Option;

/** The {@code --model DIR} option shared by the commands that use a trained model. */
final class ModelOption {

    @Option(names = "--model", description = "Model folder (default: ${DEFAULT-VALUE}).")
    Path dir = Path.of("model");

    @Option(names = "--encoder-cache", description = "Sentences whose encoder vectors are kept in memory, so repeated "
            + "text (boilerplate, retries) skips the encoder; 0 turns the cache off (default: ${DEFAULT-VALUE}).")
    int encoderCache = org.stance.features.FeaturePipeline.DEFAULT_CACHE;

    StanceModel load() {
        if (encoderCache < 0) {
            throw new Failure("--encoder-cache must be 0 or more, not " + encoderCache);
        }
        try {
            return ModelArtifact.load(dir).withEmbeddingCache(encoderCache);
        } catch (ModelLoadException e) {
            throw new Failure("cannot load the model: " + e.getMessage());
        }
    }
}
