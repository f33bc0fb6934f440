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

    StanceModel load() {
        try {
            return ModelArtifact.load(dir);
        } catch (ModelLoadException e) {
            throw new Failure("cannot load the model: " + e.getMessage());
        }
    }
}
