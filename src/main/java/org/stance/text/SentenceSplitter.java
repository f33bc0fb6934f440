package org.stance.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits news text into sentences with offsets into the original string. Blank lines end
 * paragraphs; inside a paragraph each headline-like line, bullet and caption is its own unit unless
 * the lines are a hard-wrapped paragraph; inside a unit, sentences end at . ! ? (with closing
 * quotes) before a capital, digit or opening quote, except after abbreviations and initials.
 * Page furniture (bylines, datelines, "Related:", "Read more", share buttons, "Photo:" captions)
 * is a unit of its own, never merged into the sentence next to it.
 */
public final class SentenceSplitter {

    /** A line at least this long without final punctuation is taken as hard-wrapped prose. */
    private static final int WRAPPED_LINE_MIN = 50;
    private static final Pattern BULLET = Pattern.compile("^[ \\t]*(?:[-*\u2022\u25aa\u25cf\u2023\u00b7\u2013\u2014]|\\d{1,2}[.)])[ \\t]+");

    /** A line that is page furniture as a whole: labelled links and captions, share buttons, adverts. */
    private static final Pattern FURNITURE_LINE = Pattern.compile(
            "(?:(?:Related|Read more|Read More|READ MORE|RELATED|More|See also|Also read|Photo|Photos|Image|Picture|Credit"
                    + "|Caption|Video|Watch|Listen|Source|File photo)\\s*:.*"
                    + "|(?:Advertisement|ADVERTISEMENT|Sponsored|Read more|Read More|READ MORE|Continue reading"
                    + "|Story continues below(?: advertisement)?|Share this (?:article|story)|Comments?|Print|Tweet)\\s*)");
    private static final String SHARE_BUTTONS = "(?:(?:Share(?: on)?(?: Facebook| Twitter| X| LinkedIn| WhatsApp| Reddit| Email)?"
            + "|Facebook|Twitter|LinkedIn|WhatsApp|Email|Print|Tweet|Copy link|Save)[ \\t]*[|\u00b7\u2022]?[ \\t]*)";
    /** Furniture glued before the first sentence of a unit (each alternative ends before that sentence). */
    private static final Pattern GLUED_FURNITURE = Pattern.compile(
            // a byline followed by a dateline: "By Ana Ruiz and Tom Beck MEXICO CITY ..."
            "By\\s+\\p{Lu}[\\p{L}.'\u2019-]*(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{Ll}.'\u2019-]+\\.?){1,5}(?=\\s+\\p{Lu}{2,}\\b)"
                    // a dateline: "NOGALES, Mexico (Reuters) —", "WASHINGTON, Dec. 1 (Reuters) -"
                    + "|\\p{Lu}{2,}[\\p{Lu}\\p{M}.'\u2019-]*(?:\\s+\\p{Lu}{2,}[\\p{Lu}\\p{M}.'\u2019-]*){0,3}"
                    + "(?:,\\s+\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}?[\\p{L}.]+){0,2})?(?:,?\\s+\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2})?"
                    + "(?:\\s*\\([^()\\n]{1,40}\\))?\\s*(?:\u2014|\u2013|--?)(?=\\s)"
                    // a row of share buttons, a "Read more" or an advert label before the text
                    + "|" + SHARE_BUTTONS + "{2,}(?=\\s|$)|(?:Read more|Read More|READ MORE|Advertisement|ADVERTISEMENT)(?=\\s+\\p{Lu})"
                    + "|Share this (?:article|story)(?=\\s+\\p{Lu})");

    /** Abbreviations after which a sentence never ends (titles, months, "No."). */
    private static final Set<String> NEVER_FINAL = Set.of(
            "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj", "sen", "sens",
            "rep", "reps", "gov", "govs", "pres", "prof", "st", "no", "nos", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "ft", "mt", "rev", "hon", "atty", "supt",
            "det", "insp", "cpl", "pvt", "gens", "e.g", "i.e", "cf", "approx", "dept", "est", "fig", "vol", "ave");
    /** Abbreviations that end a sentence only when a typical sentence opener follows. */
    private static final Set<String> SOMETIMES_FINAL = Set.of(
            "u.s", "u.n", "d.c", "u.k", "e.u", "a.m", "p.m", "inc", "corp", "co", "ltd", "jr", "sr", "etc", "u.s.a");
    private static final Set<String> SENTENCE_OPENERS = Set.of(
            "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "In", "On", "At", "This",
            "That", "These", "Those", "His", "Her", "Their", "Our", "Its", "There", "Officials", "Authorities",
            "Meanwhile", "However", "Still", "Yet", "So", "If", "When", "After", "Before", "As", "For", "Some",
            "Many", "Most", "Last", "Next", "Since", "While", "According");

    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        List<int[]> lines = new ArrayList<>();
        int pos = 0;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            if (text.substring(pos, end).isBlank()) {
                if (!lines.isEmpty()) {
                    splitParagraph(text, lines, paragraph++, out);
                    lines.clear();
                }
            } else {
                lines.add(new int[]{pos, end});
            }
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        if (!lines.isEmpty()) {
            splitParagraph(text, lines, paragraph, out);
        }
        return out;
    }

    private void splitParagraph(String text, List<int[]> lines, int paragraph, List<Sentence> out) {
        int unitStart = -1;
        int unitEnd = -1;
        String previous = null;
        for (int[] line : lines) {
            String content = text.substring(line[0], line[1]);
            Matcher bullet = BULLET.matcher(content);
            boolean isBullet = bullet.find();
            int contentStart = line[0] + (isBullet ? bullet.end() : 0);
            if (FURNITURE_LINE.matcher(content.strip()).matches()) {
                if (unitStart >= 0) {
                    splitUnit(text, unitStart, unitEnd, paragraph, out);
                    unitStart = -1;
                }
                emit(text, line[0], line[1], paragraph, out);
                previous = null;
                continue;
            }
            boolean joins = previous != null && !isBullet && continues(previous, text.substring(contentStart, line[1]));
            if (!joins) {
                if (unitStart >= 0) {
                    splitUnit(text, unitStart, unitEnd, paragraph, out);
                }
                unitStart = contentStart;
            }
            unitEnd = line[1];
            previous = content.strip();
        }
        if (unitStart >= 0) {
            splitUnit(text, unitStart, unitEnd, paragraph, out);
        }
    }

    /** Whether a line continues the previous one rather than starting a new headline, caption or item. */
    private static boolean continues(String previous, String next) {
        String n = next.strip();
        if (n.isEmpty() || previous.isEmpty()) {
            return false;
        }
        char last = previous.charAt(previous.length() - 1);
        char first = n.charAt(0);
        if (".!?".indexOf(last) >= 0 || isClosing(last) && previous.length() > 1
                && ".!?".indexOf(previous.charAt(previous.length() - 2)) >= 0) {
            return true; // the sentence rules decide whether a new sentence starts here
        }
        if (Character.isLowerCase(first) || ",;:(-\u2013\u2014".indexOf(last) >= 0) {
            return true;
        }
        return previous.length() >= WRAPPED_LINE_MIN;
    }

    private void splitUnit(String text, int from, int to, int paragraph, List<Sentence> out) {
        Matcher glued = GLUED_FURNITURE.matcher(text).region(from, to);
        while (glued.lookingAt() && glued.end() < to) {
            emit(text, from, glued.end(), paragraph, out);
            from = glued.end();
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            glued.region(from, to);
        }
        int start = from;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?' && c != '\u2026') {
                i++;
                continue;
            }
            int punctStart = i;
            while (i < to && ".!?\u2026".indexOf(text.charAt(i)) >= 0) {
                i++;
            }
            while (i < to && isClosing(text.charAt(i))) {
                i++;
            }
            i = afterSymbols(text, i, to);
            int end = i;
            int next = i;
            while (next < to && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next >= to || (next == i && !gluedAfterWord(text, start, punctStart, next, to))) {
                continue;
            }
            if (!startsSentence(text, next, to)) {
                continue;
            }
            boolean singleDot = end - punctStart >= 1 && text.charAt(punctStart) == '.'
                    && (punctStart + 1 >= to || text.charAt(punctStart + 1) != '.');
            if (singleDot && isAbbreviation(text, punctStart, next, to)) {
                continue;
            }
            emit(text, start, end, paragraph, out);
            start = next;
        }
        emit(text, start, to, paragraph, out);
    }

    /**
     * A sentence glued to the one before with no space, as text joined from paragraphs often is
     * ("... throughout our land.We've defended ..."): a plain lower-case word of two letters or more
     * ends in the punctuation and a capitalised word follows. Abbreviations ("Ph.D", "U.S.") have
     * single or upper-case letters, and a web or e-mail address has no plain word before its dot.
     */
    private static boolean gluedAfterWord(String text, int sentenceStart, int punct, int next, int to) {
        int w = punct;
        while (w > sentenceStart && Character.isLowerCase(text.charAt(w - 1))) {
            w--;
        }
        boolean plainWord = punct - w >= 2 && (w == sentenceStart || Character.isWhitespace(text.charAt(w - 1))
                || isOpening(text.charAt(w - 1)));
        if (!plainWord || next + 1 >= to || !Character.isUpperCase(text.charAt(next))) {
            return false;
        }
        char second = text.charAt(next + 1);
        if (!(Character.isLowerCase(second) || second == '\'' || second == '\u2019' || Character.isWhitespace(second))) {
            return false;
        }
        int e = next;
        while (e < to && !Character.isWhitespace(text.charAt(e))) {
            if (text.charAt(e) == '@' || text.charAt(e) == '/') {
                return false;
            }
            e++;
        }
        return true;
    }

    /** Past emoji and other symbols (with spaces between) that trail a sentence: "... opioid. \ud83d\ude00 Police ...". */
    private static int afterSymbols(String text, int i, int to) {
        int end = i;
        int k = i;
        while (k < to) {
            while (k < to && Character.isWhitespace(text.charAt(k))) {
                k++;
            }
            int symbols = k;
            while (k < to && isSymbol(text.codePointAt(k))) {
                k += Character.charCount(text.codePointAt(k));
            }
            if (k == symbols) {
                break;
            }
            end = k;
        }
        return end;
    }

    private static boolean isSymbol(int cp) {
        int type = Character.getType(cp);
        return type == Character.OTHER_SYMBOL || type == Character.MODIFIER_SYMBOL || cp == 0x200d
                || cp == 0xfe0f || cp == 0x20e3 || (cp >= 0x1f3fb && cp <= 0x1f3ff) || (cp >= 0xe0020 && cp <= 0xe007f);
    }

    private static boolean startsSentence(String text, int at, int to) {
        char c = text.charAt(at);
        if (Character.isUpperCase(c) || Character.isDigit(c)) {
            return true;
        }
        if (isOpening(c) && at + 1 < to) {
            char d = text.charAt(at + 1);
            return Character.isUpperCase(d) || Character.isDigit(d) || d == '.';
        }
        return false;
    }

    /** Whether the '.' at {@code dot} belongs to an abbreviation or initial rather than ending a sentence. */
    private static boolean isAbbreviation(String text, int dot, int next, int to) {
        int w = dot;
        while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        String word = text.substring(w, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial: "John F. Kelly"
        }
        String key = word.toLowerCase(java.util.Locale.ROOT);
        if (NEVER_FINAL.contains(key)) {
            return true;
        }
        boolean dotted = key.matches("([a-z]\\.)+[a-z]");
        if (SOMETIMES_FINAL.contains(key) || dotted) {
            int e = next;
            while (e < to && Character.isLetter(text.charAt(e))) {
                e++;
            }
            String following = text.substring(next, e);
            return !(SENTENCE_OPENERS.contains(following) || isOpening(text.charAt(next)));
        }
        return false;
    }

    static boolean isClosing(char c) {
        int type = Character.getType(c);
        return c == '"' || c == '\'' || c == '\u203a' || type == Character.END_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION;
    }

    static boolean isOpening(char c) {
        return c == '"' || c == '\u201c' || c == '\u2018' || c == '\'' || c == '(' || c == '[' || c == '\u00ab';
    }

    private static void emit(String text, int start, int end, int paragraph, List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(text.substring(start, end), start, end, paragraph));
        }
    }
}
