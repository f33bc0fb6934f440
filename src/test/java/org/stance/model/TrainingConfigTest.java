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
    void unknownKeysAndBadValuesAreRefusedWithTheFileName() throws Exception {
        Path file = dir.resolve("c.json");
        Files.writeString(file, "{\"hiddenUnitz\": 16}");
        Exception e = assertThrows(java.io.IOException.class, () -> TrainingConfig.load(file));
        assertTrue(e.getMessage().contains("c.json") && e.getMessage().contains("unknown field 'hiddenUnitz'")
                && e.getMessage().contains("hiddenUnits, l2,") && !e.getMessage().contains("Unrecognized"), e.getMessage());
        Files.writeString(file, "{\"features\": {\"maxFeaturez\": 5}}");
        e = assertThrows(java.io.IOException.class, () -> TrainingConfig.load(file));
        assertTrue(e.getMessage().contains("'features.maxFeaturez'") && e.getMessage().contains("maxFeatures"), e.getMessage());
        Files.writeString(file, "{\"hiddenUnits\": \"many\"}");
        e = assertThrows(java.io.IOException.class, () -> TrainingConfig.load(file));
        assertTrue(e.getMessage().contains("'hiddenUnits'") && !e.getMessage().contains("com.fasterxml"), e.getMessage());
        Files.writeString(file, "{\"testFraction\": 1.5}");
        e = assertThrows(java.io.IOException.class, () -> TrainingConfig.load(file));
        assertTrue(e.getMessage().contains("testFraction"), e.getMessage());
    }
}
