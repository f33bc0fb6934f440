package org.stance.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerAttributorTest {

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final SpeakerAttributor attributor = new SpeakerAttributor();

    private List<String> speakers(String text) {
        return attributor.attribute(splitter.split(text));
    }

    @Test
    void attributionAfterBeforeAndInTheMiddleOfAQuote() {
        assertEquals(Arrays.asList("Tillerson", "Kelly", "Kelly"), speakers(
                "\u201cWe have to act,\u201d Secretary of State Rex Tillerson said. "
                        + "Kelly said: \u201cWe are the market.\u201d "
                        + "\u201cWe are,\u201d Kelly said, \u201cthe market.\u201d"));
    }

    @Test
    void reportedSpeechAndAccordingTo() {
        assertEquals(Arrays.asList("Kelly", "Videgaray", "Videgaray"), speakers(
                "Kelly said that the United States was the market for the drugs. "
                        + "Mexican Foreign Minister Luis Videgaray told reporters the two countries would cooperate. "
                        + "According to Videgaray, the talks went well."));
    }

    @Test
    void pronounsTakeTheLastNamedSpeaker() {
        assertEquals(Arrays.asList("Ebrard", null, "Ebrard"), speakers(
                "\u201cThe guns come from the north,\u201d Ebrard said.\n\n"
                        + "The meeting lasted two hours.\n\n"
                        + "\u201cWe will keep asking,\u201d he added."));
    }

    @Test
    void aPronounAfterAnUnnamedSpeakerIsNotGivenToAnEarlierName() {
        assertEquals(Arrays.asList("Salazar", null, null), speakers(
                "\u201cThe demand is on our side of the border,\u201d Ambassador Ken Salazar told reporters.\n\n"
                        + "Mexico's security minister said the army had destroyed 450 labs this year. "
                        + "He added that precursor chemicals were still arriving at Pacific ports."));
    }

    @Test
    void aPronounAfterANamedSubjectMeansThatPerson() {
        assertEquals(Arrays.asList("Milgram", null, "Durbin"), speakers(
                "\u201cEvery one of those pills could have killed someone,\u201d Administrator Anne Milgram said.\n\n"
                        + "Sen. Dick Durbin, D-Ill., pressed her on treatment. "
                        + "\u201cWe cannot arrest our way out of this,\u201d he said."));
    }

    @Test
    void aQuotationOverSeveralSentencesBelongsToItsSpeaker() {
        assertEquals(Arrays.asList("Mayorkas", "Mayorkas", "Mayorkas"), speakers(
                "\u201cThe cartels adapt quickly. They move precursors by sea. "
                        + "We have to follow the money,\u201d Mayorkas said."));
    }

    @Test
    void aQuotationContinuingIntoTheNextParagraph() {
        assertEquals(Arrays.asList("Sheinbaum", "Sheinbaum", "Sheinbaum", null), speakers(
                "Sheinbaum said: \"We will not accept foreign troops. We will cooperate.\n\n"
                        + "\"But the arms must stop coming south.\"\n\n"
                        + "The talks continue in March."));
    }

    @Test
    void narrationHeadlinesAndOrganisationsHaveNoSpeaker() {
        assertEquals(Arrays.asList(null, null, null), speakers(
                "Cartels step up fentanyl shipments\n\n"
                        + "The Pentagon said the flights would continue. "
                        + "Seizures at the border rose 20 percent."));
    }
}
