package org.stance.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stance.data.Example;

class TrainerTest {

    private static List<Example> examples;
    private static StanceModel model;

    @BeforeAll
    static void trainOnce() throws Exception {
        examples = TrainingFixture.slice(300);
        model = TrainingFixture.train(examples);
    }

    @Test
    void theSameDataConfigAndSeedGiveTheSameModel() throws Exception {
        StanceModel again = TrainingFixture.train(examples);
        assertEquals(model.id(), again.id(), "the id hashes vocabulary and weights");
        assertArrayEquals(model.networks().get(0).params().toFloatVector(), again.networks().get(0).params().toFloatVector());
        List<String> texts = examples.stream().map(Example::text).limit(50).toList();
        for (int i = 0; i < texts.size(); i++) {
            assertArrayEquals(model.predict(texts.get(i)).scores(), again.predict(texts.get(i)).scores(), 0.0);
        }
    }

    @Test
    void theSparseFastPathEqualsTheDl4jNetwork() {
        List<String> texts = new java.util.ArrayList<>(examples.stream().map(Example::text).toList());
        texts.add("A sentence with no known words: zzqx vlorp.");
        texts.add("");
        List<Prediction> reference = model.predictWithNetwork(texts);
        for (int i = 0; i < texts.size(); i++) {
            Prediction fast = model.predict(texts.get(i));
            assertArrayEquals(reference.get(i).scores(), fast.scores(), 1e-5, texts.get(i));
            assertEquals(reference.get(i).label(), fast.label());
        }
    }

    @Test
    void probabilitiesAreADistribution() {
        Prediction p = model.predict("Agents seized fentanyl pills at the port of entry.");
        double sum = 0;
        for (double s : p.scores()) {
            assertTrue(s >= 0 && s <= 1);
            sum += s;
        }
        assertEquals(1.0, sum, 1e-9);
        assertEquals(p.score(p.label()), p.confidence(), 0.0);
    }

    @Test
    void explanationsListTokensOfTheSentenceStrongestFirst() {
        String text = "Growers planted more coca in the valley this year.";
        Prediction p = model.explain(text, 5);
        assertEquals(model.predict(text).label(), p.label());
        assertTrue(!p.evidence().isEmpty() && p.evidence().size() <= 5);
        for (int i = 1; i < p.evidence().size(); i++) {
            assertTrue(Math.abs(p.evidence().get(i - 1).weight()) >= Math.abs(p.evidence().get(i).weight()));
        }
        for (Prediction.Evidence e : p.evidence()) {
            assertTrue(text.toLowerCase().contains(e.token()), e.token());
        }
    }
}
