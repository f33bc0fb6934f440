package org.stance.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the reporting clause from a cleaned sentence ({@link TextNormalizer#clean}: quotes folded
 * to {@code "}, case kept), so that the classifier reads the claim and not who made it: the
 * codebook's rule 7 says attribution does not matter, and speakers' names otherwise pull quoted
 * sentences towards whatever their names co-occurred with in training. Conservative on purpose:
 * only a clause that is nothing but a speaker and a reporting verb is removed; an appositive or a
 * phrase after the verb ("said of the delayed equipment") keeps the sentence as it is.
 */
final class AttributionStripper {

    private static final String VERB = "(?:" + SpeakerAttributor.VERBS + ")";
    /** A speaker: up to eight words without commas or quotes, e.g. "Secretary of State Rex Tillerson", "the county's health officer". */
    private static final String SPEAKER = "(?:[\\p{L}][\\p{L}.'\\-]*)(?:\\s+[\\p{L}][\\p{L}.'\\-]*){0,7}";
    /** What may follow the verb and still be only attribution. */
    private static final String AFTER_VERB = "(?:\\s+(?:reporters|journalists|lawmakers|senators|the committee|the panel|the audience"
            + "|in a statement|in an interview|at a (?:news|press) conference|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
            + "|last week|this week|on Twitter|on X|afterwards|later))*";

    /** {@code "...," Tillerson said.} / {@code "...," said Tillerson.} at the end of the sentence. */
    private static final Pattern TRAILING = Pattern.compile(
            "([,.?!])\"\\s+(?:" + SPEAKER + "\\s+" + VERB + "|" + VERB + "\\s+" + SPEAKER + ")" + AFTER_VERB + "\\s*[.!?]?\\s*$");
    /** {@code "We are," Kelly said, "the market."}: the interruption inside a quotation. */
    private static final Pattern INSIDE = Pattern.compile(
            ",\"\\s+(?:" + SPEAKER + "\\s+" + VERB + "|" + VERB + "\\s+" + SPEAKER + ")" + AFTER_VERB + ",\\s+\"");
    /** {@code According to Videgaray, ...} at the start. */
    private static final Pattern ACCORDING_TO = Pattern.compile("^[Aa]ccording to\\s+" + SPEAKER + ",\\s+");
    /** Verbs that open reported speech at the start of a sentence ("Kelly argued that ..."). */
    private static final String LEADING_VERB = "(?:said|says|told|tells|added|adds|argued|argues|warned|warns|acknowledged"
            + "|acknowledges|insisted|insists|noted|notes|stressed|conceded|concedes|contended|contends|maintained|maintains"
            + "|believes|thinks|testified|claimed|claims|admitted|admits|cautioned|countered|replied|responded|stated|states)";
    /** A named speaker or a role: capitalised words, joined by a few small words, or a role noun ("the Mexican foreign minister"). */
    private static final String NAMED = "(?:\\p{Lu}[\\p{L}.'\\-]*|of|the|and|de|del|la|y|[\\p{Ll}]+'s|minister|secretary|president"
            + "|official|officials|spokesman|spokeswoman|spokesperson|director|chief|sheriff|mayor|governor|senator|prosecutor"
            + "|prosecutors|police|ambassador|adviser|analyst|analysts|researchers|foreign|defense|defence|security|health|attorney|general)";
    /** {@code Kelly said: "..."} / {@code Kelly said that ...} / {@code Kelly told reporters the ...} at the start. */
    private static final Pattern LEADING = Pattern.compile(
            "^(?:\\p{Lu}[\\p{L}.'\\-]*)(?:\\s+" + NAMED + "){0,6}\\s+(?:told(?:\\s+[\\p{L}.'\\-]+){1,5}?\\s+that\\s+|" + LEADING_VERB + AFTER_VERB
            + "(?::\\s*|\\s+that\\s+|\\s+(?=\\p{Ll})))");

    String strip(String cleaned) {
        String s = INSIDE.matcher(cleaned).replaceAll(" ");
        Matcher trailing = TRAILING.matcher(s);
        if (trailing.find() && trailing.start() > 0) {
            s = s.substring(0, trailing.start()) + trailing.group(1) + "\"";
        }
        s = ACCORDING_TO.matcher(s).replaceFirst("");
        Matcher leading = LEADING.matcher(s);
        if (leading.find() && leading.end() < s.length()) {
            s = s.substring(leading.end());
        }
        // Never leave nothing to classify: a sentence that is only attribution keeps its words.
        return s.isBlank() ? cleaned : s;
    }
}
