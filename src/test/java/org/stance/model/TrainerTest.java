package org.stance.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stance.data.Example;
import org.stance.data.Label;

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
        for (StanceModel m : List.of(model, model.withRelevanceGate(false))) {
            List<Prediction> reference = m.predictWithNetwork(texts);
            List<Prediction> batch = m.predictAll(texts);
            for (int i = 0; i < texts.size(); i++) {
                Prediction fast = m.predict(texts.get(i));
                assertArrayEquals(reference.get(i).scores(), fast.scores(), 1e-5, texts.get(i));
                assertArrayEquals(fast.scores(), batch.get(i).scores(), 0.0, texts.get(i));
                assertEquals(reference.get(i).label(), fast.label());
            }
        }
    }

    @Test
    void aSentenceOutsideTheDrugWorldIsNoneWithoutAskingTheNetworks() {
        assertTrue(model.info().config().relevanceGate(), "on by default");
        String farm = "The harvest came in late this year because of the spring rains.";
        String drug = "Growers planted more coca in the valley this year.";
        assertTrue(model.outsideDrugWorld(farm));
        assertTrue(!model.outsideDrugWorld(drug));
        assertTrue(!model.outsideDrugWorld("As long as there are buyers in our cities, the trade will find a way."),
                "a frame cue of its own (buyers) lets the networks read it");

        Prediction gated = model.predict(farm);
        assertEquals(Label.NONE, gated.label());
        assertEquals(1.0, gated.confidence(), 0.0);
        assertTrue(model.explain(farm, 5).evidence().isEmpty(), "no word of it moved the answer");

        StanceModel ungated = model.withRelevanceGate(false);
        assertTrue(!ungated.outsideDrugWorld(farm));
        assertTrue(ungated.predict(farm).confidence() < 1.0, "the networks never give a certainty");
        assertArrayEquals(ungated.predict(drug).scores(), model.predict(drug).scores(), 0.0,
                "a sentence of the drug world reads the same either way");
        assertEquals(model.id(), ungated.id(), "the gate is a setting of the same weights");
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
