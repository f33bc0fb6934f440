package org.stance.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stance.data.CorpusLoader;
import org.stance.data.Example;

class FeatureSpaceTest {

    private static final List<String> TEXTS = List.of(
            "Growers planted more coca this year.",
            "Growers in the valley planted coca again.",
            "The cartel moved the coca paste north.",
            "Treatment beds are scarce; growers and buyers alike suffer.");

    @Test
    void keepsTermsSeenInEnoughSentencesAndWeighsThemByIdf() {
        FeatureSpace space = FeatureSpace.fit(TEXTS, new FeatureConfig(2, 3, 4, 2, 1000, true));
        assertTrue(space.terms().contains("w:growers"));
        assertTrue(space.terms().contains("w:coca"));
        assertTrue(space.terms().contains("c:<co"));
        assertTrue(!space.terms().contains("w:valley"), "seen once only");
        float[] idf = space.idf();
        float coca = idf[space.terms().indexOf("w:coca")];
        float planted = idf[space.terms().indexOf("w:planted")];
        assertTrue(planted > coca, "rarer terms weigh more");
    }

    @Test
    void vectorsHaveUnitLengthAndSortedIndices() {
        FeatureSpace space = FeatureSpace.fit(TEXTS, new FeatureConfig(2, 3, 4, 2, 1000, true));
        SparseVector v = space.vectorize("Coca growers, coca buyers.");
        double norm = 0;
        for (int k = 0; k < v.size(); k++) {
            norm += v.values()[k] * v.values()[k];
            if (k > 0) {
                assertTrue(v.indices()[k] > v.indices()[k - 1]);
            }
        }
        assertEquals(1.0, norm, 1e-5);
        assertEquals(0, space.vectorize("zzz qqq").size());
    }

    @Test
    void theCapKeepsTheMostFrequentTerms() {
        FeatureSpace space = FeatureSpace.fit(TEXTS, new FeatureConfig(1, 3, 0, 1, 3, true));
        assertEquals(3, space.dimension());
        assertTrue(space.terms().contains("w:coca"));
    }

    @Test
    void theHashedLookupGivesExactlyTheFeaturesOfTheStringLookup() throws Exception {
        List<String> corpus = new CorpusLoader(false).load(Path.of("training-data")).examples().stream()
                .map(Example::text).toList();
        FeatureSpace space = FeatureSpace.fit(corpus, FeatureConfig.defaults());
        for (String text : corpus) {
            List<String> tokens = space.tokens(text);
            SparseVector fast = space.vectorizeTokens(tokens);
            SparseVector reference = space.vectorizeTokensByString(tokens);
            assertArrayEquals(reference.indices(), fast.indices(), text);
            assertArrayEquals(reference.values(), fast.values(), 0f, text);
        }
    }
}
