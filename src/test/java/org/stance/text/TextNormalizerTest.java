package org.stance.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    private final TextNormalizer normalizer = new TextNormalizer();

    @Test
    void repairsUtf8ReadAsGbk() {
        assertEquals("\"fresh\" start", normalizer.clean("\u9225\u6e07resh\u9225 start"));
        assertEquals("the cartel's money", normalizer.clean("the cartel\u9225\u6a9a money"));
    }

    @Test
    void repairsTheRawCharacters() {
        assertEquals("\u201cfresh\u201d", TextNormalizer.repairGbkMojibake("\u9225\u6e07resh\u9225"));
        assertEquals("market\u201d.", TextNormalizer.repairGbkMojibake("market\u9225."));
    }

    @Test
    void repairsUtf8ReadAsWindows1252() {
        assertEquals("\"we are the market\" - he said", normalizer.clean("\u00e2\u20ac\u0153we are the market\u00e2\u20ac\u009d \u00e2\u20ac\u201d he said"));
        assertEquals("it's", normalizer.clean("it\u00e2\u20ac\u2122s"));
    }

    @Test
    void foldsQuotesDashesAndWidthAndCase() {
        assertEquals("\"we are the market\" - the u.s. secretary said", normalizer.normalize(
                "\u201cWe are the market\u201d \u2014 the U.S. Secretary said"));
        assertEquals("fentanyl 2026", normalizer.normalize("\uff26entanyl\u00a0\u00a0\uff12\uff10\uff12\uff16"));
    }

    @Test
    void collapsesWhiteSpaceAndLineBreaks() {
        assertEquals("coca fields in the andes", normalizer.normalize("  Coca\n fields\tin the\r\nAndes "));
    }

    @Test
    void trainingAndPredictionSeeTheSameForm() {
        String garbled = "Kelly said the U.S. is \u9225\u6e22he market\u9225";
        String clean = "Kelly said the U.S. is \u201cthe market\u201d";
        assertEquals(normalizer.normalize(clean), normalizer.normalize(garbled));
    }
}
