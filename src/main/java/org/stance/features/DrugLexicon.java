package org.stance.features;

import java.util.List;
import java.util.Locale;
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
    private static final List<String> STEMS = List.of("overdos", "addict", "opioid", "fentanyl", "narco", "cocaine",
            "heroin", "methamphetamine", "cartel", "traffick", "decriminali", "legali", "marijuana", "cannabis");

    private DrugLexicon() {
    }

    /** Which groups a tokenised sentence touches, as a 0/1 per group in {@link Group} order. */
    public static boolean[] groups(List<String> tokens) {
        boolean[] hit = new boolean[Group.values().length];
        for (String raw : tokens) {
            String t = raw.toLowerCase(Locale.ROOT);
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
            for (String stem : STEMS) {
                if (t.startsWith(stem)) {
                    hit[Group.SUBSTANCE.ordinal()] = true;
                    break;
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
        for (String raw : tokens) {
            String t = raw.toLowerCase(Locale.ROOT);
            for (String stem : STEMS) {
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

    private static final Set<String> STRICT = Set.of(
            "drug", "drugs", "crack", "meth", "xylazine", "nitazene", "nitazenes", "carfentanil", "captagon",
            "amphetamine", "amphetamines", "ecstasy", "mdma", "ketamine", "medetomidine", "tranq", "opium", "opiate",
            "opiates", "oxycodone", "oxycontin", "hydrocodone", "coca", "poppy", "poppies", "precursor", "precursors",
            "kingpin", "kingpins", "naloxone", "narcan", "buprenorphine", "methadone", "suboxone", "hidta", "dea",
            "ondcp", "dealer", "dealers", "pill-press", "pill-presses", "psilocybin", "hashish", "kratom", "dope",
            "benzos", "chapitos", "zetas", "sinaloa", "cjng");
}
