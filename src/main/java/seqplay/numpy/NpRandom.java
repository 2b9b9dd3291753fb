package seqplay.numpy;

import seqplay.errors.PyException;
import seqplay.random.SeededRandom;

/**
 * {@code np.random}: draws through the session's one {@link SeededRandom}, so {@code np.random.seed(42)} also fixes
 * shuffles and weight initialisation that Keras makes from the same generator.
 *
 * <p>numpy note: the numbers differ from numpy's Mersenne Twister (the distributions are the same), so a seeded
 * lesson reproduces itself here on every target but not the exact numbers Colab prints.
 *
 * <pre>{@code
 * np.random.seed(0)
 * x = np.random.rand(100, 2)          // uniform in [0, 1)
 * idx = np.random.permutation(100)
 * }</pre>
 */
public final class NpRandom {
    private final SeededRandom rng;

    /** Draws from the session's generator (not copied: seeding here seeds the session). */
    public NpRandom(SeededRandom rng) {
        this.rng = rng;
    }

    /**
     * {@code np.random.seed(seed)}.
     *
     * @throws PyException {@code ValueError: Seed must be between 0 and 2**32 - 1}
     */
    public void seed(long seed) {
        if (seed < 0 || seed > 0xFFFFFFFFL) {
            throw PyException.valueError("Seed must be between 0 and 2**32 - 1");
        }
        rng.setSeed(seed);
    }

    private static int[] checkShape(int[] shape) {
        for (int d : shape) {
            if (d < 0) {
                throw PyException.valueError("negative dimensions are not allowed");
            }
        }
        return shape;
    }

    /** {@code np.random.rand(d0, d1, ...)}: uniform in [0, 1). */
    public NdArray rand(int... shape) {
        return uniform(0, 1, shape);
    }

    /** {@code np.random.randn(d0, d1, ...)}: standard normal. */
    public NdArray randn(int... shape) {
        return normal(0, 1, shape);
    }

    /** {@code np.random.uniform(low, high, size)}. */
    public NdArray uniform(double low, double high, int... shape) {
        double[] d = new double[Shapes.size(checkShape(shape))];
        for (int i = 0; i < d.length; i++) {
            d[i] = rng.uniform(low, high);
        }
        return new NdArray(DType.FLOAT64, shape, d);
    }

    /**
     * {@code np.random.normal(loc, scale, size)}.
     *
     * @throws PyException {@code ValueError: scale < 0}
     */
    public NdArray normal(double loc, double scale, int... shape) {
        if (scale < 0) {
            throw PyException.valueError("scale < 0");
        }
        double[] d = new double[Shapes.size(checkShape(shape))];
        for (int i = 0; i < d.length; i++) {
            d[i] = rng.normal(loc, scale);
        }
        return new NdArray(DType.FLOAT64, shape, d);
    }

    /**
     * {@code np.random.randint(low, high, size)}: ints in [low, high).
     *
     * @throws PyException {@code ValueError: high <= low}
     */
    public NdArray randint(long low, long high, int... shape) {
        if (high <= low) {
            throw PyException.valueError("high <= low");
        }
        long range = high - low;
        double[] d = new double[Shapes.size(checkShape(shape))];
        for (int i = 0; i < d.length; i++) {
            long draw = range <= Integer.MAX_VALUE ? rng.nextInt((int) range)
                    : (long) Math.floor(rng.nextDouble() * range);
            d[i] = low + draw;
        }
        return new NdArray(DType.INT64, shape, d);
    }

    /** {@code np.random.shuffle(x)}: shuffles in place along the first axis. */
    public void shuffle(NdArray x) {
        if (x.ndim() == 0) {
            throw PyException.typeError("object of type 'numpy.ndarray' has no len()");
        }
        int n = x.shape()[0];
        int row = x.size() / Math.max(1, n);
        double[] d = x.data();
        double[] tmp = new double[row];
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            System.arraycopy(d, i * row, tmp, 0, row);
            System.arraycopy(d, j * row, d, i * row, row);
            System.arraycopy(tmp, 0, d, j * row, row);
        }
    }

    /** {@code np.random.permutation(n)}: a shuffled {@code arange(n)}. */
    public NdArray permutation(int n) {
        NdArray a = Numpy.arange(0, n, 1, DType.INT64);
        shuffle(a);
        return a;
    }

    /** {@code np.random.permutation(x)}: a shuffled copy along the first axis. */
    public NdArray permutation(NdArray x) {
        NdArray c = x.copy();
        shuffle(c);
        return c;
    }

    /**
     * {@code np.random.choice(a, size, replace=True, p=None)} where {@code a} is the population (use
     * {@code arange(n)} for an int {@code a}).
     *
     * @param p probabilities (same length as {@code a}), or {@code null} for uniform
     */
    public NdArray choice(NdArray a, int[] shape, boolean replace, double[] p) {
        if (a.ndim() != 1) {
            throw PyException.valueError("a must be 1-dimensional");
        }
        int n = a.size();
        int count = Shapes.size(checkShape(shape));
        if (n == 0 && count > 0) {
            throw PyException.valueError("a cannot be empty unless no samples are taken");
        }
        if (p != null) {
            if (p.length != n) {
                throw PyException.valueError("'a' and 'p' must have same size");
            }
            double total = 0;
            for (double v : p) {
                if (v < 0) {
                    throw PyException.valueError("probabilities are not non-negative");
                }
                total += v;
            }
            if (Math.abs(total - 1) > 1e-8) {
                throw PyException.valueError("probabilities do not sum to 1");
            }
        }
        if (!replace && count > n) {
            throw PyException.valueError("Cannot take a larger sample than population when 'replace=False'");
        }
        double[] out = new double[count];
        if (replace) {
            for (int i = 0; i < count; i++) {
                out[i] = a.flat(p == null ? rng.nextInt(n) : weighted(p));
            }
        } else if (p == null) {
            int[] perm = rng.permutation(n);
            for (int i = 0; i < count; i++) {
                out[i] = a.flat(perm[i]);
            }
        } else {
            double[] w = p.clone();
            for (int i = 0; i < count; i++) {
                double total = 0;
                for (double v : w) {
                    total += v;
                }
                for (int k = 0; k < w.length; k++) {
                    w[k] /= total;
                }
                int k = weighted(w);
                out[i] = a.flat(k);
                w[k] = 0;
            }
        }
        return new NdArray(a.dtype(), shape, out);
    }

    private int weighted(double[] p) {
        double u = rng.nextDouble();
        double acc = 0;
        for (int i = 0; i < p.length; i++) {
            acc += p[i];
            if (u < acc) {
                return i;
            }
        }
        for (int i = p.length - 1; i >= 0; i--) {
            if (p[i] > 0) {
                return i;
            }
        }
        return p.length - 1;
    }

    /** The session's generator, for the Python binding's scalar draws. */
    public SeededRandom generator() {
        return rng;
    }
}
