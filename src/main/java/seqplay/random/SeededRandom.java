package seqplay.random;

import seqplay.tensor.Maths;

/**
 * The playground's one seeded generator: xoshiro128** (Blackman and Vigna), kept in four ints.
 *
 * <p>Only int arithmetic on the hot path, because TeaVM's JavaScript build emulates {@code long} at a large cost
 * and {@code java.util.Random} gives different numbers there than on the JVM. The same seed therefore gives the
 * same weights, shuffles and dropout masks on the JVM, in JavaScript and in WebAssembly.
 *
 * <p>numpy note: the numbers differ from numpy's Mersenne Twister and from TensorFlow's Philox; only the
 * distributions match, so a seeded run here reproduces itself but not a Colab run.
 */
public final class SeededRandom {
    private int s0;
    private int s1;
    private int s2;
    private int s3;
    private boolean haveSpare;
    private double spare;

    public SeededRandom(long seed) {
        setSeed(seed);
    }

    /** Restarts the sequence as if freshly made with this seed. */
    public void setSeed(long seed) {
        int lo = (int) seed;
        int hi = (int) (seed >>> 32);
        s0 = mix(lo + 0x9E3779B9);
        s1 = mix(hi ^ 0x7F4A7C15 + s0);
        s2 = mix(lo * 0x2545F491 + 0x632BE5AB);
        s3 = mix(hi + 0x85EBCA77 ^ s2);
        if ((s0 | s1 | s2 | s3) == 0) {
            s0 = 1; // the all-zero state is a fixed point
        }
        haveSpare = false;
    }

    /** A 32-bit finalizing mix (each input bit flips about half the output bits). */
    private static int mix(int z) {
        z = (z ^ (z >>> 16)) * 0x85EBCA6B;
        z = (z ^ (z >>> 13)) * 0xC2B2AE35;
        return z ^ (z >>> 16);
    }

    /** The next 32 random bits. */
    public int nextInt() {
        int result = Integer.rotateLeft(s1 * 5, 7) * 9;
        int t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Integer.rotateLeft(s3, 11);
        return result;
    }

    /** Uniform in [0, bound), without modulo bias. */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        int m = bound - 1;
        if ((bound & m) == 0) {
            return (nextInt() >>> 1) & m;
        }
        int u = nextInt() >>> 1;
        int r = u % bound;
        while (u - r + m < 0) { // the draw fell in the incomplete last block of size bound
            u = nextInt() >>> 1;
            r = u % bound;
        }
        return r;
    }

    /** Uniform in [0, 1) with 53 random bits. */
    public double nextDouble() {
        int a = nextInt() >>> 6; // 26 bits
        int b = nextInt() >>> 5; // 27 bits
        return (a * 134217728.0 + b) * 1.1102230246251565E-16; // / 2^53
    }

    /** Uniform in [low, high). */
    public double uniform(double low, double high) {
        return low + (high - low) * nextDouble();
    }

    /** Standard normal, by Marsaglia's polar method (only log and sqrt, both deterministic here). */
    public double nextGaussian() {
        if (haveSpare) {
            haveSpare = false;
            return spare;
        }
        double u;
        double v;
        double s;
        do {
            u = 2.0 * nextDouble() - 1.0;
            v = 2.0 * nextDouble() - 1.0;
            s = u * u + v * v;
        } while (s >= 1.0 || s == 0.0);
        double factor = Math.sqrt(-2.0 * Maths.log(s) / s);
        spare = v * factor;
        haveSpare = true;
        return u * factor;
    }

    /** Normal with the given mean and standard deviation. */
    public double normal(double mean, double stddev) {
        return mean + stddev * nextGaussian();
    }

    /** Shuffles in place (Fisher-Yates). */
    public void shuffle(int[] a) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** A random permutation of 0..n-1. */
    public int[] permutation(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        shuffle(p);
        return p;
    }
}
