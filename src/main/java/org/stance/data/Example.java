package org.stance.data;

/**
 * One annotated sentence and where it was read from; {@code doc} names the whole document it
 * belongs to (empty for files of separate sentences).
 */
public record Example(String text, Label label, String source, String file, long line, String doc) {

    public Example(String text, Label label, String source, String file, long line) {
        this(text, label, source, file, line, "");
    }
}
