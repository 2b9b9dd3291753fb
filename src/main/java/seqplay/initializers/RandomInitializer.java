package seqplay.initializers;

import seqplay.random.SeededRandom;

/**
 * The seeding rule every random initializer shares, as in Keras 3's {@code RandomInitializer}.
 *
 * <p>With {@code seed=n} each call draws from a fresh {@code SeededRandom(n)}, so the same instance gives the
 * same values every time. Without a seed Keras 3 picks one seed when the instance is made and also repeats its
 * values on every call ("an initializer seeded with an integer or None (unseeded) will produce the same random
 * values across multiple calls"); here the seed is drawn from the session's generator on the first call, so a
 * string name (a fresh instance per layer) gives each layer new values and {@code set_random_seed} reproduces
 * them, while one instance shared by two layers repeats itself as in Keras.
 */
abstract class RandomInitializer implements Initializer {
    private final Long seed;
    private Long drawnSeed;

    RandomInitializer(Long seed) {
        this.seed = seed;
    }

    /** The seed given by the learner, or {@code null}. */
    public final Long seed() {
        return seed;
    }

    /** The generator for one call (see the class comment). */
    final SeededRandom generator(SeededRandom session) {
        if (seed != null) {
            return new SeededRandom(seed);
        }
        if (drawnSeed == null) {
            drawnSeed = (long) session.nextInt();
        }
        return new SeededRandom(drawnSeed);
    }

    /** Standard normal draws resampled until they lie within two standard deviations (TF's truncated_normal). */
    static double truncatedGaussian(SeededRandom random) {
        double z;
        do {
            z = random.nextGaussian();
        } while (z < -2.0 || z > 2.0);
        return z;
    }

    @Override
    public String toString() {
        return name();
    }
}
