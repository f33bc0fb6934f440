package org.stance.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.stance.data.Label;
import org.stance.features.DrugLexicon;
import org.stance.model.Prediction;
import org.stance.text.TextNormalizer;
import org.stance.text.Tokenizer;

/**
 * Codebook rule 12 in an article: a sentence with no drug word of its own that opens by pointing
 * back ("They own half the police in the state.", "That effort ...") continues the claim before it
 * and takes that claim's frame. Rule 13 holds it back when the sentence says nothing of its own
 * ("We must do more."), and a sentence that does not point back, such as a sidebar or a teaser of
 * another story, keeps its own reading: the page's topic is never inherited.
 */
final class ContextRule {

    /** How a sentence is read in its article, and whether its neighbour decided it. */
    record Reading(Prediction prediction, boolean fromContext) {
    }

    private static final Set<String> POINTING_BACK = Set.of(
            "they", "their", "them", "it", "its", "this", "that", "these", "those", "he", "she", "his", "her",
            "such", "the", "both", "many", "most", "some", "each", "all");
    /** Words that only point back when a noun follows ("The group", "The same gangs"). */
    private static final Set<String> NEEDS_NOUN = Set.of("the", "both", "many", "most", "some", "each", "all");
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "they", "their", "them", "it", "its", "this", "that", "these", "those", "he", "she", "his", "her", "we",
            "our", "us", "you", "your", "i", "me", "my", "a", "an", "the", "and", "or", "but", "so", "to", "of",
            "in", "on", "at", "for", "with", "by", "from", "about", "as", "is", "are", "was", "were", "be", "been",
            "being", "have", "has", "had", "do", "does", "did", "will", "would", "shall", "should", "can", "could",
            "may", "might", "must", "not", "no", "more", "much", "very", "just", "also", "too", "there", "here",
            "what", "which", "who", "something", "anything", "everything", "nothing", "thing", "things", "now",
            "then", "again", "all", "both", "such", "same", "one", "ones", "up", "out", "into", "than", "if",
            "get", "got", "make", "made", "let", "need", "needs", "going", "go", "done", "enough", "<num>");
    private static final Set<String> REFERRING_NOUNS = Set.of("same", "group", "groups", "gang", "gangs", "effort",
            "efforts", "network", "networks", "organization", "organizations", "organisation", "organisations", "money",
            "profits", "trade", "crisis", "epidemic", "problem");
    /**
     * "It" that points at nothing: "It's high time that ...", "It is clear that ...". An address
     * says this after a drug passage as often as anywhere, and the sentence makes its own point.
     */
    private static final Pattern EXPLETIVE_IT = Pattern.compile(
            "^it(?:'s| is| was| will be| would be| has been| remains)\\s+(?:not\\s+|also\\s+|now\\s+)?(?:high\\s+)?"
                    + "(?:time|clear|true|important|essential|necessary|vital|possible|impossible|hard|easy|right|wrong"
                    + "|fair|likely|unlikely|urgent|imperative|crucial|critical|obvious|no secret|no accident|no wonder"
                    + "|no surprise|worth|up to|our duty|our responsibility|my hope|my belief)\\b");
    /** A sentence needs this many words of substance to carry a frame over (rule 13). */
    private static final int MIN_CONTENT_WORDS = 3;
    /** The claim continued must itself be a clear one. */
    private static final double MIN_PREVIOUS_CONFIDENCE = 0.5;

    private final TextNormalizer normalizer = new TextNormalizer();
    private final Tokenizer tokenizer = new Tokenizer();

    List<Reading> apply(List<String> texts, List<Prediction> alone) {
        List<Reading> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            Prediction own = alone.get(i);
            Prediction previous = i == 0 ? null : out.get(i - 1).prediction();
            if (previous != null && previous.label() != Label.NONE
                    && previous.confidence() >= MIN_PREVIOUS_CONFIDENCE
                    && own.label() != previous.label()
                    && continuesPrevious(texts.get(i))) {
                Prediction read = inherit(own, previous);
                out.add(new Reading(read, read.label() != own.label()));
            } else {
                out.add(new Reading(own, false));
            }
        }
        return out;
    }

    /** Points back, names no drug itself, and says something of its own. */
    boolean continuesPrevious(String text) {
        String normalized = normalizer.normalize(text);
        List<String> tokens = tokenizer.tokenize(normalized);
        if (tokens.size() < 2 || DrugLexicon.namesDrugs(tokens)) {
            return false;
        }
        String first = tokens.get(0).toLowerCase(Locale.ROOT);
        if (!POINTING_BACK.contains(first) || EXPLETIVE_IT.matcher(normalized).lookingAt()) {
            return false;
        }
        String second = tokens.get(1).toLowerCase(Locale.ROOT);
        if (first.equals("the")) {
            if (!REFERRING_NOUNS.contains(second)) {
                return false; // "The" opens most sentences; only these words refer back to a drug claim's actor or object
            }
        } else if (NEEDS_NOUN.contains(first) && FUNCTION_WORDS.contains(second)) {
            return false;
        }
        int content = 0;
        for (String t : tokens) {
            if (!FUNCTION_WORDS.contains(t.toLowerCase(Locale.ROOT))) {
                content++;
            }
        }
        return content >= MIN_CONTENT_WORDS;
    }

    /** The previous claim's frame, with scores that still show what the sentence alone said. */
    private static Prediction inherit(Prediction own, Prediction previous) {
        double[] scores = new double[Label.ALL.size()];
        for (int k = 0; k < scores.length; k++) {
            scores[k] = 0.3 * own.scores()[k] + 0.7 * previous.scores()[k];
        }
        return Prediction.of(scores);
    }
}
