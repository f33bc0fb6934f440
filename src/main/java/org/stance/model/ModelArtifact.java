package org.stance.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.stance.data.Label;
import org.stance.features.FeatureConfig;
import org.stance.embed.EncoderSpec;
import org.stance.embed.SentenceEncoder;
import org.stance.features.DrugLexicon;
import org.stance.features.FeaturePipeline;
import org.stance.features.FeatureSpace;

/**
 * The model folder: {@code network.zip} (DL4J weights, no updater state), {@code features.json}
 * (vocabulary and IDF), {@code evaluation.json} (the training run's report) and
 * {@code manifest.json} (id, labels, provenance, and a SHA-256 of every other file). Loading checks
 * that every part is present, unmodified and consistent, and names the file when one is not.
 */
public final class ModelArtifact {

    public static final String NETWORK = "network.zip";
    public static final String FEATURES = "features.json";
    public static final String EVALUATION = "evaluation.json";
    public static final String MANIFEST = "manifest.json";
    /** 2: the network reads n-grams, drug-lexicon groups and a pretrained sentence encoder's vector. */
    static final int FORMAT_VERSION = 2;
    private static final List<String> OTHER_FILES = List.of(FEATURES, EVALUATION);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ModelArtifact() {
    }

    public static void save(StanceModel model, EvaluationReport report, Path dir) throws IOException {
        Files.createDirectories(dir);
        // Written to temporary names first, so a crash never leaves a manifest that vouches for half a model.
        List<String> networkFiles = new ArrayList<>();
        for (int m = 0; m < model.networks().size(); m++) {
            networkFiles.add(networkFile(m));
            ModelSerializer.writeModel(model.networks().get(m), dir.resolve(networkFile(m) + ".tmp").toFile(), false);
        }
        Path tmpFeatures = dir.resolve(FEATURES + ".tmp");
        ObjectNode features = JSON.createObjectNode();
        FeatureSpace ngrams = model.features().ngrams();
        features.set("config", JSON.valueToTree(ngrams.config()));
        features.put("lexicon", model.features().lexicon());
        features.put("lexiconVersion", DrugLexicon.VERSION);
        features.set("encoder", encoderNode(model.features().encoder()));
        features.set("terms", JSON.valueToTree(ngrams.terms()));
        features.set("idf", JSON.valueToTree(ngrams.idf()));
        JSON.writeValue(tmpFeatures.toFile(), features);
        Path tmpEvaluation = dir.resolve(EVALUATION + ".tmp");
        JSON.writeValue(tmpEvaluation.toFile(), report);
        for (String name : networkFiles) {
            Files.move(dir.resolve(name + ".tmp"), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(tmpFeatures, dir.resolve(FEATURES), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.move(tmpEvaluation, dir.resolve(EVALUATION), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

        ModelInfo info = model.info();
        ObjectNode manifest = JSON.createObjectNode();
        manifest.put("formatVersion", FORMAT_VERSION);
        manifest.put("id", info.id());
        manifest.set("labels", JSON.valueToTree(info.labels()));
        manifest.put("trainedAt", info.trainedAt());
        manifest.put("trainingExamples", info.trainingExamples());
        manifest.put("dataHash", info.dataHash());
        manifest.put("epochs", info.epochs());
        manifest.set("config", JSON.valueToTree(info.config()));
        manifest.set("encoder", encoderNode(model.features().encoder()));
        manifest.set("networks", JSON.valueToTree(networkFiles));
        Map<String, String> sums = new LinkedHashMap<>();
        List<String> checked = new ArrayList<>(networkFiles);
        checked.addAll(OTHER_FILES);
        for (String name : checked) {
            sums.put(name, sha256(dir.resolve(name)));
        }
        manifest.set("files", JSON.valueToTree(sums));
        Path tmpManifest = dir.resolve(MANIFEST + ".tmp");
        JSON.writeValue(tmpManifest.toFile(), manifest);
        Files.move(tmpManifest, dir.resolve(MANIFEST), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The encoder's name, size and the SHA-256 of its graph, or null for a model without one. */
    private static JsonNode encoderNode(SentenceEncoder encoder) {
        if (encoder == null) {
            return JSON.nullNode();
        }
        return JSON.createObjectNode().put("name", encoder.spec().name())
                .put("dimension", encoder.dimension()).put("graphSha256", encoder.graphSha256());
    }

    /** Loads the encoder a model was trained with and checks that it is the very same graph. */
    private static SentenceEncoder loadEncoder(JsonNode node, Path features, String fix) throws ModelLoadException {
        if (node == null || node.isNull()) {
            return null;
        }
        String name = node.path("name").asText("");
        EncoderSpec spec;
        try {
            spec = EncoderSpec.named(name);
        } catch (IllegalArgumentException e) {
            throw new ModelLoadException(features + ": " + e.getMessage() + "." + fix, e);
        }
        SentenceEncoder encoder;
        try {
            encoder = SentenceEncoder.load(spec, 1);
        } catch (IOException e) {
            throw new ModelLoadException(features + ": " + e.getMessage() + "." + fix, e);
        }
        if (!encoder.graphSha256().equals(node.path("graphSha256").asText())
                || encoder.dimension() != node.path("dimension").asInt()) {
            encoder.close();
            throw new ModelLoadException(features + ": the model was trained with another build of encoder " + name
                    + " (its graph's SHA-256 or size differs from the one on the classpath)." + fix);
        }
        return encoder;
    }

    public static StanceModel load(Path dir) throws ModelLoadException {
        String fix = " Point --model at a folder written by `train`, or write one there with `train --out " + dir + " --force`.";
        if (!Files.isDirectory(dir)) {
            throw new ModelLoadException(dir + ": no such model folder." + fix);
        }
        JsonNode manifest = readJson(dir.resolve(MANIFEST), fix);
        if (manifest.path("formatVersion").asInt(-1) != FORMAT_VERSION) {
            throw new ModelLoadException(dir.resolve(MANIFEST) + ": unsupported formatVersion "
                    + manifest.path("formatVersion") + " (expected " + FORMAT_VERSION + ")." + fix);
        }
        List<String> networkFiles = new ArrayList<>();
        manifest.path("networks").forEach(n -> networkFiles.add(n.asText()));
        if (networkFiles.isEmpty()) {
            networkFiles.add(NETWORK);
        }
        List<String> checked = new ArrayList<>(networkFiles);
        checked.addAll(OTHER_FILES);
        for (String name : checked) {
            Path file = dir.resolve(name);
            if (!Files.isRegularFile(file)) {
                throw new ModelLoadException(file + ": missing." + fix);
            }
            String expected = manifest.path("files").path(name).asText("");
            String actual;
            try {
                actual = sha256(file);
            } catch (IOException e) {
                throw new ModelLoadException(file + ": cannot read: " + e.getMessage() + "." + fix, e);
            }
            if (!actual.equals(expected)) {
                throw new ModelLoadException(file + ": corrupt or modified (its SHA-256 does not match "
                        + dir.resolve(MANIFEST) + ")." + fix);
            }
        }
        List<String> labels = new ArrayList<>();
        manifest.path("labels").forEach(n -> labels.add(n.asText()));
        if (!labels.equals(Label.ids())) {
            throw new ModelLoadException(dir.resolve(MANIFEST) + ": labels " + labels + " differ from " + Label.ids() + "." + fix);
        }
        try {
            JsonNode f = readJson(dir.resolve(FEATURES), fix);
            FeatureConfig featureConfig = JSON.treeToValue(f.get("config"), FeatureConfig.class);
            List<String> terms = new ArrayList<>();
            f.path("terms").forEach(n -> terms.add(n.asText()));
            float[] idf = JSON.treeToValue(f.get("idf"), float[].class);
            boolean lexicon = f.path("lexicon").asBoolean(false);
            int lexiconVersion = f.path("lexiconVersion").asInt(1);
            if (lexicon && lexiconVersion != DrugLexicon.VERSION) {
                throw new ModelLoadException(dir.resolve(FEATURES) + ": the model was trained on version " + lexiconVersion
                        + " of the drug lexicon and its frame cues, and this build has version " + DrugLexicon.VERSION
                        + "." + fix);
            }
            FeaturePipeline features = new FeaturePipeline(new FeatureSpace(featureConfig, terms, idf),
                    lexicon, loadEncoder(f.get("encoder"), dir.resolve(FEATURES), fix));
            List<MultiLayerNetwork> networks = new ArrayList<>();
            for (String name : networkFiles) {
                networks.add(loadNetwork(dir.resolve(name), features, dir.resolve(FEATURES), fix));
            }
            JsonNode evaluation = readJson(dir.resolve(EVALUATION), fix);
            Metrics metrics = JSON.treeToValue(evaluation.get("test"), Metrics.class);
            JsonNode realNode = evaluation.get("realText");
            Metrics real = realNode == null || realNode.isNull() ? null : JSON.treeToValue(realNode, Metrics.class);
            String typo = JsonProblems.unknownKey(dir.resolve(MANIFEST), manifest.get("config"), TrainingConfig.class, "config.");
            if (typo != null) {
                throw new ModelLoadException(typo + "." + fix);
            }
            TrainingConfig config;
            try {
                config = JSON.treeToValue(manifest.get("config"), TrainingConfig.class);
            } catch (IOException | IllegalArgumentException e) {
                throw new ModelLoadException(JsonProblems.describe(dir.resolve(MANIFEST), e) + " (in 'config')." + fix, e);
            }
            ModelInfo info = new ModelInfo(manifest.path("id").asText(), labels, manifest.path("trainedAt").asText(),
                    manifest.path("trainingExamples").asInt(), manifest.path("dataHash").asText(), config,
                    manifest.path("epochs").asInt(), metrics, real,
                    evaluation.path("realTextFile").asText(null));
            return new StanceModel(features, networks, info);
        } catch (ModelLoadException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ModelLoadException(dir + ": the model files are inconsistent: " + e.getMessage() + "." + fix, e);
        }
    }

    /** The file of the m-th network of an ensemble (from 0): network.zip, network-2.zip, ... */
    static String networkFile(int m) {
        return m == 0 ? NETWORK : "network-" + (m + 1) + ".zip";
    }

    private static MultiLayerNetwork loadNetwork(Path file, FeaturePipeline features, Path featuresFile, String fix)
            throws IOException, ModelLoadException {
        MultiLayerNetwork network = ModelSerializer.restoreMultiLayerNetwork(file.toFile(), false);
        if (network.getLayers().length != 2 || network.getLayer(1).getParam("W").columns() != Label.ALL.size()) {
            throw new ModelLoadException(file + ": not a network with " + Label.ALL.size() + " outputs." + fix);
        }
        if (network.getLayer(0).getParam("W").rows() != features.dimension()) {
            throw new ModelLoadException(file + ": expects " + network.getLayer(0).getParam("W").rows()
                    + " inputs but " + featuresFile + " describes " + features.dimension() + "." + fix);
        }
        return network;
    }

    private static JsonNode readJson(Path file, String fix) throws ModelLoadException {
        if (!Files.isRegularFile(file)) {
            throw new ModelLoadException(file + ": missing." + fix);
        }
        try {
            JsonNode node = JSON.readTree(file.toFile());
            if (node == null || !node.isObject()) {
                throw new ModelLoadException(file + ": not a JSON object." + fix);
            }
            return node;
        } catch (IOException e) {
            throw new ModelLoadException(file + ": not valid JSON (" + e.getMessage().lines().findFirst().orElse("") + ")." + fix, e);
        }
    }

    static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
