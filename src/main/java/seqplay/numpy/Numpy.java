package seqplay.numpy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import seqplay.errors.PyException;
import seqplay.format.PyStrings;
import seqplay.tensor.Tensor;

/**
 * The functions of {@code import numpy as np} that lessons use, on {@link NdArray}s. Python values arrive as Java
 * objects: {@link Double} (float), {@link Long}/{@link Integer} (int), {@link Boolean}, {@link List} or
 * {@code Object[]} (list/tuple), {@link NdArray}, {@link NpScalar}.
 *
 * <pre>{@code
 * x = np.array([[1, 2], [3, 4]])      // Numpy.array(List.of(List.of(1L, 2L), List.of(3L, 4L)), null)
 * np.zeros((2, 3))                    // Numpy.zeros(new int[] {2, 3}, DType.FLOAT64)
 * np.arange(0, 1, 0.25)               // array([0.  , 0.25, 0.5 , 0.75])
 * }</pre>
 */
public final class Numpy {
    private Numpy() {
    }

    // ---------------------------------------------------------------- creation

    /**
     * {@code np.array(obj, dtype=None)}: a new array from nested lists, scalars or arrays (always a copy).
     *
     * @param dtype the type to convert to, or {@code null} to infer (bool &lt; int64 &lt; float64)
     * @throws PyException numpy's {@code ValueError} for ragged nesting
     */
    public static NdArray array(Object obj, DType dtype) {
        NdArray a = asarray(obj);
        if (dtype != null && dtype != a.dtype()) {
            return a.astype(dtype);
        }
        return obj instanceof NdArray ? a.copy() : a;
    }

    /** {@code np.asarray(obj)}: the array itself when {@code obj} already is one. */
    public static NdArray asarray(Object obj) {
        if (obj instanceof NdArray a) {
            return a;
        }
        if (obj instanceof NpScalar s) {
            return NdArray.scalar(s.dtype(), s.value());
        }
        List<Integer> shape = new ArrayList<>();
        Object probe = obj;
        while (isSequence(probe)) {
            List<?> l = asList(probe);
            shape.add(l.size());
            if (l.isEmpty()) {
                break;
            }
            probe = l.get(0);
        }
        if (probe instanceof NdArray inner) {
            for (int d : inner.shape()) {
                shape.add(d);
            }
        }
        int[] s = new int[shape.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = shape.get(i);
        }
        double[] data = new double[Shapes.size(s)];
        DType[] kind = {null};
        int[] pos = {0};
        fill(obj, s, 0, data, pos, kind);
        DType dtype = kind[0] == null ? DType.FLOAT64 : kind[0];
        return new NdArray(dtype, s, data);
    }

    private static boolean isSequence(Object o) {
        return o instanceof List<?> || o instanceof Object[];
    }

    private static List<?> asList(Object o) {
        return o instanceof Object[] arr ? Arrays.asList(arr) : (List<?>) o;
    }

    private static void fill(Object o, int[] shape, int depth, double[] data, int[] pos, DType[] kind) {
        if (depth == shape.length) {
            if (isSequence(o)) {
                throw inhomogeneous(shape, depth);
            }
            double v;
            DType k;
            if (o instanceof Boolean b) {
                v = b ? 1 : 0;
                k = DType.BOOL;
            } else if (o instanceof Long || o instanceof Integer) {
                v = ((Number) o).doubleValue();
                k = DType.INT64;
            } else if (o instanceof BigInteger b) {
                v = b.doubleValue();
                k = DType.INT64;
            } else if (o instanceof Double d) {
                v = d;
                k = DType.FLOAT64;
            } else if (o instanceof NpScalar sc) {
                v = sc.value();
                k = sc.dtype();
            } else if (o instanceof NdArray a && a.ndim() == 0) {
                v = a.flat(0);
                k = a.dtype();
            } else if (o instanceof String str) {
                throw PyException.typeError("numpy arrays of strings are not supported in the playground: "
                        + PyStrings.repr(str));
            } else {
                throw PyException.typeError("cannot make a numpy array from " + (o == null ? "None" : "this value"));
            }
            kind[0] = kind[0] == null ? k : DType.promote(kind[0], k);
            data[pos[0]++] = v;
            return;
        }
        if (o instanceof NdArray a) {
            int rest = shape.length - depth;
            if (a.ndim() != rest || !Arrays.equals(a.shape(), Arrays.copyOfRange(shape, depth, shape.length))) {
                throw inhomogeneous(shape, depth);
            }
            System.arraycopy(a.data(), 0, data, pos[0], a.size());
            pos[0] += a.size();
            kind[0] = kind[0] == null ? a.dtype() : DType.promote(kind[0], a.dtype());
            return;
        }
        if (!isSequence(o)) {
            throw inhomogeneous(shape, depth);
        }
        List<?> l = asList(o);
        if (l.size() != shape[depth]) {
            throw inhomogeneous(shape, depth);
        }
        for (Object item : l) {
            fill(item, shape, depth + 1, data, pos, kind);
        }
    }

    private static PyException inhomogeneous(int[] shape, int depth) {
        int[] detected = Arrays.copyOf(shape, depth);
        return PyException.valueError("setting an array element with a sequence. The requested array has an "
                + "inhomogeneous shape after " + depth + " dimensions. The detected shape was "
                + Shapes.tuple(detected) + " + inhomogeneous part.");
    }

    /** {@code np.zeros(shape, dtype=float)}. */
    public static NdArray zeros(int[] shape, DType dtype) {
        return full(shape, 0, dtype);
    }

    /** {@code np.ones(shape, dtype=float)}. */
    public static NdArray ones(int[] shape, DType dtype) {
        return full(shape, 1, dtype);
    }

    /** {@code np.full(shape, value, dtype)}. */
    public static NdArray full(int[] shape, double value, DType dtype) {
        for (int d : shape) {
            if (d < 0) {
                throw PyException.valueError("negative dimensions are not allowed");
            }
        }
        double[] d = new double[Shapes.size(shape, dtype)];
        Arrays.fill(d, dtype.cast(value));
        return new NdArray(dtype, shape, d);
    }

    /**
     * {@code np.arange(start, stop, step)}: {@code ceil((stop - start) / step)} values {@code start + i*step};
     * int64 when every argument is an int, float64 otherwise.
     */
    public static NdArray arange(double start, double stop, double step, DType dtype) {
        if (step == 0) {
            throw new PyException("ZeroDivisionError", "division by zero");
        }
        double len = Math.ceil((stop - start) / step);
        if (len != len) {
            throw PyException.valueError("arange: cannot compute length");
        }
        if (len > Shapes.MAX_ELEMENTS) {
            Shapes.checkAllocation(len, "(" + seqplay.format.PyFormat.format(len, ".0f") + ",)", dtype);
        }
        int n = (int) Math.max(0, len);
        double[] d = new double[n];
        // numpy fills from the first two values: delta = (start + step) - start
        double delta = (start + step) - start;
        for (int i = 0; i < n; i++) {
            d[i] = dtype.cast(i == 0 ? start : start + i * delta);
        }
        return new NdArray(dtype, new int[] {n}, d);
    }

    /**
     * {@code np.linspace(start, stop, num=50, endpoint=True)}: {@code start + i*step} with the last value set to
     * {@code stop}, as numpy computes it.
     */
    public static NdArray linspace(double start, double stop, int num, boolean endpoint, DType dtype) {
        if (num < 0) {
            throw PyException.valueError("Number of samples, " + num + ", must be non-negative.");
        }
        Shapes.checkAllocation(num, "(" + num + ",)", dtype);
        int div = endpoint ? num - 1 : num;
        double delta = stop - start;
        double[] d = new double[num];
        double step = div > 0 ? delta / div : Double.NaN;
        for (int i = 0; i < num; i++) {
            double y;
            if (div > 0) {
                y = step == 0 ? (i / (double) div) * delta : i * step;
            } else {
                y = i * delta;
            }
            d[i] = y + start;
        }
        if (endpoint && num > 1) {
            d[num - 1] = stop;
        }
        DType t = dtype == null ? DType.FLOAT64 : dtype;
        for (int i = 0; i < num; i++) {
            d[i] = t.isInteger() ? Math.floor(d[i]) : t.cast(d[i]);
        }
        return new NdArray(t, new int[] {num}, d);
    }

    /** {@code np.eye(N, M=None, k=0, dtype=float)}. */
    public static NdArray eye(int n, Integer m, int k, DType dtype) {
        int cols = m == null ? n : m;
        NdArray a = zeros(new int[] {n, cols}, dtype);
        for (int i = 0; i < n; i++) {
            int j = i + k;
            if (j >= 0 && j < cols) {
                a.data()[i * cols + j] = 1;
            }
        }
        return a;
    }

    // ---------------------------------------------------------------- joining

    /**
     * {@code np.concatenate(arrays, axis=0)}.
     *
     * @throws PyException numpy's messages for mismatched dimensions
     */
    public static NdArray concatenate(List<NdArray> arrays, int axis) {
        if (arrays.isEmpty()) {
            throw PyException.valueError("need at least one array to concatenate");
        }
        NdArray first = arrays.get(0);
        int nd = first.ndim();
        if (nd == 0) {
            throw PyException.valueError("zero-dimensional arrays cannot be concatenated");
        }
        int ax = Shapes.axis(axis, nd);
        DType dtype = first.dtype();
        int total = 0;
        for (int i = 0; i < arrays.size(); i++) {
            NdArray a = arrays.get(i);
            if (a.ndim() != nd) {
                throw PyException.valueError("all the input arrays must have same number of dimensions, but the "
                        + "array at index 0 has " + nd + " dimension(s) and the array at index " + i + " has "
                        + a.ndim() + " dimension(s)");
            }
            for (int d = 0; d < nd; d++) {
                if (d != ax && a.shape()[d] != first.shape()[d]) {
                    throw PyException.valueError("all the input array dimensions except for the concatenation "
                            + "axis must match exactly, but along dimension " + d + ", the array at index 0 has size "
                            + first.shape()[d] + " and the array at index " + i + " has size " + a.shape()[d]);
                }
            }
            total += a.shape()[ax];
            dtype = DType.promote(dtype, a.dtype());
        }
        int[] shape = first.shape();
        shape[ax] = total;
        int outer = 1;
        for (int d = 0; d < ax; d++) {
            outer *= shape[d];
        }
        double[] out = new double[Shapes.size(shape)];
        int pos = 0;
        for (int o = 0; o < outer; o++) {
            for (NdArray a : arrays) {
                int chunk = a.size() / Math.max(outer, 1);
                if (outer == 0) {
                    continue;
                }
                for (int i = 0; i < chunk; i++) {
                    out[pos++] = dtype.cast(a.data()[o * chunk + i]);
                }
            }
        }
        return new NdArray(dtype, shape, out);
    }

    private static NdArray atLeast2d(NdArray a) {
        if (a.ndim() == 0) {
            return a.reshape(1, 1);
        }
        if (a.ndim() == 1) {
            return a.reshape(1, a.size());
        }
        return a;
    }

    /** {@code np.vstack(arrays)}: 1-d arrays become rows. */
    public static NdArray vstack(List<NdArray> arrays) {
        List<NdArray> l = new ArrayList<>();
        for (NdArray a : arrays) {
            l.add(atLeast2d(a));
        }
        return concatenate(l, 0);
    }

    /** {@code np.hstack(arrays)}: along axis 0 for 1-d arrays, axis 1 otherwise. */
    public static NdArray hstack(List<NdArray> arrays) {
        List<NdArray> l = new ArrayList<>();
        for (NdArray a : arrays) {
            l.add(a.ndim() == 0 ? a.reshape(1) : a);
        }
        return concatenate(l, l.get(0).ndim() == 1 ? 0 : 1);
    }

    /** {@code np.column_stack(arrays)}: 1-d arrays become columns. */
    public static NdArray columnStack(List<NdArray> arrays) {
        List<NdArray> l = new ArrayList<>();
        for (NdArray a : arrays) {
            l.add(a.ndim() < 2 ? a.reshape(a.size(), 1) : a);
        }
        return concatenate(l, 1);
    }

    /**
     * {@code np.stack(arrays, axis=0)}: a new axis.
     *
     * @throws PyException {@code ValueError: all input arrays must have the same shape}
     */
    public static NdArray stack(List<NdArray> arrays, int axis) {
        if (arrays.isEmpty()) {
            throw PyException.valueError("need at least one array to stack");
        }
        int[] shape = arrays.get(0).shape();
        for (NdArray a : arrays) {
            if (!Arrays.equals(a.shape(), shape)) {
                throw PyException.valueError("all input arrays must have the same shape");
            }
        }
        int ax = Shapes.axis(axis, shape.length + 1);
        List<NdArray> expanded = new ArrayList<>();
        for (NdArray a : arrays) {
            expanded.add(expandDims(a, ax));
        }
        return concatenate(expanded, ax);
    }

    // ---------------------------------------------------------------- shape

    /** {@code np.expand_dims(a, axis)}. */
    public static NdArray expandDims(NdArray a, int axis) {
        int nd = a.ndim() + 1;
        int ax = Shapes.axis(axis, nd);
        int[] s = new int[nd];
        int[] old = a.shape();
        for (int i = 0, j = 0; i < nd; i++) {
            s[i] = i == ax ? 1 : old[j++];
        }
        return new NdArray(a.dtype(), s, a.data().clone());
    }

    /**
     * {@code np.squeeze(a, axis=None)}.
     *
     * @throws PyException {@code ValueError: cannot select an axis to squeeze out which has size not equal to one}
     */
    public static NdArray squeeze(NdArray a, Integer axis) {
        int[] old = a.shape();
        List<Integer> s = new ArrayList<>();
        Integer ax = axis == null ? null : Shapes.axis(axis, old.length);
        for (int i = 0; i < old.length; i++) {
            if (ax == null ? old[i] == 1 : i == ax) {
                if (old[i] != 1) {
                    throw PyException.valueError("cannot select an axis to squeeze out which has size not equal to "
                            + "one");
                }
                continue;
            }
            s.add(old[i]);
        }
        int[] shape = new int[s.size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = s.get(i);
        }
        return new NdArray(a.dtype(), shape, a.data().clone());
    }

    // ---------------------------------------------------------------- element-wise

    /**
     * {@code np.round(a, decimals=0)}: numpy's fast rounding, {@code rint(a * 10**d) / 10**d}, which can differ from
     * Python's {@code round} on the exact value ({@code np.round(2.675, 2)} is 2.68 here and in numpy).
     */
    public static NdArray round(NdArray a, int decimals) {
        if (!a.dtype().isFloat() && decimals >= 0) {
            return a.copy();
        }
        double f = 1.0;
        for (int i = 0; i < Math.abs(decimals); i++) {
            f *= 10.0;
        }
        DType t = a.dtype().isFloat() ? a.dtype() : DType.FLOAT64;
        double[] d = a.data();
        double[] r = new double[d.length];
        for (int i = 0; i < d.length; i++) {
            double y = decimals >= 0 ? t.cast(d[i] * f) : t.cast(d[i] / f);
            y = Ufuncs.rint(y);
            y = decimals >= 0 ? t.cast(y / f) : t.cast(y * f);
            r[i] = a.dtype().isFloat() ? y : a.dtype().cast(y);
        }
        return new NdArray(a.dtype(), a.shape(), r);
    }

    /** {@code np.clip(a, a_min, a_max)} (either bound may be {@code null}). */
    public static NdArray clip(NdArray a, Double min, Double max) {
        if (min == null && max == null) {
            throw PyException.valueError("One of max or min must be given");
        }
        DType t = a.dtype();
        if (!t.isFloat() && ((min != null && min != Math.floor(min)) || (max != null && max != Math.floor(max)))) {
            t = DType.FLOAT64;
        }
        double[] d = a.data();
        double[] r = new double[d.length];
        for (int i = 0; i < d.length; i++) {
            double v = d[i];
            if (min != null) {
                v = Ufuncs.scalar(Ufuncs.Op.MAXIMUM, v, min, false, t);
            }
            if (max != null) {
                v = Ufuncs.scalar(Ufuncs.Op.MINIMUM, v, max, false, t);
            }
            r[i] = t.cast(v);
        }
        return new NdArray(t, a.shape(), r);
    }

    /** {@code np.where(condition, x, y)}. */
    public static NdArray where(NdArray condition, Ufuncs.Operand x, Ufuncs.Operand y) {
        DType t = Ufuncs.resultType(x, y);
        int[] shape = Shapes.broadcast(condition.shape(), x.array().shape(), y.array().shape());
        int[] ci = Shapes.broadcastIndex(condition.shape(), shape);
        int[] xi = Shapes.broadcastIndex(x.array().shape(), shape);
        int[] yi = Shapes.broadcastIndex(y.array().shape(), shape);
        double[] r = new double[Shapes.size(shape, t)];
        for (int i = 0; i < r.length; i++) {
            r[i] = t.cast(condition.data()[ci[i]] != 0 ? x.array().data()[xi[i]] : y.array().data()[yi[i]]);
        }
        return new NdArray(t, shape, r);
    }

    /** {@code np.nonzero(a)} and one-argument {@code np.where(a)}: one int64 array of positions per axis. */
    public static List<NdArray> nonzero(NdArray a) {
        int[] shape = a.shape();
        if (shape.length == 0) {
            throw PyException.valueError("Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar)"
                    + ".nonzero() instead. If the context of this error is of the form `arr[nonzero(cond)]`, just "
                    + "use `arr[cond]`.");
        }
        int count = 0;
        for (double v : a.data()) {
            if (v != 0) {
                count++;
            }
        }
        int[] strides = Shapes.strides(shape);
        List<NdArray> out = new ArrayList<>();
        for (int d = 0; d < shape.length; d++) {
            double[] pos = new double[count];
            int c = 0;
            for (int i = 0; i < a.size(); i++) {
                if (a.data()[i] != 0) {
                    pos[c++] = (i / strides[d]) % shape[d];
                }
            }
            out.add(new NdArray(DType.INT64, new int[] {count}, pos));
        }
        return out;
    }

    // ---------------------------------------------------------------- sorting and sets

    /** {@code np.argsort(a, axis=-1)} (stable; numpy note: numpy's default quicksort may order ties differently). */
    public static NdArray argsort(NdArray a, Integer axis) {
        return sortAlong(a, axis, true);
    }

    /** {@code np.sort(a, axis=-1)}; NaN sorts last, as in numpy. */
    public static NdArray sort(NdArray a, Integer axis) {
        return sortAlong(a, axis, false);
    }

    private static NdArray sortAlong(NdArray a, Integer axis, boolean indices) {
        NdArray src = axis == null ? a.flatten() : a;
        if (src.ndim() == 0) {
            throw new PyException("numpy.exceptions.AxisError", "axis -1 is out of bounds for array of dimension 0");
        }
        int[] shape = src.shape();
        int ax = Shapes.axis(axis == null ? 0 : axis, shape.length);
        int n = shape[ax];
        int inner = 1;
        for (int i = ax + 1; i < shape.length; i++) {
            inner *= shape[i];
        }
        int outer = src.size() / Math.max(1, n * inner);
        double[] d = src.data();
        double[] r = new double[d.length];
        Integer[] order = new Integer[n];
        for (int o = 0; o < outer; o++) {
            for (int j = 0; j < inner; j++) {
                final int base = o * n * inner + j;
                final int step = inner;
                for (int i = 0; i < n; i++) {
                    order[i] = i;
                }
                Arrays.sort(order, (p, q) -> compareNanLast(d[base + p * step], d[base + q * step]));
                for (int i = 0; i < n; i++) {
                    r[base + i * inner] = indices ? order[i] : d[base + order[i] * inner];
                }
            }
        }
        return new NdArray(indices ? DType.INT64 : src.dtype(), shape, r);
    }

    private static int compareNanLast(double x, double y) {
        boolean nx = x != x;
        boolean ny = y != y;
        if (nx || ny) {
            return nx == ny ? 0 : nx ? 1 : -1;
        }
        return x < y ? -1 : x > y ? 1 : 0;
    }

    /** The result of {@code np.unique}: sorted values and, when asked, their counts. */
    public record Unique(NdArray values, NdArray counts) {
    }

    /**
     * {@code np.bincount(x, weights=None, minlength=0)}: how often each value 0, 1, 2, … occurs in {@code x}, or
     * the sum of the weights at each value. The result has {@code max(x) + 1} entries (at least {@code minlength}),
     * int64 without weights and float64 with them.
     *
     * <pre>{@code
     * np.bincount(np.array([0, 1, 1, 3]))   # [1 2 0 1]
     * np.bincount(y_train)                   # samples per class
     * }</pre>
     *
     * @param x         a 1-D array of non-negative integers (bool counts as 0/1)
     * @param weights   an array as long as {@code x}, or null
     * @param minlength the least number of bins
     */
    public static NdArray bincount(NdArray x, NdArray weights, int minlength) {
        return bincount(x, weights, minlength, false, false);
    }

    /**
     * {@link #bincount(NdArray, NdArray, int)}, where {@code xArray}/{@code weightsArray} say the argument was an
     * ndarray: numpy then reports one of too many dimensions as "object too deep", while nested lists fail while
     * being converted ("setting an array element with a sequence").
     */
    public static NdArray bincount(NdArray x, NdArray weights, int minlength, boolean xArray, boolean weightsArray) {
        if (x.ndim() == 0) {
            throw PyException.valueError("object of too small depth for desired array");
        }
        if (x.ndim() > 1) {
            throw tooDeep(xArray);
        }
        if (x.dtype().isFloat()) {
            throw PyException.typeError("Cannot cast array data from dtype('" + x.dtype().pythonName()
                    + "') to dtype('int64') according to the rule 'safe'");
        }
        if (minlength < 0) {
            throw PyException.valueError("'minlength' must not be negative");
        }
        if (x.size() == 0) {
            // numpy returns the empty counts before it looks at the weights: int64 even with weights
            return new NdArray(DType.INT64, new int[] {minlength}, new double[minlength]);
        }
        double[] v = x.data();
        double max = -1;
        for (double d : v) {
            if (d < 0) {
                throw PyException.valueError("'list' argument must have no negative elements");
            }
            max = Math.max(max, d);
        }
        if (weights != null && weights.ndim() == 0) {
            throw PyException.valueError("object of too small depth for desired array");
        }
        if (weights != null && weights.ndim() > 1) {
            throw tooDeep(weightsArray);
        }
        if (weights != null && weights.size() != v.length) {
            throw PyException.valueError("The weights and list don't have the same length.");
        }
        double bins = Math.max(max + 1, minlength);
        DType type = weights == null ? DType.INT64 : DType.FLOAT64;
        Shapes.checkAllocation(bins, "(" + IntText.of(bins) + ",)", type);
        double[] out = new double[(int) bins];
        double[] w = weights == null ? null : weights.data();
        for (int i = 0; i < v.length; i++) {
            out[(int) v[i]] += w == null ? 1 : w[i];
        }
        return new NdArray(type, new int[] {out.length}, out);
    }

    private static PyException tooDeep(boolean fromArrays) {
        return PyException.valueError(fromArrays ? "object too deep for desired array"
                : "setting an array element with a sequence. The requested array would exceed the maximum number "
                        + "of dimension of 1.");
    }

    /** {@code np.unique(a, return_counts=...)} of the flattened array (NaNs collapse into one, as in numpy 2). */
    public static Unique unique(NdArray a) {
        NdArray s = sort(a.flatten(), 0);
        double[] d = s.data();
        List<Double> values = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (int i = 0; i < d.length; i++) {
            double v = d[i];
            if (!values.isEmpty()) {
                double last = values.get(values.size() - 1);
                if (last == v || (last != last && v != v)) {
                    counts.set(counts.size() - 1, counts.get(counts.size() - 1) + 1);
                    continue;
                }
            }
            values.add(v);
            counts.add(1);
        }
        double[] vs = new double[values.size()];
        double[] cs = new double[values.size()];
        for (int i = 0; i < vs.length; i++) {
            vs[i] = values.get(i);
            cs[i] = counts.get(i);
        }
        return new Unique(new NdArray(a.dtype(), new int[] {vs.length}, vs),
                new NdArray(DType.INT64, new int[] {cs.length}, cs));
    }

    // ---------------------------------------------------------------- linear algebra

    /**
     * {@code np.dot(a, b)}: inner product of vectors, matrix product of matrices, and their mixes.
     *
     * @throws PyException {@code ValueError: shapes (2,3) and (2,3) not aligned: 3 (dim 1) != 2 (dim 0)}
     */
    public static NdArray dot(NdArray a, NdArray b) {
        if (a.ndim() == 0 || b.ndim() == 0) {
            return Ufuncs.apply(Ufuncs.Op.MULTIPLY, a, b);
        }
        if (a.ndim() > 2 || b.ndim() > 2) {
            throw PyException.valueError("np.dot of arrays with more than 2 dimensions is not supported in the "
                    + "playground");
        }
        int ka = a.shape()[a.ndim() - 1];
        int bAxis = b.ndim() == 1 ? 0 : 0;
        int kb = b.shape()[bAxis];
        if (ka != kb) {
            throw PyException.valueError("shapes " + Shapes.compact(a.shape()) + " and " + Shapes.compact(b.shape())
                    + " not aligned: " + ka + " (dim " + (a.ndim() - 1) + ") != " + kb + " (dim " + bAxis + ")");
        }
        return product(a, b);
    }

    /**
     * {@code a @ b} / {@code np.matmul(a, b)} for 1-d and 2-d operands.
     *
     * @throws PyException numpy's gufunc message for a core-dimension mismatch
     */
    public static NdArray matmul(NdArray a, NdArray b) {
        String sig = "(n?,k),(k,m?)->(n?,m?)";
        if (a.ndim() == 0 || b.ndim() == 0) {
            int which = a.ndim() == 0 ? 0 : 1;
            throw PyException.valueError("matmul: Input operand " + which + " does not have enough dimensions (has 0,"
                    + " gufunc core with signature " + sig + " requires 1)");
        }
        if (a.ndim() > 2 || b.ndim() > 2) {
            throw PyException.valueError("matmul of arrays with more than 2 dimensions is not supported in the "
                    + "playground");
        }
        int ka = a.shape()[a.ndim() - 1];
        int kb = b.shape()[0];
        if (ka != kb) {
            throw PyException.valueError("matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc"
                    + " signature " + sig + " (size " + kb + " is different from " + ka + ")");
        }
        return product(a, b);
    }

    private static NdArray product(NdArray a, NdArray b) {
        DType t = DType.promote(a.dtype(), b.dtype());
        if (t == DType.BOOL) {
            t = DType.BOOL;
        }
        int n = a.ndim() == 1 ? 1 : a.shape()[0];
        int k = a.shape()[a.ndim() - 1];
        int m = b.ndim() == 1 ? 1 : b.shape()[1];
        double[] x = a.data();
        double[] y = b.data();
        double[] r = new double[n * m];
        boolean f32 = t == DType.FLOAT32;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int p = 0; p < k; p++) {
                    double prod = x[i * k + p] * y[p * m + j];
                    s = s + prod;
                    if (t == DType.BOOL) {
                        s = s != 0 ? 1 : 0;
                    }
                }
                r[i * m + j] = f32 ? seqplay.tensor.Maths.roundToFloat32(s) : t.cast(s);
            }
        }
        int[] shape;
        if (a.ndim() == 1 && b.ndim() == 1) {
            shape = new int[0];
        } else if (a.ndim() == 1) {
            shape = new int[] {m};
        } else if (b.ndim() == 1) {
            shape = new int[] {n};
        } else {
            shape = new int[] {n, m};
        }
        // numpy note: numpy's float64 products go through BLAS, whose summation order can differ in the last bit
        return new NdArray(t, shape, r);
    }

    /** {@code np.cumsum(a, axis=None)}: running sums (ints and bools as int64). */
    public static NdArray cumsum(NdArray a, Integer axis) {
        NdArray src = axis == null ? a.flatten() : a;
        DType t = a.dtype() == DType.BOOL ? DType.INT64 : a.dtype();
        int[] shape = src.shape();
        int ax = Shapes.axis(axis == null ? 0 : axis, shape.length);
        int n = shape[ax];
        int inner = 1;
        for (int i = ax + 1; i < shape.length; i++) {
            inner *= shape[i];
        }
        int outer = src.size() / Math.max(1, n * inner);
        double[] d = src.data();
        double[] r = new double[d.length];
        for (int o = 0; o < outer; o++) {
            for (int j = 0; j < inner; j++) {
                double s = 0;
                for (int i = 0; i < n; i++) {
                    int p = o * n * inner + i * inner + j;
                    s = t.cast(s + d[p]);
                    r[p] = s;
                }
            }
        }
        return new NdArray(t, shape, r);
    }

    // ---------------------------------------------------------------- Keras boundary

    /** The values as a float64 {@link Tensor} for the training core (one copy). */
    public static Tensor toTensor(NdArray a) {
        return new Tensor(a.shape(), a.data().clone());
    }

    /**
     * Keras' predictions as numpy sees them: a float32 array (one copy, each value rounded to float32).
     *
     * <p>Keras note: Keras computes in float32 and returns float32 arrays; the core computes in float64, so the
     * values are rounded here, where they become visible.
     */
    public static NdArray fromTensorFloat32(Tensor t) {
        double[] d = t.data().clone();
        for (int i = 0; i < d.length; i++) {
            d[i] = seqplay.tensor.Maths.roundToFloat32(d[i]);
        }
        return new NdArray(DType.FLOAT32, t.shape(), d);
    }

    /** A float64 array of a tensor's values (one copy), e.g. for weights from {@code get_weights()}. */
    public static NdArray fromTensor(Tensor t, DType dtype) {
        double[] d = t.data().clone();
        for (int i = 0; i < d.length; i++) {
            d[i] = dtype.cast(d[i]);
        }
        return new NdArray(dtype, t.shape(), d);
    }
}
