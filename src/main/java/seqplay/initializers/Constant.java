package seqplay.initializers;

import seqplay.random.SeededRandom;
import seqplay.tensor.Tensor;

/**
 * Fills every entry with the same value: {@code Zeros()}, {@code Ones()}, {@code Constant(value=0.0)}.
 *
 * <pre>{@code
 * keras.layers.Dense(3, kernel_initializer='ones', bias_initializer=keras.initializers.Constant(0.1))
 * }</pre>
 */
public final class Constant implements Initializer {
    private final String name;
    private final double value;

    private Constant(String name, double value) {
        this.name = name;
        this.value = value;
    }

    /** {@code keras.initializers.Zeros()}: Dense's default bias initializer. */
    public static Constant zeros() {
        return new Constant("zeros", 0.0);
    }

    /** {@code keras.initializers.Ones()}. */
    public static Constant ones() {
        return new Constant("ones", 1.0);
    }

    /** {@code keras.initializers.Constant(value)}; Keras' default value is 0.0. */
    public static Constant of(double value) {
        return new Constant("constant", value);
    }

    @Override
    public String name() {
        return name;
    }

    public double value() {
        return value;
    }

    @Override
    public void fill(double[] target, int[] shape, SeededRandom random) {
        int n = Tensor.sizeOf(shape);
        for (int i = 0; i < n; i++) {
            target[i] = value;
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
