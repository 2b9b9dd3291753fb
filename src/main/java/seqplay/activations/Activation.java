package seqplay.activations;

/**
 * An activation function, applied element-wise (or, for softmax, across each row of a batch).
 *
 * <p>Arrays are flat and row-major; a call works on the first {@code rows * cols} entries only, so layers can
 * reuse buffers sized for the largest batch. Forward and backward sit together in each implementation.
 *
 * <pre>{@code
 * keras.layers.Dense(8, activation='relu')
 * }</pre>
 */
public interface Activation {
    /** The name Keras knows it by, e.g. {@code relu} (as in {@code get_config()}). */
    String name();

    /** {@code out = f(z)}; {@code out} and {@code z} are different arrays. */
    void forward(double[] z, double[] out, int rows, int cols);

    /**
     * The chain rule through this function: {@code gradZ = dL/dz} given the input {@code z}, the output
     * {@code a = f(z)} from the forward pass, and {@code gradA = dL/da}. {@code gradZ} may be the same array as
     * {@code gradA}.
     */
    void backward(double[] z, double[] a, double[] gradA, double[] gradZ, int rows, int cols);

    /**
     * Whether Keras attaches the pre-activation tensor to this function's output ({@code _keras_logits}, spec
     * §3.3): true for sigmoid and softmax. A cross-entropy loss then computes from the logits instead of the
     * clipped probabilities.
     */
    default boolean carriesLogits() {
        return false;
    }
}
