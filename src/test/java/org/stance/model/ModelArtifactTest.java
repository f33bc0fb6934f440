package org.stance.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stance.data.Example;

class ModelArtifactTest {

    private static StanceModel model;
    private static List<String> texts;

    @TempDir
    Path dir;

    @BeforeAll
    static void train() throws Exception {
        List<Example> examples = TrainingFixture.slice(200);
        model = TrainingFixture.train(examples);
        texts = examples.stream().map(Example::text).toList();
    }

    private static EvaluationReport report(StanceModel m) {
        Metrics metrics = Metrics.of(List.of(), List.of());
        return new EvaluationReport(m.id(), "h", Map.of(), null, null, Map.of(), 1, 1, metrics, null, Map.of(), Map.of(), null, null, 1, 1.0);
    }

    @Test
    void saveThenLoadGivesIdenticalPredictionsAndProvenance() throws Exception {
        ModelArtifact.save(model, report(model), dir);
        StanceModel loaded = ModelArtifact.load(dir);
        assertEquals(model.id(), loaded.id());
        assertEquals(model.info().dataHash(), loaded.info().dataHash());
        assertEquals(model.info().config(), loaded.info().config());
        for (String t : texts) {
            assertArrayEquals(model.predict(t).scores(), loaded.predict(t).scores(), 0.0, t);
        }
    }

    @Test
    void theEncoderIsRecordedAndAModelFromAnotherBuildOfItIsRefused() throws Exception {
        ModelArtifact.save(model, report(model), dir);
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var manifest = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(dir.resolve(ModelArtifact.MANIFEST).toFile());
        assertEquals("all-minilm-l6-v2-q", manifest.at("/encoder/name").asText());
        assertEquals(384, manifest.at("/encoder/dimension").asInt());
        assertEquals(model.features().encoder().graphSha256(), manifest.at("/encoder/graphSha256").asText());

        // The same folder, re-signed, but claiming its vectors came from another build of the encoder.
        var features = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(dir.resolve(ModelArtifact.FEATURES).toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) features.get("encoder")).put("graphSha256", "0".repeat(64));
        json.writeValue(dir.resolve(ModelArtifact.FEATURES).toFile(), features);
        ((com.fasterxml.jackson.databind.node.ObjectNode) manifest.get("files"))
                .put(ModelArtifact.FEATURES, ModelArtifact.sha256(dir.resolve(ModelArtifact.FEATURES)));
        json.writeValue(dir.resolve(ModelArtifact.MANIFEST).toFile(), manifest);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelArtifact.load(dir));
        assertTrue(e.getMessage().contains("another build of encoder all-minilm-l6-v2-q"), e.getMessage());

        ((com.fasterxml.jackson.databind.node.ObjectNode) features.get("encoder")).put("name", "all-mpnet-base");
        json.writeValue(dir.resolve(ModelArtifact.FEATURES).toFile(), features);
        ((com.fasterxml.jackson.databind.node.ObjectNode) manifest.get("files"))
                .put(ModelArtifact.FEATURES, ModelArtifact.sha256(dir.resolve(ModelArtifact.FEATURES)));
        json.writeValue(dir.resolve(ModelArtifact.MANIFEST).toFile(), manifest);
        e = assertThrows(ModelLoadException.class, () -> ModelArtifact.load(dir));
        assertTrue(e.getMessage().contains("unknown encoder 'all-mpnet-base'") && e.getMessage().contains("all-minilm-l6-v2-q"),
                e.getMessage());
    }

    @Test
    void aModelTrainedOnAnotherVersionOfTheLexiconIsRefused() throws Exception {
        ModelArtifact.save(model, report(model), dir);
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var features = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(dir.resolve(ModelArtifact.FEATURES).toFile());
        assertEquals(org.stance.features.DrugLexicon.VERSION, features.get("lexiconVersion").asInt());

        // A folder written before the version was recorded reads as version 1: same width of lexicon
        // block would not show the difference, so the version must.
        features.remove("lexiconVersion");
        json.writeValue(dir.resolve(ModelArtifact.FEATURES).toFile(), features);
        var manifest = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(dir.resolve(ModelArtifact.MANIFEST).toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) manifest.get("files"))
                .put(ModelArtifact.FEATURES, ModelArtifact.sha256(dir.resolve(ModelArtifact.FEATURES)));
        json.writeValue(dir.resolve(ModelArtifact.MANIFEST).toFile(), manifest);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelArtifact.load(dir));
        assertTrue(e.getMessage().contains("version 1 of the drug lexicon") && e.getMessage().contains("train --out"),
                e.getMessage());
    }

    @Test
    void theRelevanceGateIsSavedAndAModelMadeBeforeItReadsEverySentenceWithItsNetworks() throws Exception {
        String farm = "The harvest came in late this year because of the spring rains.";
        ModelArtifact.save(model, report(model), dir);
        assertTrue(ModelArtifact.load(dir).outsideDrugWorld(farm));

        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var manifest = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(dir.resolve(ModelArtifact.MANIFEST).toFile());
        assertTrue(manifest.get("config").get("relevanceGate").asBoolean());
        ((com.fasterxml.jackson.databind.node.ObjectNode) manifest.get("config")).remove("relevanceGate");
        json.writeValue(dir.resolve(ModelArtifact.MANIFEST).toFile(), manifest);
        StanceModel older = ModelArtifact.load(dir);
        assertTrue(!older.outsideDrugWorld(farm));
        assertArrayEquals(model.withRelevanceGate(false).predict(farm).scores(), older.predict(farm).scores(), 0.0);
    }

    @Test
    void everyMemberOfTheEnsembleIsSavedCheckedAndLoaded() throws Exception {
        assertEquals(TrainingFixture.shortConfig().members(), model.networks().size());
        ModelArtifact.save(model, report(model), dir);
        var manifest = new com.fasterxml.jackson.databind.ObjectMapper().readTree(dir.resolve(ModelArtifact.MANIFEST).toFile());
        List<String> files = new java.util.ArrayList<>();
        manifest.get("networks").forEach(n -> files.add(n.asText()));
        assertEquals(List.of("network.zip", "network-2.zip", "network-3.zip"), files);
        assertEquals(3, ModelArtifact.load(dir).networks().size());

        Files.delete(dir.resolve("network-3.zip"));
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelArtifact.load(dir));
        assertTrue(e.getMessage().contains("network-3.zip") && e.getMessage().contains("missing"), e.getMessage());
    }

    @Test
    void aMissingFileIsNamed() throws Exception {
        ModelArtifact.save(model, report(model), dir);
        Files.delete(dir.resolve(ModelArtifact.FEATURES));
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelArtifact.load(dir));
        assertTrue(e.getMessage().contains(ModelArtifact.FEATURES) && e.getMessage().contains("missing"), e.getMessage());
        assertTrue(e.getMessage().contains("train --out"), "the message says how to fix it");
        assertTrue(!e.getMessage().contains("git"), "no git advice: a model folder need not be in a git checkout");
    }

    @Test
    void aCorruptOrTruncatedNetworkIsNamed() throws Exception {
        ModelArtifact.save(model, report(model), dir);
        Path network = dir.resolve(ModelArtifact.NETWORK);
        byte[] bytes = Files.readAllBytes(network);
        Files.write(network, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelArtifact.load(dir));
        assertTrue(e.getMessage().contains(ModelArtifact.NETWORK) && e.getMessage().contains("corrupt"), e.getMessage());
    }

    @Test
    void aMissingFolderOrManifestIsNamed() throws Exception {
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelArtifact.load(dir.resolve("nope")));
        assertTrue(e.getMessage().contains("no such model folder"), e.getMessage());
        ModelArtifact.save(model, report(model), dir);
        Files.writeString(dir.resolve(ModelArtifact.MANIFEST), "{not json");
        e = assertThrows(ModelLoadException.class, () -> ModelArtifact.load(dir));
        assertTrue(e.getMessage().contains(ModelArtifact.MANIFEST) && e.getMessage().contains("not valid JSON"), e.getMessage());
    }

    @Test
    void aTypoInTheManifestNamesTheFileTheFieldAndTheAllowedKeys() throws Exception {
        ModelArtifact.save(model, report(model), dir);
        Path manifest = dir.resolve(ModelArtifact.MANIFEST);
        Files.writeString(manifest, Files.readString(manifest).replace("\"hiddenUnits\"", "\"hiddenUnitz\""));
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelArtifact.load(dir));
        assertTrue(e.getMessage().contains(manifest.toString()) && e.getMessage().contains("unknown field 'config.hiddenUnitz'")
                && e.getMessage().contains("hiddenDropout, hiddenUnits, inputDropout, l2") && !e.getMessage().contains("Unrecognized")
                && !e.getMessage().contains("com.fasterxml"), e.getMessage());
    }
}
