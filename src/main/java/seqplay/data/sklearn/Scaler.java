package seqplay.data.sklearn;

import java.util.List;
import seqplay.errors.PyException;
import seqplay.numpy.DType;
import seqplay.numpy.NdArray;

/**
 * What StandardScaler and MinMaxScaler share: fitted state, scikit-learn's checks at transform time, and
 * {@code fit_transform}.
 */
public abstract class Scaler {
    /** sklearn's {@code n_features_in_}, or -1 before fit. */
    protected int nFeatures = -1;
    protected long nSamplesSeen;
    protected List<String> featureNames;
    protected final Warnings warnings;

    protected Scaler(Warnings warnings) {
        this.warnings = warnings;
    }

    /** The class name sklearn prints. */
    public abstract String name();

    /** {@code repr(scaler)}: the class name and the parameters that differ from the defaults. */
    public abstract String repr();

    public boolean isFitted() {
        return nFeatures >= 0;
    }

    /** {@code fit(X)}: learns the per-column statistics. Returns this scaler (sklearn returns {@code self}). */
    public Scaler fit(Object x) {
        validateParams();
        ArrayLike a = Checks.matrix(x, name());
        nFeatures = a.shape[1];
        nSamplesSeen = a.shape[0];
        featureNames = a.featureNames;
        learn(a.floats(), a.shape[0], a.shape[1]);
        return this;
    }

    /** {@code transform(X)}: a new float64 array (float32 stays float32, as in sklearn). */
    public NdArray transform(Object x) {
        return apply(x, false);
    }

    /** {@code inverse_transform(X)}: back to the original units. */
    public NdArray inverseTransform(Object x) {
        return apply(x, true);
    }

    /** {@code fit_transform(X)}: fit then transform the same data. */
    public NdArray fitTransform(Object x) {
        fit(x);
        return transform(x);
    }

    private NdArray apply(Object x, boolean inverse) {
        requireFitted();
        ArrayLike a = Checks.matrix(x, name());
        if (!inverse) {
            Checks.featureNames(featureNames, a.featureNames, name(), warnings);
        }
        if (a.shape[1] != nFeatures) {
            throw PyException.valueError("X has " + a.shape[1] + " features, but " + name() + " is expecting "
                    + nFeatures + " features as input.");
        }
        double[] out = a.floats().clone();
        int m = nFeatures;
        for (int i = 0; i < out.length; i++) {
            int j = i % m;
            out[i] = inverse ? inverse(out[i], j) : forward(out[i], j);
        }
        boolean f32 = x instanceof NdArray arr && arr.dtype() == DType.FLOAT32;
        DType type = f32 ? DType.FLOAT32 : DType.FLOAT64;
        if (f32) {
            for (int i = 0; i < out.length; i++) {
                out[i] = type.cast(out[i]);
            }
        }
        return new NdArray(type, a.shape.clone(), out);
    }

    /** Checks of the constructor arguments, which scikit-learn runs first thing in fit. */
    protected void validateParams() {
    }

    protected abstract void learn(double[] x, int rows, int cols);

    protected abstract double forward(double v, int column);

    protected abstract double inverse(double v, int column);

    /** sklearn's {@code check_is_fitted}. */
    protected void requireFitted() {
        if (!isFitted()) {
            throw new PyException("sklearn.exceptions.NotFittedError", "This " + name() + " instance is not fitted"
                    + " yet. Call 'fit' with appropriate arguments before using this estimator.",
                    "sklearn.not_fitted");
        }
    }

    /** A fitted per-feature attribute as a 1-D float64 array. */
    protected NdArray vector(double[] values) {
        requireFitted();
        return new NdArray(DType.FLOAT64, new int[] {values.length}, values.clone());
    }

    public int nFeaturesIn() {
        requireFitted();
        return nFeatures;
    }

    public long nSamplesSeen() {
        requireFitted();
        return nSamplesSeen;
    }

    /** {@code feature_names_in_}, or null when fitted on data without text column names. */
    public List<String> featureNamesIn() {
        requireFitted();
        return featureNames;
    }

    /**
     * sklearn's {@code _handle_zeros_in_scale}: a scale that is (almost) 0 becomes 1, so constant columns are
     * left unscaled instead of divided by zero.
     */
    static double handleZero(double scale, boolean constant) {
        return constant ? 1.0 : scale;
    }
}
