package org.stance.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingConfigTest {

    @TempDir
    Path dir;

    @Test
    void aFileOverridesOnlyTheKeysItNames() throws Exception {
        Path file = dir.resolve("c.json");
        Files.writeString(file, "{\"hiddenUnits\": 16, \"features\": {\"maxFeatures\": 500}}");
        TrainingConfig c = TrainingConfig.load(file);
        assertEquals(16, c.hiddenUnits());
        assertEquals(500, c.features().maxFeatures());
        assertEquals(TrainingConfig.defaults().seed(), c.seed());
        assertEquals(TrainingConfig.defaults().features().maxCharNgram(), c.features().maxCharNgram());
    }

    @Test
    void aProgrammaticChangeKeepsEveryOtherSettingIncludingTheFilesOwn() throws Exception {
        Path file = dir.resolve("c.json");
        Files.writeString(file, "{\"inputDropout\": 0.2, \"learningRate\": 0.01, \"features\": {\"maxFeatures\": 500}}");
        TrainingConfig fromFile = TrainingConfig.load(file);
        TrainingConfig quick = fromFile.withMaxEpochs(3).withFolds(0).withMembers(2);
        assertEquals(3, quick.maxEpochs());
        assertEquals(0, quick.folds());
        assertEquals(2, quick.members());
        assertEquals(fromFile, quick.withMaxEpochs(fromFile.maxEpochs()).withFolds(fromFile.folds())
                .withMembers(fromFile.members()));
        assertEquals(0.2, quick.inputDropout());
        assertEquals(500, quick.features().maxFeatures());
        Exception e = assertThrows(IllegalArgumentException.class, () -> fromFile.withFolds(1));
        assertTrue(e.getMessage().contains("folds must be 0"), e.getMessage());
    }

    @Test
    void unknownKeysAndBadValuesAreRefusedWithTheFileName() throws Exception {
        Path file = dir.resolve("c.json");
        Files.writeString(file, "{\"hiddenUnitz\": 16}");
        Exception e = assertThrows(java.io.IOException.class, () -> TrainingConfig.load(file));
        assertTrue(e.getMessage().contains("c.json") && e.getMessage().contains("unknown field 'hiddenUnitz'")
                && e.getMessage().contains("hiddenUnits, inputDropout, l2,") && !e.getMessage().contains("Unrecognized"), e.getMessage());
        Files.writeString(file, "{\"features\": {\"maxFeaturez\": 5}}");
        e = assertThrows(java.io.IOException.class, () -> TrainingConfig.load(file));
        assertTrue(e.getMessage().contains("'features.maxFeaturez'") && e.getMessage().contains("maxFeatures"), e.getMessage());
        Files.writeString(file, "{\"hiddenUnits\": \"many\"}");
        e = assertThrows(java.io.IOException.class, () -> TrainingConfig.load(file));
        assertTrue(e.getMessage().contains("'hiddenUnits'") && !e.getMessage().contains("com.fasterxml"), e.getMessage());
        Files.writeString(file, "{\"testFraction\": 1.5}");
        e = assertThrows(java.io.IOException.class, () -> TrainingConfig.load(file));
        assertTrue(e.getMessage().contains("testFraction"), e.getMessage());
        Files.writeString(file, "{\"inputDropout\": 1.0}");
        e = assertThrows(java.io.IOException.class, () -> TrainingConfig.load(file));
        assertTrue(e.getMessage().contains("inputDropout") && e.getMessage().contains("[0,1)"), e.getMessage());
    }

    @Test
    void inputDropoutThinsOnlyTheHiddenLayersInputsAndOnlyWhenAsked() throws Exception {
        Path file = dir.resolve("c.json");
        Files.writeString(file, "{\"inputDropout\": 0.3, \"hiddenDropout\": 0.5}");
        var network = NetworkFactory.create(TrainingConfig.load(file), 20);
        var hidden = network.getLayerWiseConfigurations().getConf(0).getLayer().getIDropout();
        var output = network.getLayerWiseConfigurations().getConf(1).getLayer().getIDropout();
        // DL4J's Dropout holds the probability of keeping a value.
        assertEquals(0.7, ((org.deeplearning4j.nn.conf.dropout.Dropout) hidden).getP(), 1e-9);
        assertEquals(0.5, ((org.deeplearning4j.nn.conf.dropout.Dropout) output).getP(), 1e-9);
        Files.writeString(file, "{\"inputDropout\": 0}");
        var plain = NetworkFactory.create(TrainingConfig.load(file), 20);
        assertEquals(null, plain.getLayerWiseConfigurations().getConf(0).getLayer().getIDropout());
    }
}
