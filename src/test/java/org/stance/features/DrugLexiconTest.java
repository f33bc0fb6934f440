package org.stance.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.stance.text.Tokenizer;

class DrugLexiconTest {

    private final Tokenizer tokenizer = new Tokenizer();

    // Order of the groups: substance, crop and production, trade, use and treatment.

    @Test
    void stemsCountInTheirOwnGroup() {
        assertArrayEquals(new boolean[]{false, false, true, false},
                DrugLexicon.groups(tokenizer.tokenize("The cartels' traffickers were indicted.")));
        assertArrayEquals(new boolean[]{false, false, false, true},
                DrugLexicon.groups(tokenizer.tokenize("Addiction and overdoses rose again.")));
        assertArrayEquals(new boolean[]{true, true, false, false},
                DrugLexicon.groups(tokenizer.tokenize("Fentanyl is pressed in labs near Culiacán.")));
    }

    @Test
    void broadWordsAloneDoNotNameTheDrugWorld() {
        assertFalse(DrugLexicon.namesDrugs(tokenizer.tokenize("The hospital's treatment of users of its app improved.")));
        assertTrue(DrugLexicon.namesDrugs(tokenizer.tokenize("The heroin epidemic reached the suburbs.")));
        assertTrue(DrugLexicon.namesDrugs(tokenizer.tokenize("Fund the Safe and Drug-Free Schools program.")),
                "a hyphenated compound holds its parts");
        assertFalse(DrugLexicon.namesDrugs(tokenizer.tokenize("A well-known free-trade deal.")));
    }

    @Test
    void wordsInTheirOtherSensesDoNotNameTheDrugWorld() {
        assertFalse(DrugLexicon.namesDrugs(tokenizer.tokenize("We will crack down on gangs that steal cars.")));
        assertFalse(DrugLexicon.namesDrugs(tokenizer.tokenize("Car dealers reported their best month since 2019.")));
        assertFalse(DrugLexicon.touchesDrugWorld(tokenizer.tokenize("Arms dealers sold rifles to both sides.")),
                "no group and no frame cue either");
        assertTrue(DrugLexicon.namesDrugs(tokenizer.tokenize("Crack spread through the city in the late 1980s.")));
        assertTrue(DrugLexicon.namesDrugs(tokenizer.tokenize("Police arrested three dealers near the school.")));
        assertTrue(DrugLexicon.namesDrugs(tokenizer.tokenize("They crack down on dealers who sell to children.")),
                "the dealers still count when the crackdown is on them");
    }
}
