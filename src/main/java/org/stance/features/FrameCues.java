package org.stance.features;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.stance.data.Label;

/**
 * Words that point at one frame, and which frame a sentence names first. Codebook rule 6 gives a
 * sentence that weighs two frames equally ("cut the supply at its source and reduce demand at
 * home") the frame it names first, and speeches are full of such lists; n-grams and a sentence
 * vector see which frames are there but not their order, so the order is a feature of its own.
 * Matching is on lower-cased tokens, by whole word or by stem.
 */
public final class FrameCues {

    /** One frame's words, matched whole, and stems, matched at the start of a word. */
    private record Cues(Label frame, Set<String> words, List<String> stems) {
        boolean match(String token) {
            if (words.contains(token)) {
                return true;
            }
            for (String stem : stems) {
                if (token.startsWith(stem)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final Set<String> DEMAND_WORDS = Set.of(
            "demand", "treatment", "treat", "treating", "prevention", "prevent", "preventing", "education",
            "educate", "educating", "teach", "teaching", "users", "user", "recovery", "rehabilitation", "rehab",
            "naloxone", "narcan", "clinic", "clinics", "counseling", "counselling", "abuse", "consumption",
            "consumers", "consumer", "buprenorphine", "methadone", "decriminalization", "decriminalisation", "harm",
            // The codebook's demand is the users "and the market they form": buyers, customers, "we are the market".
            "market", "markets", "buyers", "buyer", "customers");
    private static final List<String> DEMAND_STEMS = List.of("addict", "overdos", "decriminali");
    private static final Set<String> SUPPLY_WORDS = Set.of(
            "supply", "supplies", "source", "sources", "crop", "crops", "field", "fields", "grown", "growers",
            "grow", "growing", "poppy", "poppies", "coca", "lab", "labs", "laboratory", "laboratories", "precursor",
            "precursors", "production", "produce", "produced", "producing", "producers", "manufacture",
            "manufactured", "manufacturing", "manufacturers", "factories", "substitution", "hectares", "acres",
            "fumigation", "spraying", "output", "pill-press", "pill-presses", "presses", "superlabs", "superlab");
    private static final List<String> SUPPLY_STEMS = List.of("eradicat", "cultivat", "legaliz", "legalis");
    private static final Set<String> ENFORCEMENT_WORDS = Set.of(
            "border", "borders", "enforcement", "police", "policing", "dealer", "dealers", "pushers", "pusher",
            "kingpin", "kingpins", "court", "courts", "penalties", "penalty", "prison", "prisons", "seized",
            "seizure", "seizures", "seize", "agents", "sentences", "sentencing", "jail", "ports", "arrests",
            "arrest", "arrested", "dea", "gangs");
    private static final List<String> ENFORCEMENT_STEMS = List.of("interdict", "traffick", "smuggl", "cartel",
            "prosecut", "punish", "extradit", "launder", "narcotraffick");

    /** The frames in feature order; {@code none} has no cues. */
    private static final List<Cues> CUES = List.of(
            new Cues(Label.DEMAND, DEMAND_WORDS, DEMAND_STEMS),
            new Cues(Label.SUPPLY, SUPPLY_WORDS, SUPPLY_STEMS),
            new Cues(Label.ENFORCEMENT, ENFORCEMENT_WORDS, ENFORCEMENT_STEMS));

    /** The frames in feature order. */
    public static final List<Label> FRAMES = CUES.stream().map(Cues::frame).toList();

    /** Features per sentence: a frame is named, per frame; a frame is named first, per frame. */
    public static final int WIDTH = 2 * FRAMES.size();

    private FrameCues() {
    }

    /**
     * The {@link #WIDTH} indicators of a tokenised sentence: for each of {@link #FRAMES}, whether a
     * cue of it occurs; then, when two or more are named, which one's first cue comes before the
     * others' (a sentence that names one frame has no order to tell).
     */
    public static boolean[] of(List<String> tokens) {
        int[] first = new int[CUES.size()];
        Arrays.fill(first, -1);
        for (int i = 0; i < tokens.size(); i++) {
            for (String t : DrugLexicon.word(tokens, i)) {
                for (int f = 0; f < CUES.size(); f++) {
                    if (first[f] < 0 && CUES.get(f).match(t)) {
                        first[f] = i;
                    }
                }
            }
        }
        boolean[] out = new boolean[WIDTH];
        int earliest = -1;
        int named = 0;
        for (int f = 0; f < FRAMES.size(); f++) {
            out[f] = first[f] >= 0;
            named += out[f] ? 1 : 0;
            if (first[f] >= 0 && (earliest < 0 || first[f] < first[earliest])) {
                earliest = f;
            }
        }
        if (named >= 2) {
            out[FRAMES.size() + earliest] = true;
        }
        return out;
    }
}
