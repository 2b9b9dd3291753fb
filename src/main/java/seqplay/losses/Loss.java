package seqplay.losses;

/**
 * A loss function: a value per sample, reduced over the batch by {@code sum_over_batch_size} (the mean).
 *
 * <p>Arrays are flat and row-major; {@code yTrue} has already been brought to the shape of {@code yPred} (Keras'
 * {@code squeeze_or_expand_to_same_rank}), except for sparse categorical cross-entropy where it holds one integer
 * label per row. A call works on the first {@code rows * cols} entries only.
 *
 * <pre>{@code
 * model.compile(loss='binary_crossentropy', optimizer='adam')
 * }</pre>
 */
public interface Loss {
    /** The name shown in configs, e.g. {@code binary_crossentropy} (the log key is always {@code loss}). */
    String name();

    /** The loss of each sample, reduced over the last axis: {@code out[r]} for r in [0, rows). */
    void perSample(double[] yTrue, double[] yPred, double[] out, int rows, int cols);

    /**
     * The gradient of the batch loss (the mean of {@link #perSample} over the rows) with respect to each entry of
     * {@code yPred}, written to {@code grad}.
     */
    void gradient(double[] yTrue, double[] yPred, double[] grad, int rows, int cols);

    /**
     * Checks the label and prediction shapes before training, throwing Keras' own {@code ValueError} text
     * (spec §8). Shapes include the batch dimension; {@code batchDim} is what Keras prints for it ({@code None},
     * or the batch size when the data divides evenly).
     */
    void checkShapes(int[] yTrueShape, int[] yPredShape, String batchDim);

    /**
     * Whether this loss switches to the logits formula when the output layer's activation carries logits
     * (sigmoid/softmax, spec §3.3). The cross-entropies do, whatever their {@code from_logits}: Keras' TensorFlow
     * backend ({@code _get_logits}) takes the attached logits in both cases, and with {@code from_logits=True} it
     * also warns (see {@link #warnings}).
     */
    default boolean usesLogitsPath() {
        return false;
    }

    /**
     * The warnings Keras prints when it first runs this loss on these shapes, each as
     * {@code Category: text} (e.g. categorical cross-entropy over a single output column, or
     * {@code from_logits=True} on an output that carries logits). Empty for most losses.
     */
    default java.util.List<String> warnings(int[] yTrueShape, int[] yPredShape, String batchDim,
            boolean outputCarriesLogits) {
        return java.util.List.of();
    }

    /** Per-sample loss computed from the pre-activation {@code logits} (see {@link #usesLogitsPath()}). */
    default void perSampleFromLogits(double[] yTrue, double[] logits, double[] out, int rows, int cols) {
        throw new UnsupportedOperationException(name() + " has no logits path");
    }

    /** Gradient of the batch loss with respect to the pre-activation {@code logits}. */
    default void gradientFromLogits(double[] yTrue, double[] logits, double[] grad, int rows, int cols) {
        throw new UnsupportedOperationException(name() + " has no logits path");
    }
}
