package seqplay.initializers;

import seqplay.random.SeededRandom;
import seqplay.tensor.Tensor;

/**
 * {@code RandomUniform(minval=-0.05, maxval=0.05, seed=None)}: values drawn uniformly from {@code [minval, maxval)}.
 *
 * <pre>{@code
 * keras.layers.Dense(3, kernel_initializer=keras.initializers.RandomUniform(minval=-0.1, maxval=0.1, seed=1))
 * }</pre>
 */
public final class RandomUniform extends RandomInitializer {
    private final double minval;
    private final double maxval;

    public RandomUniform(double minval, double maxval, Long seed) {
        super(seed);
        this.minval = minval;
        this.maxval = maxval;
    }

    /** Keras' defaults, unseeded. */
    public RandomUniform() {
        this(-0.05, 0.05, null);
    }

    @Override
    public String name() {
        return "random_uniform";
    }

    @Override
    public void fill(double[] target, int[] shape, SeededRandom random) {
        SeededRandom rng = generator(random);
        int n = Tensor.sizeOf(shape);
        for (int i = 0; i < n; i++) {
            target[i] = rng.uniform(minval, maxval);
        }
    }
}
