package org.stance.batch;

/** {@code <out>/summary.json}: documents read, classified and rejected, sentences written, and the model. */
public record ArchiveSummary(long read, long classified, long rejected, long sentences, String model) {
}
