package org.stance.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stance.data.Label;
import org.stance.model.Prediction;

/** Codebook rules 12 and 13 on whole written pages, with the sentence-alone readings given. */
class ContextRuleTest {

    private final ContextRule rule = new ContextRule();

    private static Prediction sure(Label label) {
        double[] scores = new double[Label.ALL.size()];
        java.util.Arrays.fill(scores, 0.02);
        scores[label.ordinal()] = 0.94;
        return Prediction.of(scores);
    }

    @Test
    void aSentenceThatContinuesACartelClaimThroughAPronounTakesItsFrame() {
        List<String> page = List.of(
                "The Sinaloa cartel moves most of the fentanyl that crosses at Nogales.",
                "They own half the police in the state.",
                "Weather: sunny, with a high of 31 degrees.");
        List<ContextRule.Reading> read = rule.apply(page,
                List.of(sure(Label.ENFORCEMENT), sure(Label.NONE), sure(Label.NONE)));
        assertEquals(Label.ENFORCEMENT, read.get(1).prediction().label());
        assertTrue(read.get(1).fromContext());
        assertEquals(Label.NONE, read.get(2).prediction().label(), "a sidebar does not inherit the page's topic");
        assertFalse(read.get(2).fromContext());
    }

    @Test
    void aContentlessFollowUpStaysNone() {
        List<String> page = List.of(
                "Overdose deaths in the county doubled in two years.",
                "We must do more.",
                "It is something we have to do.");
        List<ContextRule.Reading> read = rule.apply(page,
                List.of(sure(Label.DEMAND), sure(Label.NONE), sure(Label.NONE)));
        assertEquals(Label.NONE, read.get(1).prediction().label());
        assertEquals(Label.NONE, read.get(2).prediction().label(), "rule 13: nothing of its own to carry a frame");
    }

    @Test
    void aTeaserOfAnotherStoryAfterADrugClaimKeepsItsOwnReading() {
        List<String> page = List.of(
                "Growers in the Andes planted more coca this year than in any year on record.",
                "Related: City council approves new bus lanes on Fifth Avenue.",
                "The same growers say prices for the leaf have collapsed.");
        List<ContextRule.Reading> read = rule.apply(page,
                List.of(sure(Label.SUPPLY), sure(Label.NONE), sure(Label.NONE)));
        assertEquals(Label.NONE, read.get(1).prediction().label());
        assertEquals(Label.NONE, read.get(2).prediction().label(),
                "the claim before it is a teaser, so there is no drug claim to continue");
    }

    @Test
    void aSentenceThatNamesDrugsItselfIsReadOnItsOwn() {
        List<String> page = List.of(
                "Agents seized two tons of cocaine at the port.",
                "This year treatment centres for heroin users opened in every county.");
        List<ContextRule.Reading> read = rule.apply(page, List.of(sure(Label.ENFORCEMENT), sure(Label.DEMAND)));
        assertEquals(Label.DEMAND, read.get(1).prediction().label());
        assertFalse(read.get(1).fromContext());
    }

    @Test
    void theFirstSentenceHasNoContext() {
        List<ContextRule.Reading> read = rule.apply(List.of("They own half the police in the state."),
                List.of(sure(Label.NONE)));
        assertEquals(Label.NONE, read.get(0).prediction().label(), "rule 12: read alone, it is none");
    }

    @Test
    void continuationNeedsAPointingWordAndContent() {
        assertTrue(rule.continuesPrevious("Their money flows through front companies in three states."));
        assertTrue(rule.continuesPrevious("The same gangs recruit teenagers as lookouts."));
        assertFalse(rule.continuesPrevious("The mayor cut the ribbon on the new library."));
        assertFalse(rule.continuesPrevious("That is true."));
        assertFalse(rule.continuesPrevious("Police arrested two men for stealing copper wire."));
    }

    @Test
    void anItThatPointsAtNothingDoesNotContinueTheClaimBeforeIt() {
        List<String> address = List.of(
                "We will hire more agents to arrest the cartel bosses who ship fentanyl across the border.",
                "It's high time that we make our cities safe again.",
                "It is clear that our schools need more teachers and better pay.",
                "It pays for itself in fewer cases, shorter trials and smaller prisons.");
        List<ContextRule.Reading> read = rule.apply(address,
                List.of(sure(Label.ENFORCEMENT), sure(Label.NONE), sure(Label.NONE), sure(Label.NONE)));
        assertEquals(Label.NONE, read.get(1).prediction().label(), address.get(1));
        assertEquals(Label.NONE, read.get(2).prediction().label(), address.get(2));
        assertFalse(rule.continuesPrevious(address.get(1)));
        assertFalse(rule.continuesPrevious(address.get(2)));
        assertTrue(rule.continuesPrevious(address.get(3)), "an \"it\" that names the effort before still points back");
    }
}
