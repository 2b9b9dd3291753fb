package seqplay.data.sklearn;

import seqplay.numpy.DType;
import seqplay.numpy.NdArray;

/**
 * {@code sklearn.preprocessing.StandardScaler}: each feature centred on its mean and divided by its standard
 * deviation, {@code z = (x - mean_) / scale_}.
 *
 * <p>Statistics as scikit-learn computes them ({@code _incremental_mean_and_var} on a first fit): the population
 * variance ({@code ddof=0}) by the corrected two-pass formula {@code (Σ(x-m)² - (Σ(x-m))²/n) / n}, with column
 * sums in numpy's order (row by row; pairwise for a single column); NaN values are ignored in fit and kept in
 * transform. A constant column (variance within rounding of 0) gets {@code scale_ = 1}.
 *
 * <pre>{@code
 * scaler = StandardScaler()
 * X_train = scaler.fit_transform(X_train)
 * X_test = scaler.transform(X_test)      # the training set's mean_ and scale_
 * }</pre>
 */
public final class StandardScaler extends Scaler {
    private final boolean withMean;
    private final boolean withStd;
    private double[] mean;
    private double[] var;
    private double[] scale;

    public StandardScaler(boolean withMean, boolean withStd, Warnings warnings) {
        super(warnings);
        this.withMean = withMean;
        this.withStd = withStd;
    }

    public StandardScaler() {
        this(true, true, Warnings.IGNORE);
    }

    @Override
    public String name() {
        return "StandardScaler";
    }

    @Override
    public String repr() {
        StringBuilder sb = new StringBuilder("StandardScaler(");
        if (!withMean) {
            sb.append("with_mean=False");
        }
        if (!withStd) {
            sb.append(withMean ? "" : ", ").append("with_std=False");
        }
        return sb.append(')').toString();
    }

    @Override
    protected void learn(double[] x, int rows, int cols) {
        double[] sum = new double[cols];
        int[] count = new int[cols];
        columnSums(x, rows, cols, sum, count, null);
        mean = new double[cols];
        var = new double[cols];
        scale = new double[cols];
        for (int j = 0; j < cols; j++) {
            mean[j] = sum[j] / count[j];
        }
        double[] correction = new double[cols];
        double[] squares = new double[cols];
        double[] t = new double[cols];
        for (int j = 0; j < cols; j++) {
            t[j] = sum[j] / count[j];
        }
        columnSums(x, rows, cols, correction, null, t);
        double[] dev2 = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double d = x[i] - t[i % cols];
            dev2[i] = d * d;
        }
        columnSums(dev2, rows, cols, squares, null, null);
        for (int j = 0; j < cols; j++) {
            double unnormalized = squares[j] - correction[j] * correction[j] / count[j];
            var[j] = unnormalized / count[j];
            // _is_constant_feature: var <= n * eps * var + (n * mean * eps)^2
            double eps = 2.220446049250313e-16;
            double n = count[j];
            double nme = n * mean[j] * eps;
            double bound = n * eps * var[j] + nme * nme;
            scale[j] = handleZero(Math.sqrt(var[j]), var[j] <= bound);
        }
        if (count.length > 0) {
            nSamplesSeen = count[0];
        }
    }

    /**
     * Column sums of {@code x - shift} (shift null: of x) ignoring NaN, by numpy's own axis-0 sum (row after row;
     * a single column is one contiguous run, summed pairwise).
     */
    static void columnSums(double[] x, int rows, int cols, double[] out, int[] count, double[] shift) {
        double[] v = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double xi = x[i];
            boolean nan = xi != xi;
            v[i] = nan ? 0.0 : (shift == null ? xi : xi - shift[i % cols]);
            if (count != null && !nan) {
                count[i % cols]++;
            }
        }
        double[] sums = new NdArray(DType.FLOAT64, new int[] {rows, cols}, v).sum(0, false).data();
        System.arraycopy(sums, 0, out, 0, cols);
    }

    @Override
    protected double forward(double v, int j) {
        double r = withMean ? v - mean[j] : v;
        return withStd ? r / scale[j] : r;
    }

    @Override
    protected double inverse(double v, int j) {
        double r = withStd ? v * scale[j] : v;
        return withMean ? r + mean[j] : r;
    }

    /** {@code mean_} (None, null here, only when both with_mean and with_std are False). */
    public NdArray mean() {
        requireFitted();
        return withMean || withStd ? vector(mean) : null;
    }

    /** {@code var_}, the population variance (None when {@code with_std=False}). */
    public NdArray var() {
        requireFitted();
        return withStd ? vector(var) : null;
    }

    /** {@code scale_}, the standard deviation with constant columns at 1 (None when {@code with_std=False}). */
    public NdArray scale() {
        requireFitted();
        return withStd ? vector(scale) : null;
    }
}
