package seqplay.data.sklearn;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import seqplay.errors.PyException;
import seqplay.numpy.NdArray;

/** scikit-learn's input validation ({@code check_array}, {@code check_consistent_length}) with its messages. */
final class Checks {
    private Checks() {
    }

    /** The 2-D float input an estimator works on, with sklearn's errors for other shapes. */
    static ArrayLike matrix(Object x, String estimator) {
        ArrayLike a = ArrayLike.of(x);
        if (a.ndim() == 0 || a.ndim() == 1) {
            NdArray shown = a.asFloatArray();
            String kind = a.ndim() == 0 ? "scalar" : "1D";
            throw PyException.valueError("Expected 2D array, got " + kind + " array instead:\narray=" + shown.str()
                    + ".\nReshape your data either using array.reshape(-1, 1) if your data has a single feature or"
                    + " array.reshape(1, -1) if it contains a single sample.", "sklearn.expected_2d");
        }
        if (a.ndim() > 2) {
            throw PyException.valueError("Found array with dim " + a.ndim() + ". " + estimator + " expected <= 2.");
        }
        if (a.shape[0] < 1) {
            throw PyException.valueError("Found array with 0 sample(s) (shape=" + tuple(a.shape)
                    + ") while a minimum of 1 is required by " + estimator + ".");
        }
        if (a.shape[1] < 1) {
            throw PyException.valueError("Found array with 0 feature(s) (shape=" + tuple(a.shape)
                    + ") while a minimum of 1 is required by " + estimator + ".");
        }
        for (double v : a.floats()) {
            if (Double.isInfinite(v)) {
                throw PyException.valueError("Input X contains infinity or a value too large for"
                        + " dtype('float64').");
            }
        }
        return a;
    }

    /** Python's repr of a shape tuple: {@code (3, 4)}, {@code (3,)}. */
    static String tuple(int[] shape) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            sb.append(i > 0 ? ", " : "").append(shape[i]);
        }
        return sb.append(shape.length == 1 ? ",)" : ")").toString();
    }

    /** {@code check_consistent_length}: every input has the same number of samples. */
    static void consistentLength(List<Integer> lengths) {
        for (int n : lengths) {
            if (n != lengths.get(0)) {
                List<String> parts = new ArrayList<>();
                for (int k : lengths) {
                    parts.add(String.valueOf(k));
                }
                throw PyException.valueError("Found input variables with inconsistent numbers of samples: ["
                        + String.join(", ", parts) + "]", "sklearn.inconsistent_length");
            }
        }
    }

    /**
     * sklearn's {@code _check_feature_names} at transform time: a mismatch of names raises, a change between
     * named and unnamed input warns.
     */
    static void featureNames(List<String> fitted, List<String> now, String estimator, Warnings warnings) {
        if (fitted == null && now == null) {
            return;
        }
        if (fitted != null && now == null) {
            warnings.warn("UserWarning", "X does not have valid feature names, but " + estimator
                    + " was fitted with feature names");
            return;
        }
        if (fitted == null) {
            warnings.warn("UserWarning", "X has feature names, but " + estimator
                    + " was fitted without feature names");
            return;
        }
        if (fitted.equals(now)) {
            return;
        }
        StringBuilder message = new StringBuilder("The feature names should match those that were passed during"
                + " fit.\n");
        TreeSet<String> unexpected = new TreeSet<>(now);
        unexpected.removeAll(fitted);
        TreeSet<String> missing = new TreeSet<>(fitted);
        missing.removeAll(now);
        if (!unexpected.isEmpty()) {
            message.append("Feature names unseen at fit time:\n").append(names(unexpected));
        }
        if (!missing.isEmpty()) {
            message.append("Feature names seen at fit time, yet now missing:\n").append(names(missing));
        }
        if (unexpected.isEmpty() && missing.isEmpty()) {
            message.append("Feature names must be in the same order as they were in fit.\n");
        }
        throw PyException.valueError(message.toString());
    }

    private static String names(TreeSet<String> names) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        for (String n : names) {
            if (i++ >= 5) {
                sb.append("- ...\n");
                break;
            }
            sb.append("- ").append(n).append('\n');
        }
        return sb.toString();
    }
}
