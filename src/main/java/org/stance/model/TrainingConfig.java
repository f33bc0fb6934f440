package org.stance.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.stance.features.FeatureConfig;

/**
 * Every hyper-parameter of a training run. The defaults live in one file,
 * {@code training-config.json} on the classpath; a file given with {@code --config} overrides any
 * subset of its keys. {@code readAlone}: train on each sentence's label read alone (codebook rule
 * 12, see {@link AloneReading}), since the network reads one sentence at a time. {@code members}:
 * how many networks, each from its own random start, are trained and averaged. {@code inputDropout}:
 * the share of input features hidden from each training step, so that no single n-gram of the
 * written corpus carries a decision the sentence's other words and its embedding do not support.
 * {@code relevanceGate}: the trained model reads a sentence with no word of the drug world (no drug
 * name, no word of the lexicon's groups, no frame cue) as {@code none} without asking the networks,
 * as codebook rule 12 reads such a sentence alone; training itself is unchanged. A manifest
 * without the key (models made before it existed) reads as {@code false}.
 */
public record TrainingConfig(
        long seed,
        double testFraction,
        double validationFraction,
        int folds,
        int hiddenUnits,
        double inputDropout,
        double hiddenDropout,
        double l2,
        double learningRate,
        int batchSize,
        int maxEpochs,
        int patience,
        int explainTopK,
        FeatureConfig features,
        boolean lexicon,
        String encoder,
        boolean readAlone,
        boolean relevanceGate,
        int members) {

    public static final String DEFAULTS_RESOURCE = "/org/stance/model/training-config.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public TrainingConfig {
        if (testFraction <= 0 || testFraction >= 1 || validationFraction <= 0 || validationFraction >= 1) {
            throw new IllegalArgumentException("testFraction and validationFraction must lie strictly between 0 and 1");
        }
        if (folds < 2 && folds != 0) {
            throw new IllegalArgumentException("folds must be 0 (no cross-validation) or at least 2");
        }
        if (hiddenUnits < 1 || batchSize < 1 || maxEpochs < 1 || patience < 1 || explainTopK < 1 || members < 1) {
            throw new IllegalArgumentException(
                    "hiddenUnits, batchSize, maxEpochs, patience, explainTopK and members must be positive");
        }
        if (inputDropout < 0 || inputDropout >= 1 || hiddenDropout < 0 || hiddenDropout >= 1 || l2 < 0
                || learningRate <= 0) {
            throw new IllegalArgumentException(
                    "inputDropout and hiddenDropout must be in [0,1), l2 >= 0, learningRate > 0");
        }
        encoder = encoder == null ? "" : encoder.strip();
        if (!encoder.isEmpty()) {
            org.stance.embed.EncoderSpec.named(encoder); // fails with the list of known encoders
        }
    }

    public static TrainingConfig defaults() {
        try (InputStream in = TrainingConfig.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULTS_RESOURCE);
            }
            return JSON.readValue(in, TrainingConfig.class);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + DEFAULTS_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** The defaults with the keys of {@code file} laid over them. */
    public static TrainingConfig load(Path file) throws IOException {
        JsonNode override;
        try {
            override = JSON.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new IOException(JsonProblems.describe(file, e), e);
        }
        if (override == null || !override.isObject()) {
            throw new IOException(file + ": expected a JSON object of training settings");
        }
        try {
            return defaults().overlaid((ObjectNode) override);
        } catch (IOException | IllegalArgumentException e) {
            throw new IOException(JsonProblems.describe(file, e), e);
        }
    }

    public TrainingConfig withMaxEpochs(int epochs) {
        return with("maxEpochs", epochs);
    }

    public TrainingConfig withMembers(int n) {
        return with("members", n);
    }

    public TrainingConfig withFolds(int k) {
        return with("folds", k);
    }

    public TrainingConfig withRelevanceGate(boolean on) {
        return with("relevanceGate", on);
    }

    /** The encoder's description, or null when this configuration uses none. */
    public org.stance.embed.EncoderSpec encoderSpec() {
        return encoder.isEmpty() ? null : org.stance.embed.EncoderSpec.named(encoder);
    }

    /** This configuration with one key changed, checked like a file's keys are. */
    private TrainingConfig with(String key, Object value) {
        try {
            return overlaid(JSON.createObjectNode().set(key, JSON.valueToTree(value)));
        } catch (IOException e) {
            throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
        }
    }

    /**
     * The one way settings are changed: the keys of {@code override} laid over this configuration's,
     * {@code features} key by key, so that a file or a caller names only what it changes.
     */
    private TrainingConfig overlaid(ObjectNode override) throws IOException {
        ObjectNode merged = JSON.valueToTree(this);
        merged.setAll(override);
        if (override.has("features") && override.get("features").isObject()) {
            ObjectNode features = JSON.valueToTree(features());
            features.setAll((ObjectNode) override.get("features"));
            merged.set("features", features);
        }
        return JSON.treeToValue(merged, TrainingConfig.class);
    }
}
