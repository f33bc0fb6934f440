package org.stance.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.stance.analysis.ArticleAnalyzer;
import org.stance.model.ModelArtifact;
import org.stance.model.ModelLoadException;
import org.stance.model.StanceModel;

/**
 * One loaded, warmed-up model per executor JVM. Spark runs tasks in threads of long-lived
 * executors and gives them no per-executor hook, so the per-JVM cache has to be static: it is the
 * one place the project keeps static state, keyed by the model's content so two models never mix.
 */
public final class ExecutorModels {

    private static final Map<String, StanceModel> LOADED = new ConcurrentHashMap<>();

    private ExecutorModels() {
    }

    public static StanceModel get(ModelFiles files) {
        return LOADED.computeIfAbsent(files.key(), k -> load(files));
    }

    /**
     * On the driver: loads the model from its own folder (so a broken model is named by its real
     * path) and keeps it for the executor threads of the same JVM, as in local mode.
     */
    public static StanceModel preload(Path dir, ModelFiles files) throws ModelLoadException {
        StanceModel model = ModelArtifact.load(dir);
        warmUp(model);
        return LOADED.computeIfAbsent(files.key(), k -> model);
    }

    private static void warmUp(StanceModel model) {
        // The first prediction pays for ND4J's native start and the JIT.
        new ArticleAnalyzer().analyze("Police seized cocaine at the border. Addiction treatment works.", model, false);
    }

    private static StanceModel load(ModelFiles files) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("stance-model");
            files.writeTo(dir);
            StanceModel model = ModelArtifact.load(dir);
            warmUp(model);
            return model;
        } catch (ModelLoadException e) {
            throw new IllegalStateException("cannot load the model: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException("cannot unpack the model: " + e.getMessage(), e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary folder is harmless.
        }
    }
}
