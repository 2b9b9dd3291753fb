package seqplay.data.sklearn;

import seqplay.errors.PyException;
import seqplay.numpy.NdArray;

/**
 * {@code sklearn.preprocessing.MinMaxScaler(feature_range=(0, 1), clip=False)}: each feature mapped linearly so
 * that its training minimum goes to {@code low} and its maximum to {@code high}:
 * {@code x * scale_ + min_} with {@code scale_ = (high - low) / (data_max_ - data_min_)} and
 * {@code min_ = low - data_min_ * scale_}. A constant column (range 0) gets a range of 1. NaN values are ignored
 * in fit and kept in transform.
 *
 * <pre>{@code
 * scaler = MinMaxScaler(feature_range=(-1, 1))
 * X_scaled = scaler.fit_transform(X)
 * }</pre>
 */
public final class MinMaxScaler extends Scaler {
    private final double low;
    private final double high;
    private final String rangeRepr;
    private final boolean clip;
    private double[] dataMin;
    private double[] dataMax;
    private double[] dataRange;
    private double[] scale;
    private double[] min;

    /**
     * @param rangeRepr the feature range as Python prints the tuple the learner passed, e.g. {@code (-1, 1)};
     *                  used in {@code repr} and messages
     */
    public MinMaxScaler(double low, double high, String rangeRepr, boolean clip, Warnings warnings) {
        super(warnings);
        this.low = low;
        this.high = high;
        this.rangeRepr = rangeRepr;
        this.clip = clip;
    }

    public MinMaxScaler() {
        this(0, 1, "(0, 1)", false, Warnings.IGNORE);
    }

    @Override
    public String name() {
        return "MinMaxScaler";
    }

    @Override
    public String repr() {
        StringBuilder sb = new StringBuilder("MinMaxScaler(");
        boolean defaultRange = low == 0 && high == 1;
        if (!defaultRange) {
            sb.append("feature_range=").append(rangeRepr);
        }
        if (clip) {
            sb.append(defaultRange ? "" : ", ").append("clip=True");
        }
        return sb.append(')').toString();
    }

    @Override
    protected void validateParams() {
        if (!(low < high)) {
            throw PyException.valueError("Minimum of desired feature range must be smaller than maximum. Got "
                    + rangeRepr + ".");
        }
    }

    @Override
    protected void learn(double[] x, int rows, int cols) {
        dataMin = new double[cols];
        dataMax = new double[cols];
        dataRange = new double[cols];
        scale = new double[cols];
        min = new double[cols];
        for (int j = 0; j < cols; j++) {
            double lo = Double.NaN;
            double hi = Double.NaN;
            for (int i = 0; i < rows; i++) {
                double v = x[i * cols + j];
                if (v == v) {
                    lo = lo == lo ? Math.min(lo, v) : v;
                    hi = hi == hi ? Math.max(hi, v) : v;
                }
            }
            dataMin[j] = lo;
            dataMax[j] = hi;
            dataRange[j] = hi - lo;
            // _handle_zeros_in_scale without a mask: ranges below 10 * eps count as 0
            double range = handleZero(dataRange[j], dataRange[j] < 10 * 2.220446049250313e-16);
            scale[j] = (high - low) / range;
            min[j] = low - dataMin[j] * scale[j];
        }
    }

    @Override
    protected double forward(double v, int j) {
        double r = v * scale[j] + min[j];
        if (clip && r == r) {
            r = Math.max(low, Math.min(high, r));
        }
        return r;
    }

    @Override
    protected double inverse(double v, int j) {
        return (v - min[j]) / scale[j];
    }

    public NdArray dataMin() {
        return vector(dataMin);
    }

    public NdArray dataMax() {
        return vector(dataMax);
    }

    public NdArray dataRange() {
        return vector(dataRange);
    }

    /** {@code scale_}: the factor per feature. */
    public NdArray scale() {
        return vector(scale);
    }

    /** {@code min_}: the offset per feature. */
    public NdArray min() {
        return vector(min);
    }
}
