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
    void sentencesGluedWithoutASpaceAreSplitButAddressesAndAbbreviationsAreNot() {
        assertEquals(List.of("We will expand treatment for those who are addicted.",
                        "At the same time, we will hire more teachers.", "I thank you.", "We've done it!",
                        "Write to john.Smith@example.org or see www.NYTimes.com and Ph.D. programs at the U.S.Army college."),
                texts("We will expand treatment for those who are addicted.At the same time, we will hire more teachers."
                        + "I thank you.We've done it!"
                        + "Write to john.Smith@example.org or see www.NYTimes.com and Ph.D. programs at the U.S.Army college."));
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
                "MEXICO CITY (Reuters) \u2014",
                "The two governments met on Thursday.", "Talks ran late.", "Secretary Kelly arrives at the ministry (Photo: AP)", "Key points:", "Arms flows southward",
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

    @Test
    void aSentenceAfterAnEmojiOrAClosingSymbolStillStarts() {
        assertEquals(List.of("Doctors warned about the opioid. \ud83d\ude00", "Police arrested two men."),
                texts("Doctors warned about the opioid. \ud83d\ude00 Police arrested two men."));
        assertEquals(List.of("Doctors warned about the opioid! \ud83d\udc4d\ud83c\udffd \u2764\ufe0f", "Police arrested two men."),
                texts("Doctors warned about the opioid! \ud83d\udc4d\ud83c\udffd \u2764\ufe0f Police arrested two men."));
        assertEquals(List.of("\u300cThe market is here.\u300d", "Police arrested two men."),
                texts("\u300cThe market is here.\u300d Police arrested two men."));
        assertEquals(List.of("They met (in private.)\u203a", "Police arrested two men."),
                texts("They met (in private.)\u203a Police arrested two men."));
    }

    @Test
    void pageFurnitureIsAUnitOfItsOwn() {
        assertEquals(List.of("By Ana Ruiz", "MEXICO CITY (Reuters) \u2014", "The two governments met on Thursday.",
                        "Talks ran late."),
                texts("By Ana Ruiz MEXICO CITY (Reuters) \u2014 The two governments met on Thursday. Talks ran late."));
        assertEquals(List.of("WASHINGTON, Dec. 1 (Reuters) -", "A Senate committee approved a bill."),
                texts("WASHINGTON, Dec. 1 (Reuters) - A Senate committee approved a bill."));
        assertEquals(List.of("NOGALES, Mexico \u2014", "Soldiers seized 9,000 rifles."),
                texts("NOGALES, Mexico \u2014 Soldiers seized 9,000 rifles."));
        assertEquals(List.of("Police seized a lab in Sinaloa on Friday after a long search in the hills.",
                        "Photo: Reuters/Henry Romero", "The army said the lab made fentanyl."),
                texts("Police seized a lab in Sinaloa on Friday after a long search in the hills.\n"
                        + "Photo: Reuters/Henry Romero\nThe army said the lab made fentanyl."));
        assertEquals(List.of("Related: Cartels are paying in crypto. Can regulators keep up?", "The army said the lab made fentanyl."),
                texts("Related: Cartels are paying in crypto. Can regulators keep up?\nThe army said the lab made fentanyl."));
        assertEquals(List.of("The army said the lab made fentanyl.", "Read more: Inside the jungle labs where cartel chemists cook",
                        "Seizures rose."),
                texts("The army said the lab made fentanyl.\nRead more: Inside the jungle labs where cartel chemists cook\n"
                        + "Seizures rose."));
        assertEquals(List.of("Read more", "The army said the lab made fentanyl."),
                texts("Read more The army said the lab made fentanyl."));
        assertEquals(List.of("Share on Facebook Share on X Email", "The army said the lab made fentanyl."),
                texts("Share on Facebook Share on X Email The army said the lab made fentanyl."));
        assertEquals(List.of("Advertisement", "The army said the lab made fentanyl."),
                texts("Advertisement The army said the lab made fentanyl."));
        assertEquals(List.of("More than 100,000 people died.", "Email records show the deal.", "Shares fell."),
                texts("More than 100,000 people died. Email records show the deal. Shares fell."));
    }
}
