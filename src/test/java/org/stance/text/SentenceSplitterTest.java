package org.stance.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> texts(String text) {
        List<Sentence> sentences = splitter.split(text);
        for (Sentence s : sentences) {
            assertEquals(s.text(), text.substring(s.start(), s.end()), "offsets must point into the text");
        }
        return sentences.stream().map(Sentence::text).toList();
    }

    @Test
    void abbreviationsAndInitialsDoNotEndSentences() {
        assertEquals(List.of(
                        "Gen. Glen VanHerck met Mr. Ebrard in Washington, D.C. on Dec. 1 at 10 a.m. local time.",
                        "John F. Kelly and Sen. J. Smith of the U.S. Senate attended."),
                texts("Gen. Glen VanHerck met Mr. Ebrard in Washington, D.C. on Dec. 1 at 10 a.m. local time. "
                        + "John F. Kelly and Sen. J. Smith of the U.S. Senate attended."));
    }

    @Test
    void anAbbreviationEndsASentenceWhenATypicalOpenerFollows() {
        assertEquals(List.of("Most of the fentanyl is consumed in the U.S.", "The pills arrive by truck."),
                texts("Most of the fentanyl is consumed in the U.S. The pills arrive by truck."));
    }

    @Test
    void quotationsSpanningSentencesSplitAtEachSentence() {
        assertEquals(List.of("\u201cWe are the market.", "We have to own that,\u201d Kelly said.",
                        "\"Is that enough?\" he asked."),
                texts("\u201cWe are the market. We have to own that,\u201d Kelly said. \"Is that enough?\" he asked."));
    }

    @Test
    void headlinesBylinesCaptionsAndBulletsAreTheirOwnSentences() {
        String page = "Mexico and U.S. pledge joint push on fentanyl\n"
                + "By Ana Ruiz and Tom Beck\n\n"
                + "MEXICO CITY (Reuters) \u2014 The two governments met on Thursday. Talks ran late.\n\n"
                + "Secretary Kelly arrives at the ministry (Photo: AP)\n\n"
                + "Key points:\n"
                + "- Arms flows southward\n"
                + "\u2022 Precursor chemicals from Asia.\n"
                + "Share this article\n";
        assertEquals(List.of("Mexico and U.S. pledge joint push on fentanyl", "By Ana Ruiz and Tom Beck",
                "MEXICO CITY (Reuters) \u2014 The two governments met on Thursday.", "Talks ran late.",
                "Secretary Kelly arrives at the ministry (Photo: AP)", "Key points:", "Arms flows southward",
                "Precursor chemicals from Asia.", "Share this article"), texts(page));
    }

    @Test
    void hardWrappedParagraphsKeepTheirSentencesTogether() {
        String text = "The secretary said the United States would spend more on treatment and\n"
                + "prevention programs, adding that demand drives the trade. Officials in\n"
                + "Mexico welcomed the remarks.";
        assertEquals(List.of(
                "The secretary said the United States would spend more on treatment and\n"
                        + "prevention programs, adding that demand drives the trade.",
                "Officials in\nMexico welcomed the remarks."), texts(text));
    }

    @Test
    void windowsLineEndingsAndTrailingSpaceAreNotPartOfSentences() {
        assertEquals(List.of("Coca is up.", "Labs are busy."), texts("  Coca is up.\r\n\r\nLabs are busy.  \r\n"));
    }

    @Test
    void emptyAndBlankTextsHaveNoSentences() {
        assertEquals(List.of(), texts(""));
        assertEquals(List.of(), texts(" \n\n \t"));
    }
}
