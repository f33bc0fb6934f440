package org.stance.serve;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.stance.model.ModelArtifact;
import org.stance.model.ModelLoadException;
import org.stance.model.StanceModel;

/**
 * The model being served. Each request takes one snapshot and uses it throughout, so a reload
 * swaps models atomically: requests in flight finish on the model they started with.
 */
final class ModelHolder {

    private final Path dir;
    private final AtomicReference<StanceModel> current;
    private final Consumer<StanceModel> onSwap;

    ModelHolder(Path dir, StanceModel initial, Consumer<StanceModel> onSwap) {
        this.dir = dir;
        this.current = new AtomicReference<>(initial);
        this.onSwap = onSwap;
        onSwap.accept(initial);
    }

    StanceModel get() {
        return current.get();
    }

    /** Loads the folder again, warms the new model up, and swaps it in; a broken folder leaves the old one serving. */
    synchronized StanceModel reload() throws ModelLoadException {
        StanceModel fresh = ModelArtifact.load(dir);
        Warmup.run(fresh);
        current.set(fresh);
        onSwap.accept(fresh);
        return fresh;
    }
}
