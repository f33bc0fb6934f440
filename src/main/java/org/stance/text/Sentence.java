package org.stance.text;

/** A sentence of a submitted text: its exact characters, their range {@code [start, end)}, and its paragraph. */
public record Sentence(String text, int start, int end, int paragraph) {
}
