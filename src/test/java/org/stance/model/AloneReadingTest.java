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

    private final AloneReading reading = new AloneReading(
            new FeaturePipeline(new FeatureSpace(FeatureConfig.defaults(), List.of(), new float[0]), true, null));

    private static Example row(String text, Label label) {
        return new Example(text, label, "written", "page.csv", 1, "page-1");
    }

    @Test
    void aContinuationWithNoDrugWordIsNoneReadAlone() {
        List<Example> page = List.of(
                row("Deputies stopped a pickup carrying forty pounds of methamphetamine on Route 9.", Label.ENFORCEMENT),
                row("The driver is being held without bond.", Label.ENFORCEMENT),
                row("Its hidden compartment had been welded shut, and the smugglers paid the cartel for the route.",
                        Label.ENFORCEMENT));
        List<Example> alone = reading.of(page);
        assertEquals(List.of(Label.ENFORCEMENT, Label.NONE, Label.ENFORCEMENT), alone.stream().map(Example::label).toList(),
                "only the sentence with no word of the drug world loses its frame");
        assertEquals(1, AloneReading.changed(page, alone));
        assertEquals(page.get(1).text(), alone.get(1).text());
    }

    @Test
    void aFrameWordOfItsOwnKeepsTheLabel() {
        // No drug name, but a word of a frame: the sentence says where the problem lies by itself.
        Example beds = row("The county's only detox unit has eleven beds, and the waiting list for treatment is long.",
                Label.DEMAND);
        assertEquals(Label.DEMAND, reading.alone(beds).label());
    }
}
