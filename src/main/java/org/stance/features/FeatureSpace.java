package org.stance.features;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.stance.text.TextNormalizer;
import org.stance.text.Tokenizer;

/**
 * The fitted, immutable feature state: a vocabulary of terms with their inverse document
 * frequencies. Turns any sentence into a sublinear TF-IDF vector with unit L2 norm; the same
 * object serves training and prediction, so both see exactly the same features.
 */
public final class FeatureSpace {

    private final FeatureConfig config;
    private final List<String> terms;
    private final float[] idf;
    private final Map<String, Integer> index;
    private final TermExtractor extractor;
    private final TextNormalizer normalizer = new TextNormalizer();
    private final Tokenizer tokenizer = new Tokenizer();

    public FeatureSpace(FeatureConfig config, List<String> terms, float[] idf) {
        if (terms.size() != idf.length) {
            throw new IllegalArgumentException("terms and idf differ in length: " + terms.size() + " vs " + idf.length);
        }
        this.config = config;
        this.terms = List.copyOf(terms);
        this.idf = idf.clone();
        this.index = new HashMap<>(terms.size() * 2);
        for (int i = 0; i < terms.size(); i++) {
            if (index.put(terms.get(i), i) != null) {
                throw new IllegalArgumentException("term listed twice: " + terms.get(i));
            }
        }
        this.extractor = new TermExtractor(config);
    }

    /** Learns the vocabulary and IDF weights from training sentences only. */
    public static FeatureSpace fit(List<String> texts, FeatureConfig config) {
        TextNormalizer normalizer = new TextNormalizer();
        Tokenizer tokenizer = new Tokenizer();
        TermExtractor extractor = new TermExtractor(config);
        Map<String, Integer> df = new HashMap<>();
        for (String text : texts) {
            Set<String> unique = new HashSet<>(extractor.terms(tokenizer.tokenize(normalizer.normalize(text))));
            for (String term : unique) {
                df.merge(term, 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Integer>> kept = new ArrayList<>();
        for (Map.Entry<String, Integer> e : df.entrySet()) {
            if (e.getValue() >= config.minDocumentFrequency()) {
                kept.add(e);
            }
        }
        // Most frequent first, ties by name, so the vocabulary does not depend on hash order.
        kept.sort(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed()
                .thenComparing(Map.Entry::getKey));
        List<Map.Entry<String, Integer>> top = kept.subList(0, Math.min(kept.size(), config.maxFeatures()));
        TreeMap<String, Integer> sorted = new TreeMap<>();
        for (Map.Entry<String, Integer> e : top) {
            sorted.put(e.getKey(), e.getValue());
        }
        List<String> terms = new ArrayList<>(sorted.keySet());
        float[] idf = new float[terms.size()];
        int n = texts.size();
        for (int i = 0; i < terms.size(); i++) {
            idf[i] = (float) (Math.log((1.0 + n) / (1.0 + sorted.get(terms.get(i)))) + 1.0);
        }
        return new FeatureSpace(config, terms, idf);
    }

    public SparseVector vectorize(String text) {
        return vectorizeTokens(tokenizer.tokenize(normalizer.normalize(text)));
    }

    /** Features of an already tokenised sentence (used when leaving tokens out to explain). */
    public SparseVector vectorizeTokens(List<String> tokens) {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (String term : extractor.terms(tokens)) {
            Integer i = index.get(term);
            if (i != null) {
                counts.merge(i, 1, Integer::sum);
            }
        }
        int[] indices = new int[counts.size()];
        float[] values = new float[counts.size()];
        double norm = 0;
        int k = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            indices[k] = e.getKey();
            values[k] = (float) ((1.0 + Math.log(e.getValue())) * idf[e.getKey()]);
            norm += values[k] * values[k];
            k++;
        }
        if (norm > 0) {
            float scale = (float) (1.0 / Math.sqrt(norm));
            for (int j = 0; j < values.length; j++) {
                values[j] *= scale;
            }
        }
        return new SparseVector(indices, values);
    }

    public List<String> tokens(String text) {
        return tokenizer.tokenize(normalizer.normalize(text));
    }

    public int dimension() {
        return terms.size();
    }

    public FeatureConfig config() {
        return config;
    }

    public List<String> terms() {
        return terms;
    }

    public float[] idf() {
        return idf.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureSpace other && config.equals(other.config)
                && terms.equals(other.terms) && Arrays.equals(idf, other.idf);
    }

    @Override
    public int hashCode() {
        return terms.hashCode();
    }
}
