package org.stance.data;

/** One annotated sentence and where it was read from. */
public record Example(String text, Label label, String source, String file, long line) {
}
