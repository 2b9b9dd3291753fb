package seqplay.initializers;

import seqplay.random.SeededRandom;
import seqplay.tensor.Tensor;

/**
 * {@code RandomNormal(mean=0.0, stddev=0.05, seed=None)} and {@code TruncatedNormal(...)} (same defaults): values
 * from a normal distribution; the truncated form re-draws values more than two standard deviations from the mean.
 *
 * <pre>{@code
 * keras.layers.Dense(3, kernel_initializer=keras.initializers.RandomNormal(mean=0.0, stddev=0.01))
 * }</pre>
 */
public final class RandomNormal extends RandomInitializer {
    private final double mean;
    private final double stddev;
    private final boolean truncated;

    private RandomNormal(double mean, double stddev, Long seed, boolean truncated) {
        super(seed);
        this.mean = mean;
        this.stddev = stddev;
        this.truncated = truncated;
    }

    /** {@code keras.initializers.RandomNormal(mean, stddev, seed)}. */
    public static RandomNormal normal(double mean, double stddev, Long seed) {
        return new RandomNormal(mean, stddev, seed, false);
    }

    /** {@code keras.initializers.TruncatedNormal(mean, stddev, seed)}. */
    public static RandomNormal truncated(double mean, double stddev, Long seed) {
        return new RandomNormal(mean, stddev, seed, true);
    }

    @Override
    public String name() {
        return truncated ? "truncated_normal" : "random_normal";
    }

    @Override
    public void fill(double[] target, int[] shape, SeededRandom random) {
        SeededRandom rng = generator(random);
        int n = Tensor.sizeOf(shape);
        for (int i = 0; i < n; i++) {
            double z = truncated ? truncatedGaussian(rng) : rng.nextGaussian();
            target[i] = stddev * z + mean;
        }
    }
}
