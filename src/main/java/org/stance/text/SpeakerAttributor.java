package org.stance.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who each sentence is attributed to: a quotation with its attribution before, after or in
 * the middle, reported speech ("Kelly said that ..."), "According to X, ...", pronouns ("he added")
 * as the last named speaker, and quotations that run over several sentences or paragraphs. Speakers
 * are given by surname, as written in the text; sentences attributed to no person get null.
 */
public final class SpeakerAttributor {

    static final String VERBS = "said|says|added|adds|told|tells|stated|states|noted|notes|argued|argues|warned|warns"
            + "|insisted|insists|explained|explains|testified|asked|asks|replied|replies|wrote|writes"
            + "|declared|declares|acknowledged|acknowledges|stressed|stresses|emphasized|emphasised|recalled|recalls"
            + "|continued|continues|concluded|tweeted|posted|claimed|claims|admitted|admits"
            + "|conceded|concedes|predicted|cautioned|remarked|observed|contended|contends|maintained|maintains"
            + "|pledged|vowed|promised|urged|urges|countered|responded|answered|agreed|agrees|complained|lamented"
            + "|recounted|boasted|suggested|suggests|believes|believed|thinks|thought|estimated|estimates";
    private static final String NAME = "\\p{Lu}[\\p{L}'\u2019\\-]+";
    /** Abbreviated titles that may stand before a name ("Dr. Rahul Gupta", "Lt. Gen. Glen VanHerck"); never the speaker. */
    static final String TITLE_ABBREVIATIONS = "Dr|Mr|Mrs|Ms|Mx|Rep|Reps|Sen|Sens|Gov|Gen|Adm|Lt|Col|Maj|Sgt|Det|Capt|Cmdr|Cpl|Pvt"
            + "|Prof|Rev|Hon|Atty|Supt|Insp|Pres|Amb|Sec|Gens|Lieut|Brig|Fr|Sr|Sra|Srta";
    private static final String TITLE = "(?:(?:" + TITLE_ABBREVIATIONS + ")\\.?\\s+)";
    private static final String NAME_POSSESSIVE = "\\p{L}+['\u2019]s";
    private static final Pattern NAME_THEN_VERB = Pattern.compile("(" + NAME + "|\\b[Hh]e|\\b[Ss]he),?(?:\\s+(?:also|later|then|previously|once|again|has|had|have|had also|has also|would|will))?\\s+(?:" + VERBS + ")\\b");
    private static final Pattern VERB_THEN_NAME = Pattern.compile("\\b(?:" + VERBS + ")\\s+((?:" + TITLE + "|" + NAME + "|of|the|and|de|del|la|\\s)+?)(?=\\s*[,.;:\u2014\u2013\\-]|\\s+(?:who|in|on|at|after|before|during|when|while|a|an)\\b|$)");
    /** "Aurelio Mosquera, who leads the growers' association, said ..." / "Karen L. Whitlock, the agent in charge, told ..." */
    private static final Pattern NAME_APPOSITIVE_VERB = Pattern.compile("(" + NAME + ")\\s*,\\s+(?:who|whose|the|a|an|one|head|chief|director|spokesman|spokeswoman|" + NAME_POSSESSIVE
            + ")\\b[^\u00a7]{0,240}?,\\s+(?:[a-z]+\\s+){0,8}?(?:" + VERBS + ")\\b");
    private static final Pattern VERB_THEN_PRONOUN = Pattern.compile("\\b(?:" + VERBS + ")\\s+(he|she)\\b");
    /** An attribution to someone unnamed ("Mexico's security minister said", "officials told reporters"). */
    private static final Pattern UNNAMED_THEN_VERB = Pattern.compile("(?:\\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|\\p{L}+['\u2019]s)\\s+(?:[\\p{Ll}\\-]+\\s+){0,3}\\p{Ll}+"
            + "|\\b(?:[Oo]fficials|[Pp]olice|[Pp]rosecutors|[Aa]uthorities|[Ii]nvestigators|[Aa]nalysts|[Ee]xperts|[Rr]esidents))"
            + ",?\\s+(?:" + VERBS + ")\\b");
    /**
     * A sentence whose subject is a named person doing something other than speaking ("Sen. Dick
     * Durbin, D-Ill., pressed her on treatment."): not a speaker, but whom a following "he said" means.
     */
    private static final Pattern NAMED_SUBJECT = Pattern.compile("^" + TITLE + "*"
            + "((?:" + NAME + "\\s+){1,3}" + NAME + ")(?:,\\s+[^,]{1,40},)?\\s+\\p{Ll}+(?:ed|es|s)\\b");
    private static final Pattern ACCORDING_TO = Pattern.compile("\\b[Aa]ccording to\\s+((?:" + TITLE + "|" + NAME + "|of|the|and|de|del|la|\\s)+?)(?=\\s*[,.;:]|$)");

    /** Capitalised words that come before "said" but are not a person's surname. */
    private static final Set<String> NOT_NAMES = Set.of(
            "The", "A", "An", "It", "This", "That", "They", "We", "I", "You", "Officials", "Authorities", "Police",
            "Prosecutors", "Reuters", "AP", "AFP", "Bloomberg", "Secretary", "President", "Minister", "Ministry",
            "Department", "Pentagon", "Government", "Embassy", "Office", "Agency", "Commission", "Committee",
            "Court", "Army", "Navy", "Administration", "House", "Senate", "Congress", "Statement", "Report",
            "Spokesman", "Spokeswoman", "Spokesperson", "Chairman", "Chairwoman", "Governor", "Mayor", "Sheriff",
            "Attorney", "General", "Ambassador", "Director", "Chief", "Agents", "Experts", "Analysts", "Witnesses",
            "Residents", "Doctors", "Researchers", "Lawmakers", "Democrats", "Republicans", "Mexico", "Washington",
            "Colombia", "Canada", "China", "Thursday", "Monday", "Tuesday", "Wednesday", "Friday", "Saturday",
            "Sunday", "Both", "Each", "Neither", "Others", "Some", "Many", "Most", "Critics", "Supporters",
            // Offices and honorifics written out: a title is never the speaker, the surname after it is.
            "Senator", "Representative", "Congressman", "Congresswoman", "Commissioner", "Administrator",
            "Superintendent", "Judge", "Justice", "Prosecutor", "Inspector", "Captain", "Lieutenant", "Sergeant",
            "Detective", "Officer", "Deputy", "Commander", "Colonel", "Admiral", "Major", "Prime", "Vice", "Czar",
            "Councilman", "Councilwoman", "Councillor", "Professor", "Doctor", "Premier", "Chancellor", "Envoy",
            "Sir", "Dame", "Lord", "Lady", "Father", "Reverend", "State", "Foreign", "Interior", "Health",
            "Defense", "Defence", "Security", "Public", "Medical", "Federal", "Special", "Agent", "Head");
    private static final Set<String> TITLES = Set.of(TITLE_ABBREVIATIONS.split("\\|"));

    /** The speaker of each sentence, in the order given; sentences must be in text order. */
    public List<String> attribute(List<Sentence> sentences) {
        List<String> speakers = new ArrayList<>();
        String lastSpeaker = null;
        boolean inQuote = false;
        String quoteSpeaker = null;
        List<Integer> pending = new ArrayList<>();
        String spanFallback = null; // who a quotation opened without attribution most likely continues
        int paragraph = -1;
        String previousSentenceSpeaker = null;
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            String text = sentence.text();
            boolean newParagraph = sentence.paragraph() != paragraph;
            paragraph = sentence.paragraph();
            int scanFrom = 0;
            if (newParagraph && inQuote) {
                if (!text.isEmpty() && isOpenQuote(text.charAt(0))) {
                    scanFrom = 1; // the quote runs on into this paragraph
                } else {
                    inQuote = false;
                    resolvePending(pending, speakers, spanFallback);
                    quoteSpeaker = null;
                }
            }
            boolean startedInQuote = inQuote;
            QuoteScan scan = scanQuotes(text, scanFrom, inQuote);
            inQuote = scan.endsInside;
            String attributed = findAttribution(scan.outside, lastSpeaker);
            boolean quoted = startedInQuote || scan.hasQuoted;

            String speaker;
            if (attributed != null) {
                speaker = attributed;
                if (startedInQuote || quoted) {
                    resolvePending(pending, speakers, attributed);
                }
                quoteSpeaker = inQuote ? attributed : null;
            } else if (quoted) {
                if (quoteSpeaker != null) {
                    speaker = quoteSpeaker;
                } else if (inQuote) {
                    if (pending.isEmpty()) {
                        // A quotation opening right after an attributed sentence usually continues that speaker.
                        spanFallback = previousSentenceSpeaker;
                    }
                    speaker = null;
                    pending.add(s);
                } else if (startedInQuote && !pending.isEmpty()) {
                    // The quotation closes here without naming anyone.
                    speaker = spanFallback;
                    resolvePending(pending, speakers, speaker);
                } else {
                    speaker = isWholeQuote(text) ? previousSentenceSpeaker : null;
                }
                if (!inQuote) {
                    quoteSpeaker = null;
                }
            } else {
                speaker = null;
            }
            if (!inQuote && !pending.isEmpty() && !pending.contains(s)) {
                resolvePending(pending, speakers, previousSentenceSpeaker);
            }
            speakers.add(speaker);
            if (attributed != null) {
                lastSpeaker = attributed;
            } else if (UNNAMED_THEN_VERB.matcher(scan.outside).find()) {
                // Someone unnamed spoke last: a following "he added" is about them, not an earlier name.
                lastSpeaker = null;
            } else {
                Matcher subject = NAMED_SUBJECT.matcher(text);
                if (subject.find()) {
                    String name = surname(subject.group(1));
                    if (name != null) {
                        lastSpeaker = name;
                    }
                }
            }
            previousSentenceSpeaker = speakers.get(s);
        }
        return speakers;
    }

    private static void resolvePending(List<Integer> pending, List<String> speakers, String speaker) {
        for (int i : pending) {
            speakers.set(i, speaker);
        }
        pending.clear();
    }

    /** A sentence that is nothing but a quotation (a paragraph-long quote continuing the last speaker). */
    private static boolean isWholeQuote(String text) {
        return !text.isEmpty() && isOpenQuote(text.charAt(0));
    }

    /** The surname a sentence's own words attribute it to, or null. */
    String findAttribution(String outside, String lastSpeaker) {
        Matcher according = ACCORDING_TO.matcher(outside);
        if (according.find()) {
            String name = surname(according.group(1));
            if (name != null) {
                return name;
            }
        }
        Matcher appositive = NAME_APPOSITIVE_VERB.matcher(outside);
        while (appositive.find()) {
            if (isName(appositive.group(1)) && !precededByDeterminer(outside, appositive.start(1))) {
                return appositive.group(1);
            }
        }
        Matcher before = NAME_THEN_VERB.matcher(outside);
        while (before.find()) {
            String word = before.group(1);
            if (word.equalsIgnoreCase("he") || word.equalsIgnoreCase("she")) {
                if (lastSpeaker != null) {
                    return lastSpeaker;
                }
                continue;
            }
            if (isName(word) && !precededByDeterminer(outside, before.start(1))) {
                return word;
            }
        }
        Matcher after = VERB_THEN_NAME.matcher(outside);
        while (after.find()) {
            String name = surname(after.group(1));
            if (name != null) {
                return name;
            }
        }
        Matcher pronoun = VERB_THEN_PRONOUN.matcher(outside);
        if (pronoun.find() && lastSpeaker != null) {
            return lastSpeaker;
        }
        return null;
    }

    /** The last capitalised word of a run of name words ("Secretary of State Rex Tillerson" → Tillerson). */
    private static String surname(String run) {
        // "Mayor Brandon Johnson of Chicago" names Johnson; "Secretary of State Rex Tillerson" names Tillerson.
        for (String segment : run.strip().split("\\s+of\\s+")) {
            String name = lastName(segment);
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    private static String lastName(String run) {
        String[] words = run.strip().split("\\s+");
        for (int i = words.length - 1; i >= 0; i--) {
            String w = words[i];
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                return isName(w) && !(i > 0 && words[i - 1].equalsIgnoreCase("the") && i == words.length - 1 && words.length == 2)
                        ? w : null;
            }
        }
        return null;
    }

    private static boolean isName(String word) {
        String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        if (NOT_NAMES.contains(bare) || TITLES.contains(bare) || bare.length() < 2) {
            return false;
        }
        boolean allCaps = word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        return !allCaps;
    }

    private static boolean precededByDeterminer(String text, int at) {
        String before = text.substring(0, at).stripTrailing();
        return before.endsWith(" the") || before.endsWith(" The") || before.equals("The") || before.equals("the")
                || before.endsWith(" a") || before.endsWith(" an") || before.endsWith("'s") || before.endsWith("\u2019s");
    }

    private record QuoteScan(String outside, boolean hasQuoted, boolean endsInside) {
    }

    /** Replaces quoted stretches with a placeholder so attributions are looked for only outside quotes. */
    private static QuoteScan scanQuotes(String text, int from, boolean inside) {
        StringBuilder outside = new StringBuilder(text.length());
        boolean hasQuoted = inside;
        boolean in = inside;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean open = c == '\u201c' || (c == '"' && !in);
            boolean close = c == '\u201d' || (c == '"' && in);
            if (open && !in) {
                in = true;
                hasQuoted = true;
                outside.append(" \u00a7 ");
            } else if (close && in) {
                in = false;
                outside.append(' ');
            } else if (!in) {
                outside.append(c);
            }
        }
        return new QuoteScan(outside.toString(), hasQuoted, in);
    }

    private static boolean isOpenQuote(char c) {
        return c == '\u201c' || c == '"';
    }
}
