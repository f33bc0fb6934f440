package org.stance.features;

/** A feature vector by its non-zero entries; indices ascend. */
public record SparseVector(int[] indices, float[] values) {

    public int size() {
        return indices.length;
    }
}
