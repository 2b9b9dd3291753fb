package seqplay.initializers;

import seqplay.random.SeededRandom;

/**
 * Fills a new weight with its starting values.
 *
 * <pre>{@code
 * keras.layers.Dense(3, kernel_initializer='he_normal', bias_initializer=keras.initializers.Constant(0.1))
 * }</pre>
 */
public interface Initializer {
    /** Keras' class name in snake case, e.g. {@code glorot_uniform}. */
    String name();

    /**
     * Writes {@code Tensor.sizeOf(shape)} values into {@code target}. Fans follow Keras' {@code compute_fans}:
     * for a 2-D shape {@code (fan_in, fan_out)}; for 1-D both equal {@code shape[0]}.
     *
     * @param random the session's generator, used unless the initializer was given its own {@code seed}
     */
    void fill(double[] target, int[] shape, SeededRandom random);
}
