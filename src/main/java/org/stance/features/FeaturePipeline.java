package org.stance.features;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.stance.embed.SentenceEncoder;
import org.stance.text.Tokenizer;

/**
 * The one path from a sentence to the network's input, shared by training and serving: the
 * n-gram TF-IDF block, then (optionally) one indicator per drug-lexicon group and the frame cues
 * ({@link FrameCues}: which frames are named, and which first), then (optionally)
 * the pretrained encoder's sentence vector, all as one sparse row. Immutable apart from a bounded
 * cache of sentence vectors, which only saves repeated encoder calls (boilerplate, training folds).
 */
public final class FeaturePipeline {

    /** About 30 MB of 384-float vectors. */
    public static final int DEFAULT_CACHE = 20_000;

    private final FeatureSpace ngrams;
    private final boolean lexicon;
    private final SentenceEncoder encoder; // null: no encoder
    private final Map<String, float[]> cache;
    private final int cacheSize;
    private final Tokenizer tokenizer = new Tokenizer();

    public FeaturePipeline(FeatureSpace ngrams, boolean lexicon, SentenceEncoder encoder) {
        this(ngrams, lexicon, encoder, DEFAULT_CACHE);
    }

    public FeaturePipeline(FeatureSpace ngrams, boolean lexicon, SentenceEncoder encoder, int cacheSize) {
        this.ngrams = ngrams;
        this.lexicon = lexicon;
        this.encoder = encoder;
        this.cacheSize = cacheSize;
        this.cache = new LinkedHashMap<>(1024, 0.75f, true);
    }

    /** The same lexicon and encoder (and their cached vectors) over other n-grams: for training folds. */
    public FeaturePipeline withNgrams(FeatureSpace other) {
        FeaturePipeline p = new FeaturePipeline(other, lexicon, encoder, cacheSize);
        synchronized (cache) {
            p.cache.putAll(cache);
        }
        return p;
    }

    /** The same features with a cache of another size (0: none, as benchmarks of fresh text need). */
    public FeaturePipeline withCacheSize(int size) {
        return new FeaturePipeline(ngrams, lexicon, encoder, size);
    }

    public FeatureSpace ngrams() {
        return ngrams;
    }

    public boolean lexicon() {
        return lexicon;
    }

    public SentenceEncoder encoder() {
        return encoder;
    }

    public int dimension() {
        return ngrams.dimension() + lexiconWidth() + (encoder == null ? 0 : encoder.dimension());
    }

    private int lexiconWidth() {
        return lexicon ? DrugLexicon.Group.values().length + FrameCues.WIDTH : 0;
    }

    public SparseVector vectorize(String text) {
        String claim = ngrams.claimText(text);
        List<String> tokens = tokenizer.tokenize(claim);
        return combine(tokens, encoder == null ? null : embedding(claim));
    }

    /** Every text's row, in order; encoder calls spread over the cores. */
    public List<SparseVector> vectorizeAll(List<String> texts) {
        if (encoder == null || texts.size() < 2) {
            List<SparseVector> out = new ArrayList<>(texts.size());
            texts.forEach(t -> out.add(vectorize(t)));
            return out;
        }
        SparseVector[] out = new SparseVector[texts.size()];
        IntStream.range(0, texts.size()).parallel().forEach(i -> out[i] = vectorize(texts.get(i)));
        return List.of(out);
    }

    /**
     * A row from tokens with the sentence vector given: explanations leave tokens out of the
     * n-gram and lexicon blocks while the encoder's reading of the whole sentence stays fixed
     * (re-encoding every variant would cost one encoder call per word).
     */
    public SparseVector vectorizeTokens(List<String> tokens, float[] embedding) {
        return combine(tokens, embedding);
    }

    /** The encoder's vector of a sentence as the features read it, or null without an encoder. */
    public float[] embeddingOf(String text) {
        return encoder == null ? null : embedding(ngrams.claimText(text));
    }

    public String claimText(String text) {
        return ngrams.claimText(text);
    }

    private float[] embedding(String claim) {
        synchronized (cache) {
            float[] hit = cache.get(claim);
            if (hit != null) {
                return hit;
            }
        }
        float[] v = encoder.encode(claim);
        if (cacheSize == 0) {
            return v;
        }
        synchronized (cache) {
            cache.put(claim, v);
            if (cache.size() > cacheSize) {
                var eldest = cache.keySet().iterator();
                eldest.next();
                eldest.remove();
            }
        }
        return v;
    }

    private SparseVector combine(List<String> tokens, float[] embedding) {
        SparseVector words = ngrams.vectorizeTokens(tokens);
        int base = ngrams.dimension();
        boolean[] groups = lexicon ? lexiconIndicators(tokens) : new boolean[0];
        int extra = 0;
        for (boolean g : groups) {
            extra += g ? 1 : 0;
        }
        int dense = embedding == null ? 0 : embedding.length;
        int[] indices = new int[words.size() + extra + dense];
        float[] values = new float[indices.length];
        System.arraycopy(words.indices(), 0, indices, 0, words.size());
        System.arraycopy(words.values(), 0, values, 0, words.size());
        int k = words.size();
        for (int g = 0; g < groups.length; g++) {
            if (groups[g]) {
                indices[k] = base + g;
                values[k++] = 1f;
            }
        }
        int start = base + lexiconWidth();
        for (int d = 0; d < dense; d++) {
            indices[k] = start + d;
            values[k++] = embedding[d];
        }
        return new SparseVector(indices, values);
    }

    private static boolean[] lexiconIndicators(List<String> tokens) {
        boolean[] groups = DrugLexicon.groups(tokens);
        // Frame words ("source", "border", "treatment") are common far from drugs; their order is read
        // only in sentences that name the drug world, or every old address about courts and crops
        // would look like a list of frames.
        boolean[] cues = DrugLexicon.namesDrugs(tokens) ? FrameCues.of(tokens) : new boolean[FrameCues.WIDTH];
        boolean[] all = new boolean[groups.length + cues.length];
        System.arraycopy(groups, 0, all, 0, groups.length);
        System.arraycopy(cues, 0, all, groups.length, cues.length);
        return all;
    }
}
