package org.stance.model;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.stance.features.SparseVector;

/**
 * Scores a sparse input against the trained weights directly: the same arithmetic as the DL4J
 * network's forward pass at inference (dense ReLU layer, softmax output), without building a dense
 * input row or paying ND4J's per-call overhead. DL4J stays the reference; tests hold the two equal.
 * Immutable and safe to share between threads.
 */
final class SparseScorer {

    private final int hidden;
    private final int outputs;
    private final float[] w1; // [inputs][hidden], row-major
    private final float[] b1;
    private final float[] w2; // [hidden][outputs], row-major
    private final float[] b2;

    SparseScorer(MultiLayerNetwork network) {
        INDArray weights1 = network.getLayer(0).getParam("W");
        INDArray weights2 = network.getLayer(1).getParam("W");
        this.hidden = (int) weights1.columns();
        this.outputs = (int) weights2.columns();
        this.w1 = rowMajor(weights1);
        this.w2 = rowMajor(weights2);
        this.b1 = network.getLayer(0).getParam("b").toFloatVector();
        this.b2 = network.getLayer(1).getParam("b").toFloatVector();
    }

    double[] probabilities(SparseVector x) {
        float[] h = b1.clone();
        int[] idx = x.indices();
        float[] val = x.values();
        for (int k = 0; k < idx.length; k++) {
            int row = idx[k] * hidden;
            float v = val[k];
            for (int j = 0; j < hidden; j++) {
                h[j] += v * w1[row + j];
            }
        }
        double[] z = new double[outputs];
        for (int c = 0; c < outputs; c++) {
            z[c] = b2[c];
        }
        for (int j = 0; j < hidden; j++) {
            float a = h[j] > 0 ? h[j] : 0f;
            if (a == 0f) {
                continue;
            }
            int row = j * outputs;
            for (int c = 0; c < outputs; c++) {
                z[c] += a * w2[row + c];
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int c = 0; c < outputs; c++) {
            z[c] = Math.exp(z[c] - max);
            sum += z[c];
        }
        for (int c = 0; c < outputs; c++) {
            z[c] /= sum;
        }
        return z;
    }

    /**
     * One bulk copy into row-major order; {@code toFloatMatrix} reads a row view at a time, which
     * took seconds of start-up for a large input layer.
     */
    private static float[] rowMajor(INDArray m) {
        return m.dup('c').data().asFloat();
    }
}
