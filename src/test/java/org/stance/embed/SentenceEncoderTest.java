package org.stance.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SentenceEncoderTest {

    private static SentenceEncoder encoder;

    @BeforeAll
    static void load() throws Exception {
        encoder = SentenceEncoder.load(EncoderSpec.MINILM_L6_V2_Q, 1);
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    private static final List<String> SENTENCES = List.of(
            "Overdose deaths fell for the second year in a row.",
            "The ministers will meet again in the spring to discuss tariffs.",
            "Agents at the port of entry found the pills hidden in a load of avocados, officials said on Tuesday.",
            "Thank you.",
            "Growers in the Andes planted more coca this year than in any year on record.");

    @Test
    void batchedVectorsEqualTheLibrarysOneAtATimeVectors() {
        var library = new AllMiniLmL6V2QuantizedEmbeddingModel();
        float[][] ours = encoder.encode(SENTENCES);
        for (int i = 0; i < SENTENCES.size(); i++) {
            float[] theirs = library.embed(SENTENCES.get(i)).content().vector();
            assertArrayEquals(theirs, ours[i], 1e-4f, SENTENCES.get(i));
        }
    }

    @Test
    void aSentenceGetsTheSameVectorEveryTimeAndFromManyThreadsAtOnce() throws Exception {
        // The service, the command line and the archive job must read a sentence alike, whatever
        // else runs at the same moment on the shared session.
        float[][] once = encoder.encode(SENTENCES);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<float[][]>> runs = new java.util.ArrayList<>();
            for (int r = 0; r < 8; r++) {
                runs.add(pool.submit(() -> encoder.encode(SENTENCES)));
            }
            for (var run : runs) {
                float[][] again = run.get();
                for (int i = 0; i < SENTENCES.size(); i++) {
                    assertArrayEquals(once[i], again[i], 0f, SENTENCES.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void vectorsHaveUnitLengthAndRelatedSentencesAreCloser() {
        float[][] v = encoder.encode(List.of("Deaths from overdoses dropped last year.",
                "Fewer people died of overdoses in the past twelve months.", "The bridge reopened to traffic."));
        for (float[] x : v) {
            assertEquals(1.0, dot(x, x), 1e-4);
        }
        assertTrue(dot(v[0], v[1]) > dot(v[0], v[2]) + 0.2);
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
