package seqplay.utils;

import seqplay.errors.PyException;
import seqplay.tensor.Tensor;

/**
 * {@code keras.utils.to_categorical}: class indices to one-hot rows.
 *
 * <p>As Keras 3: values are cast to int64 (floats truncated toward zero), a trailing axis of size 1 is dropped,
 * {@code num_classes} defaults to {@code max + 1}, the result is float64 with the class axis last, negative labels
 * count from the end (numpy indexing) and a label ≥ num_classes raises numpy's IndexError.
 *
 * <pre>{@code
 * y = keras.utils.to_categorical([0, 2, 1])    # [[1., 0., 0.], [0., 0., 1.], [0., 1., 0.]]
 * }</pre>
 */
public final class Categorical {
    private Categorical() {
    }

    /**
     * @param labels     class indices of any shape
     * @param numClasses the number of classes, or {@code null}/0 to infer {@code max + 1}
     */
    public static Tensor toCategorical(Tensor labels, Integer numClasses) {
        double[] values = labels.data();
        int[] inShape = labels.shape();
        int rank = inShape.length;
        if (rank > 1 && inShape[rank - 1] == 1) {
            rank--;
        }
        long[] ints = new long[values.length];
        long max = Long.MIN_VALUE;
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (v != v) {
                throw PyException.valueError("cannot convert float NaN to integer");
            }
            if (Double.isInfinite(v)) {
                throw new PyException("OverflowError", "cannot convert float infinity to integer");
            }
            ints[i] = (long) v; // truncation toward zero, as numpy's cast to int64
            max = Math.max(max, ints[i]);
        }
        int classes;
        if (numClasses == null || numClasses == 0) {
            if (values.length == 0) {
                throw PyException.valueError("zero-size array to reduction operation maximum which has no identity");
            }
            classes = (int) (max + 1);
        } else {
            classes = numClasses;
        }
        if (classes <= 0) {
            throw PyException.valueError("negative dimensions are not allowed");
        }
        double[] out = new double[values.length * classes];
        for (int i = 0; i < ints.length; i++) {
            long c = ints[i];
            if (c >= classes || c < -classes) {
                throw PyException.indexError("index " + c + " is out of bounds for axis 1 with size " + classes);
            }
            int col = (int) (c < 0 ? c + classes : c);
            out[i * classes + col] = 1.0;
        }
        int[] outShape = new int[rank + 1];
        System.arraycopy(inShape, 0, outShape, 0, rank);
        outShape[rank] = classes;
        return new Tensor(outShape, out);
    }
}
