package seqplay.bench;

import seqplay.tensor.Maths;

/**
 * The benchmark's data recipe, written so that it can be repeated line for line in JavaScript (see
 * {@code bench/browser/bench-data.js}): a 32-bit xorshift generator for uniforms and Box–Muller for noise.
 * It is not numpy's or sklearn's generator; only the shapes and distributions matter for timing. The maths goes
 * through {@link Maths} so the playground's three builds see the same data (JavaScript's Math may differ in the
 * last digit for TensorFlow.js, which does not matter for timing).
 */
public final class BenchData {
    private int state;

    private BenchData(int seed) {
        this.state = seed == 0 ? 1 : seed;
    }

    /** Uniform in [0, 1): xorshift32 (13, 17, 5), the unsigned 32-bit value over 2^32. */
    double uniform() {
        int x = state;
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        state = x;
        return ((x >>> 1) * 2.0 + (x & 1)) / 4294967296.0;
    }

    double gaussian() {
        double u = 1.0 - uniform();
        double v = uniform();
        return Math.sqrt(-2.0 * Maths.log(u)) * Maths.cos(2.0 * Maths.PI * v);
    }

    /** W1: x uniform in [-1, 1), y = 3x + 2 + N(0, 0.1). */
    public static double[][] line(int n, int seed) {
        BenchData r = new BenchData(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 2 * r.uniform() - 1;
            y[i] = 3 * x[i] + 2 + 0.1 * r.gaussian();
        }
        return new double[][] {x, y};
    }

    /** W2: two interleaving half circles (the outer one labelled 0), Gaussian noise, rows alternating. */
    public static double[][] moons(int n, double noise, int seed) {
        BenchData r = new BenchData(seed);
        double[] x = new double[2 * n];
        double[] y = new double[n];
        int half = n / 2;
        for (int i = 0; i < n; i++) {
            boolean inner = i % 2 == 1;
            int k = i / 2;
            double t = Maths.PI * k / Math.max(1, half - 1);
            double px = inner ? 1 - Maths.cos(t) : Maths.cos(t);
            double py = inner ? 0.5 - Maths.sin(t) : Maths.sin(t);
            x[2 * i] = px + noise * r.gaussian();
            x[2 * i + 1] = py + noise * r.gaussian();
            y[i] = inner ? 1 : 0;
        }
        return new double[][] {x, y};
    }

    /** W3: features uniform in [0, 1), labels uniform over the classes, one-hot. */
    public static double[][] uniformClasses(int n, int features, int classes, int seed) {
        BenchData r = new BenchData(seed);
        double[] x = new double[n * features];
        for (int i = 0; i < x.length; i++) {
            x[i] = r.uniform();
        }
        double[] y = new double[n * classes];
        for (int i = 0; i < n; i++) {
            y[i * classes + (int) (r.uniform() * classes)] = 1.0;
        }
        return new double[][] {x, y};
    }
}
