package org.stance.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalised text into word tokens: runs of letters and digits, keeping inner apostrophes,
 * hyphens and dots ("don't", "cross-border", "u.s.") together. Numbers become one shape token so
 * that "2,000 pounds" and "300 pounds" look alike.
 */
public final class Tokenizer {

    public static final String NUMBER = "<num>";

    public List<String> tokenize(String normalized) {
        List<String> tokens = new ArrayList<>();
        for (Span span : spans(normalized)) {
            tokens.add(span.token());
        }
        return tokens;
    }

    /** Tokens with their character range in the given string. */
    public List<Span> spans(String text) {
        List<Span> spans = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n) {
                char c = text.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    i++;
                } else if ((c == '\'' || c == '-' || c == '.' || c == ',' || c == '\u2019')
                        && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))
                        && (c != ',' || (Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1))))) {
                    i++;
                } else {
                    break;
                }
            }
            String raw = text.substring(start, i);
            spans.add(new Span(shape(raw), start, i));
        }
        return spans;
    }

    private static String shape(String raw) {
        boolean hasDigit = false;
        for (int k = 0; k < raw.length(); k++) {
            char c = raw.charAt(k);
            if (Character.isLetter(c)) {
                return raw.endsWith("'s") ? raw.substring(0, raw.length() - 2) : raw;
            }
            hasDigit |= Character.isDigit(c);
        }
        return hasDigit ? NUMBER : raw;
    }

    /** A token and where it sits in the text it came from. */
    public record Span(String token, int start, int end) {
    }
}
