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
 */
public final class SentenceSplitter {

    /** A line at least this long without final punctuation is taken as hard-wrapped prose. */
    private static final int WRAPPED_LINE_MIN = 50;
    private static final Pattern BULLET = Pattern.compile("^[ \\t]*(?:[-*\u2022\u25aa\u25cf\u2023\u00b7\u2013\u2014]|\\d{1,2}[.)])[ \\t]+");

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
            int end = i;
            int next = i;
            while (next < to && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next == i || next >= to) {
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
        return c == '"' || c == '\u201d' || c == '\u2019' || c == '\'' || c == ')' || c == ']' || c == '\u00bb';
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
