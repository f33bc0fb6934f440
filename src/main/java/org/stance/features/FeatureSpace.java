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
    private final TermIndex termIndex; // null only if two terms collide, then terms are looked up as strings
    private final ThreadLocal<Scratch> scratch;
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
        this.termIndex = TermIndex.of(this.terms);
        int dimension = this.terms.size();
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(dimension));
    }

    /** Learns the vocabulary and IDF weights from training sentences only. */
    public static FeatureSpace fit(List<String> texts, FeatureConfig config) {
        TextNormalizer normalizer = new TextNormalizer();
        Tokenizer tokenizer = new Tokenizer();
        TermExtractor extractor = new TermExtractor(config);
        Map<String, Integer> df = new HashMap<>();
        for (String text : texts) {
            Set<String> unique = new HashSet<>(extractor.terms(tokenizer.tokenize(normalizer.normalizeClaim(text, config.dropAttribution()))));
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
        return vectorizeTokens(tokenizer.tokenize(claimText(text)));
    }

    /** Features of an already tokenised sentence (used when leaving tokens out to explain). */
    public SparseVector vectorizeTokens(List<String> tokens) {
        return toVector(termIndex != null ? lookUpByHash(tokens) : lookUpByString(tokens));
    }

    /** The same features through the string-based reference lookup (tests hold the two equal). */
    SparseVector vectorizeTokensByString(List<String> tokens) {
        return toVector(lookUpByString(tokens));
    }

    /** Sublinear TF-IDF with unit L2 norm from the vocabulary indices found (slot 0 holds their count). */
    private SparseVector toVector(int[] found) {
        // Counting into per-thread scratch and reading indices back off a bitset yields them in
        // ascending order without sorting, which was a quarter of the cost of a prediction.
        Scratch scratch = this.scratch.get();
        int[] counts = scratch.counts;
        long[] bits = scratch.bits;
        int distinct = 0;
        for (int k = 1; k <= found[0]; k++) {
            int i = found[k];
            if (counts[i]++ == 0) {
                distinct++;
                bits[i >>> 6] |= 1L << i;
            }
        }
        int[] indices = new int[distinct];
        float[] values = new float[distinct];
        double norm = 0;
        int j = 0;
        for (int w = 0; w < bits.length && j < distinct; w++) {
            long word = bits[w];
            while (word != 0) {
                int i = (w << 6) + Long.numberOfTrailingZeros(word);
                word &= word - 1;
                indices[j] = i;
                values[j] = (float) ((1.0 + Math.log(counts[i])) * idf[i]);
                norm += values[j] * values[j];
                counts[i] = 0;
                j++;
            }
            bits[w] = 0;
        }
        if (norm > 0) {
            float scale = (float) (1.0 / Math.sqrt(norm));
            for (int v = 0; v < values.length; v++) {
                values[v] *= scale;
            }
        }
        return new SparseVector(indices, values);
    }

    /** Per-thread counting space, always left zeroed after use. */
    private static final class Scratch {
        final int[] counts;
        final long[] bits;

        Scratch(int dimension) {
            counts = new int[dimension];
            bits = new long[(dimension + 63) >>> 6];
        }
    }

    /** The reference: every term built as a string and looked up; slow, but plainly right. */
    int[] lookUpByString(List<String> tokens) {
        List<String> all = extractor.terms(tokens);
        int[] found = new int[all.size() + 1];
        for (String term : all) {
            Integer i = index.get(term);
            if (i != null) {
                found[++found[0]] = i;
            }
        }
        return found;
    }

    /** The same terms, hashed from their characters without building strings. Slot 0 holds the count. */
    private int[] lookUpByHash(List<String> tokens) {
        int size = 1;
        for (String t : tokens) {
            size += config.maxWordNgram() + (t.length() + 2) * (config.maxCharNgram() + 1);
        }
        int[] found = new int[size];
        for (int n = 1; n <= config.maxWordNgram(); n++) {
            long prefix = TermIndex.start();
            String marker = n == 1 ? "w:" : "w" + n + ":";
            prefix = termIndex.update(prefix, marker, 0, marker.length());
            for (int i = 0; i + n <= tokens.size(); i++) {
                long h = prefix;
                for (int k = 0; k < n; k++) {
                    if (k > 0) {
                        h = TermIndex.update(h, ' ');
                    }
                    String token = tokens.get(i + k);
                    h = termIndex.update(h, token, 0, token.length());
                }
                add(found, termIndex.get(termIndex.finish(h)));
            }
        }
        long charPrefix = termIndex.update(TermIndex.start(), "c:", 0, 2);
        for (String token : tokens) {
            int padded = token.length() + 2;
            for (int n = config.minCharNgram(); n <= config.maxCharNgram(); n++) {
                for (int i = 0; i + n <= padded; i++) {
                    long h = charPrefix;
                    for (int p = i; p < i + n; p++) {
                        h = TermIndex.update(h, p == 0 ? '<' : p == padded - 1 ? '>' : token.charAt(p - 1));
                    }
                    add(found, termIndex.get(termIndex.finish(h)));
                }
            }
        }
        return found;
    }

    private static void add(int[] found, int index) {
        if (index >= 0) {
            found[++found[0]] = index;
        }
    }

    public List<String> tokens(String text) {
        return tokenizer.tokenize(claimText(text));
    }

    /** The normalised text that features are computed from (see {@link FeatureConfig#dropAttribution}). */
    public String claimText(String text) {
        return normalizer.normalizeClaim(text, config.dropAttribution());
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
