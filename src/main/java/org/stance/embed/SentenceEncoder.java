package org.stance.embed;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.LongBuffer;
import java.util.List;
import java.util.Map;

/**
 * A pretrained sentence encoder run in-process by ONNX Runtime: mean-pooled, L2-normalised
 * sentence vectors, equal to the langchain4j model's (tests hold them equal). It reads the graph
 * and tokenizer from the langchain4j model jars but runs them itself, to choose ONNX Runtime's
 * threads (one per call: callers spread sentences over the cores, which scales better on a few
 * cores than threads inside one small call) and to drop the library's per-call overheads.
 * Each sentence is its own model call: the quantized graph scales activations by the range of the
 * whole input tensor, so a sentence batched with others would get a vector that depends on its
 * companions, and the same sentence would be read differently by the service and the archive job.
 * Thread-safe: ONNX Runtime sessions and the tokenizer may be used from many threads at once.
 */
public final class SentenceEncoder implements AutoCloseable {

    private final EncoderSpec spec;
    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean wantsTypeIds;
    private final String graphSha256;

    private SentenceEncoder(EncoderSpec spec, OrtEnvironment environment, OrtSession session,
                            HuggingFaceTokenizer tokenizer, String graphSha256) {
        this.spec = spec;
        this.graphSha256 = graphSha256;
        this.environment = environment;
        this.session = session;
        this.tokenizer = tokenizer;
        this.wantsTypeIds = session.getInputNames().contains("token_type_ids");
    }

    /** Loads the encoder; {@code threads} bounds ONNX Runtime's threads inside one call. */
    public static SentenceEncoder load(EncoderSpec spec, int threads) throws IOException {
        byte[] graph = resource(spec.modelResource());
        try (InputStream tokenizerJson = SentenceEncoder.class.getResourceAsStream(spec.tokenizerResource())) {
            if (tokenizerJson == null) {
                throw new IOException("the tokenizer " + spec.tokenizerResource() + " of encoder " + spec.name()
                        + " is not on the classpath; the jar was built without it");
            }
            HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson, Map.of(
                    "padding", "false", "truncation", "true", "maxLength", String.valueOf(spec.maxTokens())));
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(Math.max(1, threads));
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            OrtSession session = environment.createSession(graph, options);
            return new SentenceEncoder(spec, environment, session, tokenizer, sha256(graph));
        } catch (OrtException e) {
            throw new IOException("ONNX Runtime cannot load encoder " + spec.name() + ": " + e.getMessage(), e);
        }
    }

    public EncoderSpec spec() {
        return spec;
    }

    /** The SHA-256 of the ONNX graph this encoder runs, recorded in a model's manifest and checked on load. */
    public String graphSha256() {
        return graphSha256;
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    public int dimension() {
        return spec.dimension();
    }

    /** One vector per text, in order, computed on the calling thread. */
    public float[][] encode(List<String> texts) {
        float[][] out = new float[texts.size()][];
        for (int i = 0; i < texts.size(); i++) {
            out[i] = encode(texts.get(i));
        }
        return out;
    }

    /** The sentence's vector: one model call over its tokens alone (see the class comment for why). */
    public float[] encode(String text) {
        long[] ids = tokenizer.encode(spec.prefix() + text).getIds();
        long[] mask = new long[ids.length];
        java.util.Arrays.fill(mask, 1);
        long[] shape = {1, ids.length};
        try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
             OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
             OnnxTensor typeTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[ids.length]), shape)) {
            Map<String, OnnxTensor> inputs = wantsTypeIds
                    ? Map.of("input_ids", idTensor, "attention_mask", maskTensor, "token_type_ids", typeTensor)
                    : Map.of("input_ids", idTensor, "attention_mask", maskTensor);
            try (OrtSession.Result result = session.run(inputs)) {
                return meanPool(((float[][][]) result.get(0).getValue())[0]);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("the encoder failed on a sentence of " + ids.length + " tokens: "
                    + e.getMessage(), e);
        }
    }

    /** Average of the token vectors, scaled to unit length. */
    private float[] meanPool(float[][] tokens) {
        float[] v = new float[spec.dimension()];
        for (float[] token : tokens) {
            for (int d = 0; d < v.length; d++) {
                v[d] += token[d];
            }
        }
        double norm = 0;
        for (int d = 0; d < v.length; d++) {
            v[d] /= Math.max(1, tokens.length);
            norm += v[d] * v[d];
        }
        float scale = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 0f;
        for (int d = 0; d < v.length; d++) {
            v[d] *= scale;
        }
        return v;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = SentenceEncoder.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("the encoder graph " + name + " is not on the classpath; the jar was built without it");
            }
            return in.readAllBytes();
        }
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            // closing releases native memory only; nothing to recover
        }
        tokenizer.close();
    }
}
