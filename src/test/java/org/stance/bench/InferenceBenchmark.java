package org.stance.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.stance.data.CorpusLoader;
import org.stance.data.Example;
import org.stance.model.ModelArtifact;
import org.stance.model.Prediction;
import org.stance.model.StanceModel;

/**
 * In-process inference on corpus sentences, features included: one sentence per call (latency),
 * and batches of 256 through the fast path and through the DL4J network (throughput).
 * Run by bench/run; not part of the tests.
 */
@State(Scope.Benchmark)
public class InferenceBenchmark {

    static final int BATCH = 256;

    private StanceModel model;
    private List<String> sentences;
    private List<String> batch;
    private int next;

    @Setup
    public void load() throws Exception {
        // No cache of encoder vectors: the same batch is scored again and again, and must cost what fresh text does.
        model = ModelArtifact.load(Path.of(System.getProperty("stance.model", "model"))).withEmbeddingCache(0);
        sentences = new CorpusLoader(false).load(Path.of(System.getProperty("stance.data", "training-data")))
                .examples().stream().map(Example::text).toList();
        batch = new ArrayList<>(sentences.subList(0, Math.min(BATCH, sentences.size())));
        while (batch.size() < BATCH) {
            batch.add(sentences.get(batch.size() % sentences.size()));
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Prediction oneSentence() {
        next = (next + 1) % sentences.size();
        return model.predict(sentences.get(next));
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(BATCH)
    public List<Prediction> batchOf256() {
        return model.predictAll(batch);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(BATCH)
    public List<Prediction> batchOf256ThroughDl4j() {
        return model.predictWithNetwork(batch);
    }
}
