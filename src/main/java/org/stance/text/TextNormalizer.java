package org.stance.text;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Puts text into the one canonical form that training and prediction both see: mojibake repaired,
 * Unicode NFKC, typographic quotes and dashes folded to ASCII, white space collapsed, lower case.
 */
public final class TextNormalizer {

    /** UTF-8 bytes E2 80 xx read as GBK start with this character. */
    private static final char GBK_PUNCT_LEAD = '\u9225'; // 鈥
    private static final Charset GBK = Charset.forName("GBK");
    private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");

    private static final String[][] CP1252_GARBLING = {
            {"\u00e2\u20ac\u0153", "\u201c"}, // â€œ
            {"\u00e2\u20ac\u009d", "\u201d"},
            {"\u00e2\u20ac\u2122", "\u2019"}, // â€™
            {"\u00e2\u20ac\u02dc", "\u2018"}, // â€˜
            {"\u00e2\u20ac\u201d", "\u2014"}, // â€”
            {"\u00e2\u20ac\u201c", "\u2013"}, // â€“
            {"\u00e2\u20ac\u00a6", "\u2026"}, // â€¦
            {"\u00e2\u20ac", "\u201d"},       // closing quote whose last byte was lost
    };

    /** Repairs garbling, applies NFKC and folds quotes and dashes, but keeps case and length-changing spaces. */
    public String clean(String text) {
        String repaired = repairGbkMojibake(repairCp1252Mojibake(text));
        // NFKC leaves pure ASCII unchanged; skipping it there saves most of the cost on English text.
        String nfkc = isAscii(repaired) ? repaired : Normalizer.normalize(repaired, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); i++) {
            out.append(foldPunctuation(nfkc.charAt(i)));
        }
        return WHITE_SPACE.matcher(out).replaceAll(" ").strip();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private final AttributionStripper attribution = new AttributionStripper();

    /** {@link #clean} and lower case: the form duplicates are compared in. */
    public String normalize(String text) {
        return clean(text).toLowerCase(Locale.ROOT);
    }

    /**
     * The form the classifier reads: {@link #normalize}, without the reporting clause when
     * {@code dropAttribution} ("...," the secretary said. / According to X, ... / X said that ...).
     */
    public String normalizeClaim(String text, boolean dropAttribution) {
        String cleaned = clean(text);
        return (dropAttribution ? attribution.strip(cleaned) : cleaned).toLowerCase(Locale.ROOT);
    }

    static char foldPunctuation(char c) {
        return switch (c) {
            case '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb', '\u2033' -> '"';
            case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '`', '\u00b4' -> '\'';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            case '\u00a0', '\u2007', '\u202f' -> ' ';
            default -> c;
        };
    }

    static String repairCp1252Mojibake(String text) {
        if (text.indexOf('\u00e2') < 0) {
            return text;
        }
        String out = text;
        for (String[] pair : CP1252_GARBLING) {
            out = out.replace(pair[0], pair[1]);
        }
        return out;
    }

    /**
     * UTF-8 punctuation E2 80 xx decoded as GBK yields 鈥 (E2 80) and then xx fused with the next
     * byte into one GBK character; re-encoding that character recovers xx and the byte it swallowed.
     * When xx met a byte GBK could not pair with, it was lost: that is almost always a closing quote.
     */
    static String repairGbkMojibake(String text) {
        if (text.indexOf(GBK_PUNCT_LEAD) < 0) {
            return text;
        }
        CharsetEncoder encoder = GBK.newEncoder();
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != GBK_PUNCT_LEAD) {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 < text.length()) {
                char next = text.charAt(i + 1);
                byte[] bytes = encoder.canEncode(next) ? String.valueOf(next).getBytes(GBK) : new byte[0];
                if (bytes.length == 2 && (bytes[0] & 0xC0) == 0x80) {
                    byte[] utf8 = {(byte) 0xE2, (byte) 0x80, bytes[0]};
                    out.append(new String(utf8, StandardCharsets.UTF_8));
                    int trail = bytes[1] & 0xFF;
                    if (trail < 0x80) {
                        out.append((char) trail);
                    }
                    i += 2;
                    continue;
                }
                if (next == '\ufffd' || next == '?') {
                    out.append('\u201d');
                    i += 2;
                    continue;
                }
            }
            out.append('\u201d');
            i++;
        }
        return out.toString();
    }
}
