package org.stance.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stance.analysis.ArticleAnalyzer;
import org.stance.model.ModelArtifact;
import org.stance.model.StanceModel;

/**
 * In-process throughput of the article pipeline on whole real addresses (split, attribute, label
 * every sentence over all cores, context, count), with the sentence-vector cache off so that every
 * sentence is fresh text. Run by bench/run: {@code AddressThroughput MODEL_DIR FILE...}; prints JSON.
 */
public final class AddressThroughput {

    public static void main(String[] args) throws Exception {
        StanceModel model = ModelArtifact.load(Path.of(args[0])).withEmbeddingCache(0);
        List<String> addresses = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            addresses.add(Files.readString(Path.of(args[i])));
        }
        ArticleAnalyzer analyzer = new ArticleAnalyzer();
        analyzer.analyze(addresses.get(0), model, false); // JIT and ONNX Runtime warm-up, not measured
        long sentences = 0;
        long t0 = System.nanoTime();
        for (String address : addresses) {
            sentences += analyzer.analyze(address, model, false).sentences().size();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "{\"addresses\":%d,\"sentences\":%d,\"seconds\":%.2f,\"sentences_per_s\":%.1f,"
                        + "\"cores\":%d,\"model\":\"%s\"}%n", addresses.size(), sentences, seconds, sentences / seconds,
                Runtime.getRuntime().availableProcessors(), model.id());
    }
}
