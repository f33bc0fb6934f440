package org.stance.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stance.analysis.ArticleAnalyzer;
import org.stance.model.ModelArtifact;
import org.stance.model.StanceModel;

/**
 * The in-process batch path that {@code bench/run} sets the archive job against: one thread runs
 * the article pipeline over the same JSON-lines archive. Prints documents, sentences and seconds
 * of analysis (after loading and warming up, which are timed apart) as JSON.
 * Usage: {@code ArchiveBaseline <archive.jsonl> [model dir]}.
 */
public final class ArchiveBaseline {

    private ArchiveBaseline() {
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        long t0 = System.nanoTime();
        StanceModel model = ModelArtifact.load(Path.of(args.length > 1 ? args[1] : "model"));
        ArticleAnalyzer analyzer = new ArticleAnalyzer();
        List<String> texts = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                JsonNode n = json.readTree(line);
                texts.add(n.get("text").asText());
            }
        }
        // Warm-up as the job's executors do: the same articles once, not timed.
        for (String t : texts.subList(0, Math.min(texts.size(), 50))) {
            analyzer.analyze(t, model, false);
        }
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        long sentences = 0;
        for (String t : texts) {
            sentences += analyzer.analyze(t, model, false).sentences().size();
        }
        double seconds = (System.nanoTime() - t1) / 1e9;
        System.out.println(String.format(Locale.ROOT,
                "{\"documents\":%d,\"sentences\":%d,\"seconds\":%.3f,\"loadSeconds\":%.3f}", texts.size(), sentences,
                seconds, loadSeconds));
    }
}
