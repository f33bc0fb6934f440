package org.stance.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stance.data.Example;
import org.stance.data.Label;
import org.stance.features.FeatureConfig;
import org.stance.features.FeaturePipeline;
import org.stance.features.FeatureSpace;

class AloneReadingTest {

    private static final FeaturePipeline FEATURES =
            new FeaturePipeline(new FeatureSpace(FeatureConfig.defaults(), List.of(), new float[0]), true, null);

    private static Example row(String text, Label label, int line, String doc) {
        return new Example(text, label, "written", "pages.csv", line, doc);
    }

    private static Example row(String text, Label label) {
        return row(text, label, 1, "page-1");
    }

    @Test
    void aContinuationWithNoDrugWordIsNoneReadAlone() {
        List<Example> page = List.of(
                row("Deputies stopped a pickup carrying forty pounds of methamphetamine on Route 9.", Label.ENFORCEMENT, 2, "page-1"),
                row("The driver is being held without bond.", Label.ENFORCEMENT, 3, "page-1"),
                row("Its hidden compartment had been welded shut, and the smugglers paid the cartel for the route.",
                        Label.ENFORCEMENT, 4, "page-1"));
        AloneReading reading = new AloneReading(page, FEATURES);
        List<Example> alone = reading.of(page);
        assertEquals(List.of(Label.ENFORCEMENT, Label.NONE, Label.ENFORCEMENT), alone.stream().map(Example::label).toList(),
                "only the sentence with no word of the drug world loses its frame");
        assertEquals(1, reading.continuations());
        assertEquals(page.get(1).text(), alone.get(1).text());
    }

    @Test
    void aFrameWordOfItsOwnKeepsTheLabel() {
        // No drug name, but a word of a frame: the sentence says where the problem lies by itself.
        List<Example> page = List.of(
                row("Overdoses in the county doubled in two years.", Label.DEMAND, 2, "page-1"),
                row("The county's only detox unit has eleven beds, and the waiting list for treatment is long.",
                        Label.DEMAND, 3, "page-1"));
        assertEquals(Label.DEMAND, new AloneReading(page, FEATURES).alone(page.get(1)).label());
    }

    @Test
    void aSentenceWrittenToBeReadAloneKeepsItsLabel() {
        // A file of single sentences (no document) labels each as read alone already, even with no drug word.
        List<Example> sentences = List.of(
                row("Overdoses in the county doubled in two years.", Label.DEMAND, 2, ""),
                row("As long as there are buyers in our cities, the trade will find a way.", Label.DEMAND, 3, ""));
        assertEquals(Label.DEMAND, new AloneReading(sentences, FEATURES).alone(sentences.get(1)).label());
    }

    @Test
    void aSentenceThatOpensADocumentOrChangesTheClaimKeepsItsLabel() {
        List<Example> page = List.of(
                row("The driver is being held without bond.", Label.ENFORCEMENT, 2, "page-2"),
                row("Deputies stopped a pickup carrying forty pounds of methamphetamine on Route 9.", Label.ENFORCEMENT, 3, "page-2"),
                row("Families in the county say they want help, not headlines.", Label.DEMAND, 4, "page-2"));
        AloneReading reading = new AloneReading(page, FEATURES);
        assertEquals(List.of(Label.ENFORCEMENT, Label.ENFORCEMENT, Label.DEMAND),
                reading.of(page).stream().map(Example::label).toList(),
                "a first sentence continues nothing, and one whose frame differs from the sentence before continues another claim");
    }
}
