package org.stance.features;

/**
 * How sentences become feature vectors: word n-grams up to {@code maxWordNgram}, character n-grams
 * of lengths {@code minCharNgram..maxCharNgram} inside words, kept when seen in at least
 * {@code minDocumentFrequency} training sentences, at most {@code maxFeatures} of them.
 * {@code maxCharNgram = 0} turns character n-grams off. {@code dropAttribution} reads each sentence
 * without its reporting clause ("...," the secretary said.), as the codebook's rule 7 asks.
 */
public record FeatureConfig(int maxWordNgram, int minCharNgram, int maxCharNgram,
                            int minDocumentFrequency, int maxFeatures, boolean dropAttribution) {

    public static FeatureConfig defaults() {
        return new FeatureConfig(2, 3, 5, 2, 4000, true);
    }

    /** Word unigrams and bigrams only: the classic TF-IDF representation used by the baseline. */
    public static FeatureConfig wordsOnly(int maxFeatures) {
        return new FeatureConfig(2, 1, 0, 2, maxFeatures, true);
    }

    public FeatureConfig {
        if (maxWordNgram < 1 || minCharNgram < 1 || minDocumentFrequency < 1 || maxFeatures < 1
                || (maxCharNgram != 0 && maxCharNgram < minCharNgram)) {
            throw new IllegalArgumentException(
                    "feature settings must be positive, and maxCharNgram either 0 (no character n-grams) or >= minCharNgram");
        }
    }
}
