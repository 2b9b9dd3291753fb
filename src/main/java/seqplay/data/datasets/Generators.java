package seqplay.data.datasets;

import java.util.HashSet;
import java.util.Set;
import seqplay.errors.PyException;
import seqplay.random.SeededRandom;
import seqplay.tensor.Maths;

/**
 * {@code sklearn.datasets.make_*}: synthetic problems with scikit-learn's arguments, defaults, shapes, dtypes and
 * construction, step for step in the order its code draws random numbers.
 *
 * <p>numpy note: the numbers differ from scikit-learn's, which come from numpy's Mersenne Twister; here every draw
 * comes from the playground's {@link SeededRandom} ({@code random_state=int} makes a fresh one with that seed,
 * {@code None} uses the session's generator, which {@code np.random.seed} seeds). Shapes, label layout, centre
 * placement and spread match, and a seeded call gives the same numbers on the JVM, in JavaScript and in Wasm.
 *
 * <pre>{@code
 * X, y = make_moons(n_samples=200, noise=0.1, random_state=42)   # X (200, 2) float64, y (200,) int64
 * }</pre>
 */
public final class Generators {
    private Generators() {
    }

    /**
     * A generated problem: {@code x} is {@code rows × cols} row-major; classification sets fill {@code labels},
     * regression sets fill {@code values} ({@code rows × targets}); {@code extra} is {@code coef} of
     * make_regression or {@code centers} of make_blobs when asked for, else null.
     */
    public record Generated(double[] x, int rows, int cols, long[] labels, double[] values, int targets,
            double[] extra, int extraRows, int extraCols) {
    }

    /**
     * make_moons: {@code nOut} points on the upper half circle of radius 1 around (0, 0), labelled 0, and
     * {@code nIn} on the lower half circle around (1, 0.5), labelled 1; angles are {@code linspace(0, pi, n)}.
     * Then shuffled (if asked) and blurred by Gaussian noise of standard deviation {@code noise} (if given).
     * {@code make_moons(n_samples=N)} is {@code nOut = N // 2, nIn = N - nOut}.
     */
    public static Generated makeMoons(int nOut, int nIn, boolean shuffle, Double noise, SeededRandom rng) {
        Params.intAtLeast("make_moons", "n_samples", (long) nOut + nIn, 1, " or an instance of 'tuple'");
        int n = nOut + nIn;
        double[] x = new double[n * 2];
        long[] y = new long[n];
        double[] outer = linspace(0.0, Maths.PI, nOut, true);
        double[] inner = linspace(0.0, Maths.PI, nIn, true);
        for (int i = 0; i < nOut; i++) {
            x[2 * i] = Maths.cos(outer[i]);
            x[2 * i + 1] = Maths.sin(outer[i]);
        }
        for (int i = 0; i < nIn; i++) {
            int r = nOut + i;
            x[2 * r] = 1.0 - Maths.cos(inner[i]);
            x[2 * r + 1] = 1.0 - Maths.sin(inner[i]) - 0.5;
            y[r] = 1;
        }
        return finishTwoClassShapes(x, y, n, shuffle, noise, rng);
    }

    /**
     * make_circles: {@code nOut} points on the unit circle (label 0) and {@code nIn} on a circle of radius
     * {@code factor} (label 1), angles {@code linspace(0, 2 pi, n, endpoint=False)}; then shuffle and noise as in
     * {@link #makeMoons}.
     */
    public static Generated makeCircles(int nOut, int nIn, boolean shuffle, Double noise, SeededRandom rng,
            double factor) {
        Params.intAtLeast("make_circles", "n_samples", (long) nOut + nIn, 1, " or an instance of 'tuple'");
        int n = nOut + nIn;
        double[] x = new double[n * 2];
        long[] y = new long[n];
        double[] outer = linspace(0.0, 2 * Maths.PI, nOut, false);
        double[] inner = linspace(0.0, 2 * Maths.PI, nIn, false);
        for (int i = 0; i < nOut; i++) {
            x[2 * i] = Maths.cos(outer[i]);
            x[2 * i + 1] = Maths.sin(outer[i]);
        }
        for (int i = 0; i < nIn; i++) {
            int r = nOut + i;
            x[2 * r] = Maths.cos(inner[i]) * factor;
            x[2 * r + 1] = Maths.sin(inner[i]) * factor;
            y[r] = 1;
        }
        return finishTwoClassShapes(x, y, n, shuffle, noise, rng);
    }

    private static Generated finishTwoClassShapes(double[] x, long[] y, int n, boolean shuffle, Double noise,
            SeededRandom rng) {
        if (shuffle) {
            int[] p = rng.permutation(n);
            x = takeRows(x, 2, p);
            y = takeLabels(y, p);
        }
        if (noise != null) {
            for (int i = 0; i < x.length; i++) {
                x[i] += rng.normal(0.0, noise);
            }
        }
        return new Generated(x, n, 2, y, null, 0, null, 0, 0);
    }

    /**
     * make_blobs: isotropic Gaussian clusters. {@code centers} either gives the centre coordinates
     * ({@code nCenters × nFeatures}, row-major) or is null, and then {@code nCenters} centres are drawn uniformly
     * from {@code centerBox} per coordinate. Samples are split evenly (the first {@code n % nCenters} centres get
     * one more) unless {@code samplesPerCenter} is given; cluster {@code i} has label {@code i} and standard
     * deviation {@code clusterStd[i]}. Centres are returned in {@code extra}.
     */
    public static Generated makeBlobs(int nSamples, int[] samplesPerCenter, int nFeatures, int nCenters,
            double[] centers, double[] clusterStd, double boxLow, double boxHigh, boolean shuffle,
            SeededRandom rng) {
        if (samplesPerCenter == null) {
            Params.intAtLeast("make_blobs", "n_samples", nSamples, 1, " or an array-like");
        }
        Params.intAtLeast("make_blobs", "n_features", nFeatures, 1, "");
        if (centers == null) {
            centers = new double[nCenters * nFeatures];
            for (int i = 0; i < centers.length; i++) {
                centers[i] = rng.uniform(boxLow, boxHigh);
            }
        }
        int[] counts = samplesPerCenter;
        if (counts == null) {
            counts = new int[nCenters];
            for (int i = 0; i < nCenters; i++) {
                counts[i] = nSamples / nCenters + (i < nSamples % nCenters ? 1 : 0);
            }
        }
        if (clusterStd.length != nCenters) {
            throw PyException.valueError("Length of `clusters_std` not consistent with number of centers. Got"
                    + " centers = " + nCenters + " and cluster_std = " + clusterStd.length);
        }
        int n = 0;
        for (int c : counts) {
            n += c;
        }
        double[] x = new double[n * nFeatures];
        long[] y = new long[n];
        int row = 0;
        for (int c = 0; c < nCenters; c++) {
            for (int k = 0; k < counts[c]; k++, row++) {
                for (int j = 0; j < nFeatures; j++) {
                    x[row * nFeatures + j] = rng.normal(centers[c * nFeatures + j], clusterStd[c]);
                }
                y[row] = c;
            }
        }
        if (shuffle) {
            int[] p = rng.permutation(n);
            x = takeRows(x, nFeatures, p);
            y = takeLabels(y, p);
        }
        return new Generated(x, n, nFeatures, y, null, 0, centers, nCenters, nFeatures);
    }

    /**
     * make_classification (Guyon's design, as scikit-learn builds it): each class gets
     * {@code nClustersPerClass} Gaussian clusters placed on distinct vertices of a hypercube with side
     * {@code 2 * classSep} in the first {@code nInformative} features, each cluster given a random covariance;
     * then {@code nRedundant} random linear combinations of the informative features, {@code nRepeated} copies,
     * and pure-noise features for the rest; {@code flipY} of the labels are redrawn at random; finally an optional
     * shift and scale, and a shuffle of rows and of feature columns.
     *
     * @param weights class proportions, or null for equal classes
     * @param shift   added to every feature, or null for a random shift per feature in [-classSep, classSep)
     * @param scale   multiplies every feature, or null for a random factor per feature in [1, 101)
     */
    public static Generated makeClassification(int nSamples, int nFeatures, int nInformative, int nRedundant,
            int nRepeated, int nClasses, int nClustersPerClass, double[] weights, double flipY, double classSep,
            boolean hypercube, Double shift, Double scale, boolean shuffle, SeededRandom rng) {
        String caller = "make_classification";
        Params.intAtLeast(caller, "n_samples", nSamples, 1, "");
        Params.intAtLeast(caller, "n_features", nFeatures, 1, "");
        Params.intAtLeast(caller, "n_informative", nInformative, 1, "");
        Params.intAtLeast(caller, "n_redundant", nRedundant, 0, "");
        Params.intAtLeast(caller, "n_repeated", nRepeated, 0, "");
        Params.intAtLeast(caller, "n_classes", nClasses, 1, "");
        Params.intAtLeast(caller, "n_clusters_per_class", nClustersPerClass, 1, "");
        if (nInformative + nRedundant + nRepeated > nFeatures) {
            throw PyException.valueError("Number of informative, redundant and repeated features must sum to less"
                    + " than the number of total features");
        }
        long clusters = (long) nClasses * nClustersPerClass;
        // sklearn compares n_informative with log2(n_classes * n_clusters_per_class) to avoid overflow.
        if (nInformative < 62 && clusters > (1L << nInformative)) {
            throw PyException.valueError("n_classes(" + nClasses + ") * n_clusters_per_class(" + nClustersPerClass
                    + ") must be smaller or equal 2**n_informative(" + nInformative + ")=" + (1L << nInformative));
        }
        if (weights != null && weights.length != nClasses && weights.length != nClasses - 1) {
            throw PyException.valueError("Weights specified but incompatible with number of classes.");
        }
        double[] w = new double[nClasses];
        if (weights == null) {
            for (int k = 0; k < nClasses; k++) {
                w[k] = 1.0 / nClasses;
            }
        } else {
            double sum = 0.0;
            for (int k = 0; k < weights.length; k++) {
                w[k] = weights[k];
                sum += weights[k];
            }
            if (weights.length == nClasses - 1) {
                w[nClasses - 1] = 1.0 - sum;
            }
        }
        int nClusters = (int) clusters;
        int nUseless = nFeatures - nInformative - nRedundant - nRepeated;
        int[] perCluster = new int[nClusters];
        int assigned = 0;
        for (int k = 0; k < nClusters; k++) {
            perCluster[k] = (int) (nSamples * w[k % nClasses] / nClustersPerClass);
            assigned += perCluster[k];
        }
        for (int i = 0; i < nSamples - assigned; i++) {
            perCluster[i % nClusters]++;
        }
        int m = nFeatures;
        double[] x = new double[nSamples * m];
        long[] y = new long[nSamples];

        double[] centroids = hypercubeVertices(nClusters, nInformative, rng);
        for (int i = 0; i < centroids.length; i++) {
            centroids[i] = (2 * classSep) * centroids[i] - classSep; // compound operand first: TEAVM_ORDER
        }
        if (!hypercube) {
            double[] byCluster = uniforms(nClusters, rng);
            double[] byFeature = uniforms(nInformative, rng);
            for (int k = 0; k < nClusters; k++) {
                for (int j = 0; j < nInformative; j++) {
                    centroids[k * nInformative + j] = centroids[k * nInformative + j] * byCluster[k] * byFeature[j];
                }
            }
        }
        for (int i = 0; i < nSamples; i++) {
            for (int j = 0; j < nInformative; j++) {
                x[i * m + j] = rng.nextGaussian();
            }
        }
        int stop = 0;
        double[] row = new double[nInformative];
        for (int k = 0; k < nClusters; k++) {
            int start = stop;
            stop += perCluster[k];
            double[] a = new double[nInformative * nInformative];
            for (int t = 0; t < a.length; t++) {
                a[t] = 2 * rng.nextDouble() - 1; // a random covariance for this cluster
            }
            for (int i = start; i < stop; i++) {
                y[i] = k % nClasses;
                System.arraycopy(x, i * m, row, 0, nInformative);
                for (int j = 0; j < nInformative; j++) {
                    double s = 0.0;
                    for (int t = 0; t < nInformative; t++) {
                        s += row[t] * a[t * nInformative + j];
                    }
                    x[i * m + j] = s + centroids[k * nInformative + j];
                }
            }
        }
        if (nRedundant > 0) {
            double[] b = new double[nInformative * nRedundant];
            for (int t = 0; t < b.length; t++) {
                b[t] = 2 * rng.nextDouble() - 1;
            }
            for (int i = 0; i < nSamples; i++) {
                for (int j = 0; j < nRedundant; j++) {
                    double s = 0.0;
                    for (int t = 0; t < nInformative; t++) {
                        s += x[i * m + t] * b[t * nRedundant + j];
                    }
                    x[i * m + nInformative + j] = s;
                }
            }
        }
        if (nRepeated > 0) {
            int base = nInformative + nRedundant;
            int[] source = new int[nRepeated];
            for (int r = 0; r < nRepeated; r++) {
                source[r] = (int) ((base - 1) * rng.nextDouble() + 0.5);
            }
            for (int i = 0; i < nSamples; i++) {
                for (int r = 0; r < nRepeated; r++) {
                    x[i * m + base + r] = x[i * m + source[r]];
                }
            }
        }
        if (nUseless > 0) {
            for (int i = 0; i < nSamples; i++) {
                for (int j = m - nUseless; j < m; j++) {
                    x[i * m + j] = rng.nextGaussian();
                }
            }
        }
        if (flipY >= 0.0) {
            boolean[] flip = new boolean[nSamples];
            for (int i = 0; i < nSamples; i++) {
                flip[i] = rng.nextDouble() < flipY;
            }
            for (int i = 0; i < nSamples; i++) {
                if (flip[i]) {
                    y[i] = rng.nextInt(nClasses);
                }
            }
        }
        double[] shifts = new double[m];
        double[] scales = new double[m];
        for (int j = 0; j < m; j++) {
            shifts[j] = shift == null ? (2 * rng.nextDouble() - 1) * classSep : shift;
        }
        for (int j = 0; j < m; j++) {
            scales[j] = scale == null ? 100 * rng.nextDouble() + 1 : scale;
        }
        for (int i = 0; i < nSamples; i++) {
            for (int j = 0; j < m; j++) {
                x[i * m + j] = (x[i * m + j] + shifts[j]) * scales[j];
            }
        }
        if (shuffle) {
            int[] p = rng.permutation(nSamples);
            x = takeRows(x, m, p);
            y = takeLabels(y, p);
            x = takeColumns(x, nSamples, m, rng.permutation(m));
        }
        return new Generated(x, nSamples, m, y, null, 0, null, 0, 0);
    }

    /**
     * make_regression: standard normal features; a linear model whose first {@code nInformative} coefficients are
     * uniform in [0, 100) (the rest 0) gives {@code y = X · coef + bias}, plus Gaussian noise of standard deviation
     * {@code noise}; then rows and feature columns are shuffled (the coefficients with them). The coefficients are
     * returned in {@code extra} ({@code nFeatures × nTargets}).
     */
    public static Generated makeRegression(int nSamples, int nFeatures, int nInformative, int nTargets,
            double bias, double noise, boolean shuffle, SeededRandom rng) {
        String caller = "make_regression";
        Params.intAtLeast(caller, "n_samples", nSamples, 1, "");
        Params.intAtLeast(caller, "n_features", nFeatures, 1, "");
        Params.intAtLeast(caller, "n_informative", nInformative, 0, "");
        Params.intAtLeast(caller, "n_targets", nTargets, 1, "");
        int informative = Math.min(nFeatures, nInformative);
        int m = nFeatures;
        double[] x = new double[nSamples * m];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextGaussian();
        }
        double[] coef = new double[m * nTargets];
        for (int t = 0; t < informative * nTargets; t++) {
            coef[t] = 100 * rng.nextDouble();
        }
        double[] y = new double[nSamples * nTargets];
        for (int i = 0; i < nSamples; i++) {
            for (int k = 0; k < nTargets; k++) {
                double s = 0.0;
                for (int j = 0; j < m; j++) {
                    s += x[i * m + j] * coef[j * nTargets + k];
                }
                y[i * nTargets + k] = s + bias;
            }
        }
        if (noise > 0.0) {
            for (int i = 0; i < y.length; i++) {
                y[i] += rng.normal(0.0, noise);
            }
        }
        if (shuffle) {
            int[] p = rng.permutation(nSamples);
            x = takeRows(x, m, p);
            y = takeRows(y, nTargets, p);
            int[] columns = rng.permutation(m);
            x = takeColumns(x, nSamples, m, columns);
            coef = takeRows(coef, nTargets, columns);
        }
        return new Generated(x, nSamples, m, null, y, nTargets, coef, m, nTargets);
    }

    /**
     * numpy's {@code linspace}: {@code start + i * step} with {@code step = (stop - start) / div}, the last point
     * set to {@code stop} exactly when the end point is included.
     */
    static double[] linspace(double start, double stop, int num, boolean endpoint) {
        double[] out = new double[num];
        int div = endpoint ? num - 1 : num;
        double step = div > 0 ? (stop - start) / div : stop - start; // numpy multiplies by the span when div is 0
        for (int i = 0; i < num; i++) {
            out[i] = i * step + start;
        }
        if (endpoint && num > 1) {
            out[num - 1] = stop;
        }
        return out;
    }

    /**
     * {@code count} distinct vertices of the {@code dims}-dimensional unit hypercube, as 0/1 coordinates
     * (row-major): scikit-learn's {@code _generate_hypercube}, which draws distinct integers below 2^dims and
     * spells them in binary, most significant bit first; beyond 30 dimensions the leading coordinates are plain
     * random bits.
     */
    static double[] hypercubeVertices(int count, int dims, SeededRandom rng) {
        double[] out = new double[count * dims];
        int extra = Math.max(0, dims - 30);
        for (int i = 0; i < count; i++) {
            for (int j = 0; j < extra; j++) {
                out[i * dims + j] = rng.nextInt(2);
            }
        }
        int bits = dims - extra;
        Set<Integer> used = new HashSet<>();
        for (int i = 0; i < count; i++) {
            int v;
            do {
                v = rng.nextInt(1 << bits);
            } while (!used.add(v));
            for (int j = 0; j < bits; j++) {
                out[i * dims + extra + j] = (v >>> (bits - 1 - j)) & 1;
            }
        }
        return out;
    }

    private static double[] uniforms(int n, SeededRandom rng) {
        double[] u = new double[n];
        for (int i = 0; i < n; i++) {
            u[i] = rng.nextDouble();
        }
        return u;
    }

    static double[] takeRows(double[] x, int cols, int[] order) {
        double[] out = new double[x.length];
        for (int i = 0; i < order.length; i++) {
            System.arraycopy(x, order[i] * cols, out, i * cols, cols);
        }
        return out;
    }

    static long[] takeLabels(long[] y, int[] order) {
        long[] out = new long[y.length];
        for (int i = 0; i < order.length; i++) {
            out[i] = y[order[i]];
        }
        return out;
    }

    static double[] takeColumns(double[] x, int rows, int cols, int[] order) {
        double[] out = new double[x.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                out[i * cols + j] = x[i * cols + order[j]];
            }
        }
        return out;
    }
}
