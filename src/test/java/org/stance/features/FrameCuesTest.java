package org.stance.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;
import org.stance.text.Tokenizer;

class FrameCuesTest {

    private final Tokenizer tokenizer = new Tokenizer();

    private boolean[] cues(String sentence) {
        return FrameCues.of(tokenizer.tokenize(sentence));
    }

    // Order of the indicators: demand, supply, enforcement named; then demand, supply, enforcement first.

    @Test
    void aListOfFramesMarksEachAndTheFirstNamed() {
        assertArrayEquals(new boolean[]{true, true, false, false, true, false},
                cues("We will cut off the supply at its source and expand treatment at home."));
        assertArrayEquals(new boolean[]{true, true, false, true, false, false},
                cues("We will expand treatment at home and cut off the supply at its source."));
        assertArrayEquals(new boolean[]{true, true, true, false, false, true},
                cues("Smugglers at the border, growers in the Andes and addicts in our cities are one problem."));
    }

    @Test
    void stemsAndCaseAreMatched() {
        assertArrayEquals(new boolean[]{false, true, true, false, false, true},
                cues("Prosecutors charged the Traffickers who ran the eradication bribes."));
    }

    @Test
    void oneFrameHasNoOrder() {
        assertArrayEquals(new boolean[]{false, true, false, false, false, false},
                cues("Farmers replaced the coca fields with cacao."));
    }

    @Test
    void aSentenceWithoutCuesMarksNothing() {
        assertArrayEquals(new boolean[6], cues("The ministers will meet again in the spring to discuss tariffs."));
    }
}
