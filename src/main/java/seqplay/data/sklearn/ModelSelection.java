package seqplay.data.sklearn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import seqplay.data.pandas.DataFrame;
import seqplay.data.pandas.Series;
import seqplay.errors.PyException;
import seqplay.format.PyFloat;
import seqplay.numpy.NdArray;
import seqplay.random.SeededRandom;

/**
 * {@code sklearn.model_selection.train_test_split}: rows split at random into a training and a test part, with
 * scikit-learn's sizes and checks.
 *
 * <p>Sizes: {@code test_size} (default 0.25 when neither size is given) as a fraction rounds up
 * ({@code ceil(0.25 * 150) = 38}), {@code train_size} as a fraction rounds down; an int is a row count; the other
 * part gets the rest. Shuffling draws one permutation, test rows first ({@code ShuffleSplit}); with
 * {@code stratify=y} each class is split in proportion ({@code StratifiedShuffleSplit}, including its
 * tie-breaking of leftover rows). DataFrames and Series keep their row labels; lists stay lists.
 *
 * <p>numpy note: the permutation comes from the playground's generator, so {@code random_state=42} splits
 * differently from scikit-learn (but the same on every run and target).
 *
 * <pre>{@code
 * X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42, stratify=y)
 * }</pre>
 */
public final class ModelSelection {
    private ModelSelection() {
    }

    /**
     * @param arrays    the inputs, each an NdArray, DataFrame, Series or list
     * @param testSize  null, a Long (rows) or a Double (fraction)
     * @param trainSize null, a Long or a Double
     * @param rng       the generator chosen by {@link RandomStates#resolve}
     * @param stratify  null or class labels, one per row
     * @return train and test parts in the order {@code a_train, a_test, b_train, b_test, …}
     */
    public static List<Object> trainTestSplit(List<Object> arrays, Object testSize, Object trainSize,
            SeededRandom rng, boolean shuffle, Object stratify) {
        if (arrays.isEmpty()) {
            throw PyException.valueError("At least one array required as input");
        }
        checkSizeType("test_size", testSize);
        checkSizeType("train_size", trainSize);
        List<Integer> lengths = new ArrayList<>();
        for (Object a : arrays) {
            lengths.add(length(a));
        }
        Checks.consistentLength(lengths);
        int n = lengths.get(0);
        int[] sizes = sizes(n, testSize, trainSize);
        int nTrain = sizes[0];
        int nTest = sizes[1];
        int[] train;
        int[] test;
        if (!shuffle) {
            if (stratify != null) {
                throw PyException.valueError("Stratified train/test split is not implemented for shuffle=False");
            }
            train = range(0, nTrain);
            test = range(nTrain, nTrain + nTest);
        } else if (stratify == null) {
            int[] p = rng.permutation(n);
            test = Arrays.copyOfRange(p, 0, nTest);
            train = Arrays.copyOfRange(p, nTest, nTest + nTrain);
        } else {
            int[][] parts = stratified(stratify, n, nTrain, nTest, rng);
            train = parts[0];
            test = parts[1];
        }
        List<Object> out = new ArrayList<>();
        for (Object a : arrays) {
            out.add(take(a, train));
            out.add(take(a, test));
        }
        return out;
    }

    /** validate_params for test_size/train_size: a float in (0.0, 1.0), an int ≥ 1 or None. */
    private static void checkSizeType(String name, Object v) {
        boolean ok = v == null || (v instanceof Double d && d > 0 && d < 1) || (v instanceof Long l && l >= 1);
        if (!ok) {
            throw new PyException("sklearn.utils._param_validation.InvalidParameterError", "The '" + name
                    + "' parameter of train_test_split must be a float in the range (0.0, 1.0), an int in the range"
                    + " [1, inf) or None. Got " + show(v) + " instead.");
        }
    }

    private static String show(Object v) {
        if (v == null) {
            return "None";
        }
        if (v instanceof Double d) {
            return PyFloat.repr(d);
        }
        if (v instanceof String s) {
            return seqplay.format.PyStrings.repr(s);
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        return String.valueOf(v);
    }

    /** sklearn's {@code _validate_shuffle_split}: {n_train, n_test}. */
    static int[] sizes(int n, Object testSize, Object trainSize) {
        if (testSize == null && trainSize == null) {
            testSize = 0.25;
        }
        if (testSize instanceof Long t && t >= n) {
            throw PyException.valueError("test_size=" + t + " should be either positive and smaller than the number"
                    + " of samples " + n + " or a float in the (0, 1) range");
        }
        if (trainSize instanceof Long t && t >= n) {
            throw PyException.valueError("train_size=" + t + " should be either positive and smaller than the"
                    + " number of samples " + n + " or a float in the (0, 1) range");
        }
        if (testSize instanceof Double a && trainSize instanceof Double b && a + b > 1) {
            throw PyException.valueError("The sum of test_size and train_size = " + PyFloat.repr(a + b)
                    + ", should be in the (0, 1) range. Reduce test_size and/or train_size.");
        }
        double nTest = 0;
        double nTrain = 0;
        if (testSize instanceof Double d) {
            nTest = Math.ceil(d * n);
        } else if (testSize instanceof Long l) {
            nTest = l;
        }
        if (trainSize instanceof Double d) {
            nTrain = Math.floor(d * n);
        } else if (trainSize instanceof Long l) {
            nTrain = l;
        }
        if (trainSize == null) {
            nTrain = n - nTest;
        } else if (testSize == null) {
            nTest = n - nTrain;
        }
        if (nTrain + nTest > n) {
            throw PyException.valueError("The sum of train_size and test_size = " + (long) (nTrain + nTest)
                    + ", should be smaller than the number of samples " + n + ". Reduce test_size and/or"
                    + " train_size.");
        }
        if ((int) nTrain == 0) {
            throw PyException.valueError("With n_samples=" + n + ", test_size=" + show(testSize) + " and train_size="
                    + show(trainSize) + ", the resulting train set will be empty. Adjust any of the aforementioned"
                    + " parameters.", "sklearn.empty_train");
        }
        return new int[] {(int) nTrain, (int) nTest};
    }

    /** {@code StratifiedShuffleSplit}'s first split. */
    private static int[][] stratified(Object stratify, int n, int nTrain, int nTest, SeededRandom rng) {
        ArrayLike y = ArrayLike.of(stratify);
        Object[] keys = new Object[y.rows()];
        if (y.ndim() == 2) {
            // sklearn joins the values of each row into a string, so one-hot rows are classes
            int m = y.shape[1];
            for (int i = 0; i < keys.length; i++) {
                StringBuilder sb = new StringBuilder();
                for (int j = 0; j < m; j++) {
                    sb.append(j > 0 ? " " : "").append(Metrics.labelText(y.value(i * m + j)));
                }
                keys[i] = sb.toString();
            }
        } else {
            for (int i = 0; i < keys.length; i++) {
                keys[i] = y.value(i);
            }
        }
        if (keys.length != n) {
            throw PyException.valueError("Found input variables with inconsistent numbers of samples: [" + n + ", "
                    + keys.length + "]");
        }
        List<Object> classes = Targets.unique(keys);
        classes.sort(Targets::compare);
        int k = classes.size();
        int[] classOf = new int[n];
        int[] counts = new int[k];
        for (int i = 0; i < n; i++) {
            classOf[i] = Targets.indexOf(classes, keys[i]);
            counts[classOf[i]]++;
        }
        int least = Integer.MAX_VALUE;
        for (int c : counts) {
            least = Math.min(least, c);
        }
        if (least < 2) {
            throw PyException.valueError("The least populated class in y has only 1 member, which is too few. The"
                    + " minimum number of groups for any class cannot be less than 2.", "sklearn.stratify_small");
        }
        if (nTrain < k) {
            throw PyException.valueError("The train_size = " + nTrain + " should be greater or equal to the number of"
                    + " classes = " + k);
        }
        if (nTest < k) {
            throw PyException.valueError("The test_size = " + nTest + " should be greater or equal to the number of"
                    + " classes = " + k);
        }
        // rows of each class in order (np.argsort(kind='mergesort') of the class ids is stable)
        int[][] members = new int[k][];
        int[] fill = new int[k];
        for (int c = 0; c < k; c++) {
            members[c] = new int[counts[c]];
        }
        for (int i = 0; i < n; i++) {
            members[classOf[i]][fill[classOf[i]]++] = i;
        }
        int[] trainPer = approximateMode(counts, nTrain, rng);
        int[] remaining = new int[k];
        for (int c = 0; c < k; c++) {
            remaining[c] = counts[c] - trainPer[c];
        }
        int[] testPer = approximateMode(remaining, nTest, rng);
        List<Integer> train = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            int[] p = rng.permutation(counts[c]);
            for (int t = 0; t < trainPer[c]; t++) {
                train.add(members[c][p[t]]);
            }
            for (int t = trainPer[c]; t < trainPer[c] + testPer[c]; t++) {
                test.add(members[c][p[t]]);
            }
        }
        return new int[][] {permuted(train, rng), permuted(test, rng)};
    }

    private static int[] permuted(List<Integer> rows, SeededRandom rng) {
        int[] p = rng.permutation(rows.size());
        int[] out = new int[rows.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = rows.get(p[i]);
        }
        return out;
    }

    /**
     * sklearn's {@code _approximate_mode}: each class gets the floor of its share of {@code draws}; the rows left
     * over go to the classes with the largest remainders, ties broken at random.
     */
    static int[] approximateMode(int[] classCounts, int draws, SeededRandom rng) {
        int k = classCounts.length;
        double total = 0;
        for (int c : classCounts) {
            total += c;
        }
        double[] continuous = new double[k];
        int[] floored = new int[k];
        double flooredSum = 0;
        for (int c = 0; c < k; c++) {
            continuous[c] = classCounts[c] / total * draws;
            floored[c] = (int) Math.floor(continuous[c]);
            flooredSum += floored[c];
        }
        int need = (int) (draws - flooredSum);
        if (need > 0) {
            double[] remainder = new double[k];
            List<Double> values = new ArrayList<>();
            for (int c = 0; c < k; c++) {
                remainder[c] = continuous[c] - floored[c];
                if (!values.contains(remainder[c])) {
                    values.add(remainder[c]);
                }
            }
            values.sort((a, b) -> Double.compare(b, a));
            for (double value : values) {
                List<Integer> inds = new ArrayList<>();
                for (int c = 0; c < k; c++) {
                    if (remainder[c] == value) {
                        inds.add(c);
                    }
                }
                int addNow = Math.min(inds.size(), need);
                int[] pick = rng.permutation(inds.size()); // rng.choice(inds, size=add_now, replace=False)
                for (int t = 0; t < addNow; t++) {
                    floored[inds.get(pick[t])]++;
                }
                need -= addNow;
                if (need == 0) {
                    break;
                }
            }
        }
        return floored;
    }

    private static int[] range(int from, int to) {
        int[] r = new int[to - from];
        for (int i = 0; i < r.length; i++) {
            r[i] = from + i;
        }
        return r;
    }

    /** {@code _num_samples}. */
    static int length(Object a) {
        if (a instanceof NdArray arr) {
            if (arr.ndim() == 0) {
                throw PyException.typeError("Singleton array array(" + arr.str() + ") cannot be considered a valid"
                        + " collection.");
            }
            return arr.shape()[0];
        }
        if (a instanceof DataFrame df) {
            return df.rows();
        }
        if (a instanceof Series s) {
            return s.size();
        }
        if (a instanceof List<?> l) {
            return l.size();
        }
        throw PyException.typeError("Expected sequence or array-like, got " + (a == null ? "<class 'NoneType'>"
                : "<class '" + a.getClass().getSimpleName() + "'>"));
    }

    /** {@code _safe_indexing(a, rows)}: the same kind of container with those rows. */
    static Object take(Object a, int[] rows) {
        if (a instanceof NdArray arr) {
            int[] shape = arr.shape();
            int row = arr.size() / Math.max(1, shape[0]);
            double[] out = new double[rows.length * row];
            for (int i = 0; i < rows.length; i++) {
                System.arraycopy(arr.data(), rows[i] * row, out, i * row, row);
            }
            shape[0] = rows.length;
            return new NdArray(arr.dtype(), shape, out);
        }
        if (a instanceof DataFrame df) {
            return df.take(rows);
        }
        if (a instanceof Series s) {
            return s.take(rows);
        }
        List<?> l = (List<?>) a;
        List<Object> out = new ArrayList<>();
        for (int r : rows) {
            out.add(l.get(r));
        }
        return out;
    }
}
