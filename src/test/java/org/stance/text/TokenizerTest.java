package org.stance.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private final Tokenizer tokenizer = new Tokenizer();

    @Test
    void keepsContractionsHyphensAndDottedAbbreviations() {
        assertEquals(List.of("don't", "stop", "cross-border", "flows", "into", "the", "u.s"),
                tokenizer.tokenize("don't stop cross-border flows into the u.s."));
    }

    @Test
    void numbersBecomeOneShape() {
        assertEquals(List.of("seized", Tokenizer.NUMBER, "pounds", "in", Tokenizer.NUMBER),
                tokenizer.tokenize("seized 2,000 pounds in 2019"));
    }

    @Test
    void dropsPossessiveS() {
        assertEquals(List.of("the", "cartel", "chief"), tokenizer.tokenize("the cartel's chief"));
    }

    @Test
    void spansPointIntoTheText() {
        String text = "labs, (precursors) and";
        for (Tokenizer.Span s : tokenizer.spans(text)) {
            assertEquals(s.token(), text.substring(s.start(), s.end()));
        }
        assertEquals(3, tokenizer.spans(text).size());
    }
}
