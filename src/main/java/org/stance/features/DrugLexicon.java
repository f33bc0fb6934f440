package org.stance.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A curated list of the words that tie a sentence to illicit drugs: substances, crops, precursors,
 * the trade and its actors, use and treatment. Real speeches and news pages are mostly about other
 * things; whether a sentence names the drug world at all is the strongest single signal for
 * {@code none}, and one that a model trained on drug sentences does not learn by itself.
 * Matching is on lower-cased tokens: whole words, or word stems where every continuation is a drug
 * word too ("overdos" covers overdose, overdosed, overdoses).
 */
public final class DrugLexicon {

    /** The groups, each its own feature: which kind of drug word a sentence holds also matters. */
    public enum Group { SUBSTANCE, CROP_AND_PRODUCTION, TRADE, USE_AND_TREATMENT }

    private static final Set<String> SUBSTANCE = Set.of(
            "drug", "drugs", "narcotic", "narcotics", "fentanyl", "fentanyls", "heroin", "cocaine", "crack", "meth",
            "methamphetamine", "methamphetamines", "opioid", "opioids", "opiate", "opiates", "opium", "oxycodone",
            "oxycontin", "hydrocodone", "xylazine", "nitazene", "nitazenes", "carfentanil", "marijuana", "cannabis",
            "hashish", "hash", "captagon", "amphetamine", "amphetamines", "ecstasy", "mdma", "lsd", "ketamine",
            "medetomidine", "tranq", "pcp", "psilocybin", "kratom", "benzodiazepines", "benzos", "pills", "pill",
            "counterfeit", "dope", "weed", "pot", "coke", "smack", "k2", "spice", "synthetic", "synthetics",
            "substance", "substances", "controlled");
    private static final Set<String> CROP_AND_PRODUCTION = Set.of(
            "coca", "poppy", "poppies", "cocaleros", "cocalero", "precursor", "precursors", "lab", "labs",
            "laboratory", "laboratories", "eradication", "eradicate", "eradicated", "fumigation", "glyphosate",
            "hectares", "cultivation", "pill-press", "pill-presses", "presses", "chemicals", "superlab", "superlabs",
            "grow-ops", "grows", "substitution", "narco-labs", "cookers");
    private static final Set<String> TRADE = Set.of(
            "cartel", "cartels", "trafficker", "traffickers", "trafficking", "smuggling", "smuggler", "smugglers",
            "narco", "narcos", "kingpin", "kingpins", "sinaloa", "jalisco", "cjng", "dea", "ondcp", "interdiction",
            "seizure", "seizures", "seized", "dealer", "dealers", "dealing", "pushers", "plaza", "narcotrafficking",
            "narcotraffickers", "mérida", "merida", "hidta", "laundering", "bricks", "kilos", "kilograms",
            "shipment", "shipments", "mules", "stash", "chapitos", "zetas", "escobar", "guzmán", "guzman");
    private static final Set<String> USE_AND_TREATMENT = Set.of(
            "addiction", "addictions", "addicted", "addict", "addicts", "overdose", "overdoses", "overdosed",
            "overdosing", "naloxone", "narcan", "buprenorphine", "methadone", "suboxone", "naltrexone", "rehab",
            "rehabilitation", "treatment", "recovery", "sobriety", "sober", "detox", "withdrawal", "users",
            "user", "abuse", "abusers", "injection", "syringe", "syringes", "needle", "needles", "harm",
            "decriminalization", "decriminalisation", "decriminalize", "decriminalise", "legalization",
            "legalisation", "legalize", "legalise", "dispensary", "dispensaries", "test", "strips", "prevention",
            "d.a.r.e", "dare", "consumers", "consumption");
    /** Stems by the group their words belong to ("traffick" is the trade, "addict" use). */
    private static final Map<String, Group> STEMS = Map.ofEntries(
            Map.entry("opioid", Group.SUBSTANCE), Map.entry("fentanyl", Group.SUBSTANCE),
            Map.entry("cocaine", Group.SUBSTANCE), Map.entry("heroin", Group.SUBSTANCE),
            Map.entry("methamphetamine", Group.SUBSTANCE), Map.entry("marijuana", Group.SUBSTANCE),
            Map.entry("cannabis", Group.SUBSTANCE), Map.entry("narco", Group.TRADE), Map.entry("cartel", Group.TRADE),
            Map.entry("traffick", Group.TRADE), Map.entry("overdos", Group.USE_AND_TREATMENT),
            Map.entry("addict", Group.USE_AND_TREATMENT), Map.entry("decriminali", Group.USE_AND_TREATMENT),
            Map.entry("legali", Group.USE_AND_TREATMENT));

    /**
     * Recorded in a model's features: a model was trained on one version of these lists and reads
     * only that one. 2: stems counted in their own group (1 counted every stem as a substance), and the
     * parts of hyphenated words read too. 3: "crack" before "down" and "dealer(s)" after a trade of
     * other goods ("car dealers", "arms dealers") are not drug words.
     */
    public static final int VERSION = 3;

    private DrugLexicon() {
    }

    /** Which groups a tokenised sentence touches, as a 0/1 per group in {@link Group} order. */
    public static boolean[] groups(List<String> tokens) {
        boolean[] hit = new boolean[Group.values().length];
        for (String t : words(tokens)) {
            if (SUBSTANCE.contains(t)) {
                hit[Group.SUBSTANCE.ordinal()] = true;
            }
            if (CROP_AND_PRODUCTION.contains(t)) {
                hit[Group.CROP_AND_PRODUCTION.ordinal()] = true;
            }
            if (TRADE.contains(t)) {
                hit[Group.TRADE.ordinal()] = true;
            }
            if (USE_AND_TREATMENT.contains(t)) {
                hit[Group.USE_AND_TREATMENT.ordinal()] = true;
            }
            for (Map.Entry<String, Group> stem : STEMS.entrySet()) {
                if (t.startsWith(stem.getKey())) {
                    hit[stem.getValue().ordinal()] = true;
                }
            }
        }
        return hit;
    }

    /**
     * Whether the sentence names the drug world by a word that cannot mean anything else. The broad
     * words of the groups ("treatment", "seizure", "pill", "users", "lab") are left out here: alone
     * they are as common in hospital, school and crime stories as in drug ones.
     */
    public static boolean namesDrugs(List<String> tokens) {
        for (String t : words(tokens)) {
            for (String stem : STEMS.keySet()) {
                if (t.startsWith(stem)) {
                    return true;
                }
            }
            if (STRICT.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether any word of the sentence belongs to the drug world in the broadest sense: a word of
     * any group, a drug name, or a word of a frame ({@link FrameCues}). A sentence with none of
     * them can carry a frame only from the sentence before it (codebook rule 12).
     */
    public static boolean touchesDrugWorld(List<String> tokens) {
        if (namesDrugs(tokens)) {
            return true;
        }
        for (boolean hit : groups(tokens)) {
            if (hit) {
                return true;
            }
        }
        for (boolean named : FrameCues.of(tokens)) {
            if (named) {
                return true;
            }
        }
        return false;
    }

    /**
     * The lower-cased tokens, each hyphenated compound followed by its parts: "drug-free",
     * "anti-drug" and "counter-narcotics" hold a drug word as surely as "drug" does.
     */
    static List<String> words(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            out.addAll(word(tokens, i));
        }
        return out;
    }

    /**
     * Token {@code i} as {@link #word(String)} reads it, or nothing when its neighbours show it in a
     * sense outside the drug world: "crack down on crime", "car dealers", "arms dealers".
     */
    static List<String> word(List<String> tokens, int i) {
        String t = tokens.get(i).toLowerCase(Locale.ROOT);
        if (t.equals("crack") && i + 1 < tokens.size() && tokens.get(i + 1).equalsIgnoreCase("down")) {
            return List.of();
        }
        if ((t.equals("dealer") || t.equals("dealers")) && i > 0
                && OTHER_TRADES.contains(tokens.get(i - 1).toLowerCase(Locale.ROOT))) {
            return List.of();
        }
        return word(tokens.get(i));
    }

    /** One token lower-cased, then its hyphenated parts if it has any. */
    static List<String> word(String token) {
        String t = token.toLowerCase(Locale.ROOT);
        if (t.indexOf('-') < 0) {
            return List.of(t);
        }
        List<String> out = new ArrayList<>();
        out.add(t);
        for (String part : t.split("-")) {
            if (!part.isEmpty()) {
                out.add(part);
            }
        }
        return out;
    }

    /** Goods whose dealers are not drug dealers. */
    private static final Set<String> OTHER_TRADES = Set.of(
            "car", "cars", "auto", "used-car", "arms", "gun", "guns", "firearms", "weapons", "art", "antique",
            "antiques", "card", "blackjack", "coin", "stamp", "furniture", "tractor", "truck", "boat", "rv", "bike",
            "motorcycle", "equipment", "book", "wine", "cattle", "livestock", "grain", "bond", "securities", "currency",
            "diamond", "jewelry", "jewellery", "gold", "horse", "real-estate", "franchise", "vehicle", "dealership");

    private static final Set<String> STRICT = Set.of(
            "drug", "drugs", "crack", "meth", "xylazine", "nitazene", "nitazenes", "carfentanil", "captagon",
            "amphetamine", "amphetamines", "ecstasy", "mdma", "ketamine", "medetomidine", "tranq", "opium", "opiate",
            "opiates", "oxycodone", "oxycontin", "hydrocodone", "coca", "poppy", "poppies", "precursor", "precursors",
            "kingpin", "kingpins", "naloxone", "narcan", "buprenorphine", "methadone", "suboxone", "hidta", "dea",
            "ondcp", "dealer", "dealers", "pill-press", "pill-presses", "psilocybin", "hashish", "kratom", "dope",
            "benzos", "chapitos", "zetas", "sinaloa", "cjng");
}
