package org.stance.analysis;

/**
 * Converts UTF-16 offsets of a Java string into Unicode code point offsets, the unit of the
 * contract (Python and spaCy count an emoji as one character; Java counts it as two).
 * Offsets must be asked for in ascending order, which lets one pass serve a whole article.
 */
final class CodePoints {

    private final String text;
    private int lastChar;
    private int lastCodePoint;

    CodePoints(String text) {
        this.text = text;
    }

    int of(int charOffset) {
        if (charOffset < lastChar) {
            lastChar = 0;
            lastCodePoint = 0;
        }
        lastCodePoint += text.codePointCount(lastChar, charOffset);
        lastChar = charOffset;
        return lastCodePoint;
    }
}
