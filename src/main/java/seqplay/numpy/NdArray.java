package seqplay.numpy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import seqplay.errors.PyException;

/**
 * numpy's {@code ndarray} for the types lessons use: float64, int64, bool and float32 (what Keras' predict
 * returns), any number of dimensions, stored flat in row-major order.
 *
 * <p>numpy note: int64 values live in a {@code double[]}, exact up to 2^53 (9,007,199,254,740,992); numpy would
 * keep 64 bits and wrap around at 2^63. Lessons count samples and classes, far below either limit.
 *
 * <p>numpy note: slicing returns a copy here, where numpy returns a view that shares memory. Reading is the same;
 * the difference shows only when a slice is written to and the original read back ({@code row = x[0];
 * row[0] = 9} changes {@code x} in numpy). Assignment through an index on the array itself ({@code x[0, 1] = 9},
 * {@code x[x > 0] = 0}) writes into the array as in numpy.
 *
 * <pre>{@code
 * x = np.array([[1., 2.], [3., 4.]])
 * x.shape          # (2, 2)
 * x[:, 0]          # array([1., 3.])
 * x.mean(axis=0)   # array([2., 3.])
 * }</pre>
 */
public final class NdArray {
    private final int[] shape;
    private final double[] data;
    private final DType dtype;

    /** Wraps {@code data} (not copied; values must already belong to {@code dtype}). */
    public NdArray(DType dtype, int[] shape, double[] data) {
        if (Shapes.size(shape) != data.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " needs " + Shapes.size(shape)
                    + " values, got " + data.length);
        }
        this.dtype = dtype;
        this.shape = shape.clone();
        this.data = data;
    }

    /** A 0-d array holding one value. */
    public static NdArray scalar(DType dtype, double value) {
        return new NdArray(dtype, new int[0], new double[] {dtype.cast(value)});
    }

    /** A 1-d float64 array of the values (copied). */
    public static NdArray of(double... values) {
        return new NdArray(DType.FLOAT64, new int[] {values.length}, values.clone());
    }

    /** A 2-d float64 array of the rows (copied; all rows the same length). */
    public static NdArray of(double[][] rows) {
        int n = rows.length;
        int m = n == 0 ? 0 : rows[0].length;
        double[] d = new double[n * m];
        for (int i = 0; i < n; i++) {
            if (rows[i].length != m) {
                throw new IllegalArgumentException("ragged rows");
            }
            System.arraycopy(rows[i], 0, d, i * m, m);
        }
        return new NdArray(DType.FLOAT64, new int[] {n, m}, d);
    }

    /** {@code x.shape}. */
    public int[] shape() {
        return shape.clone();
    }

    /** {@code x.shape[axis]} (negative axes count from the end). */
    public int dim(int axis) {
        return shape[Shapes.axis(axis, shape.length)];
    }

    /** {@code x.ndim}. */
    public int ndim() {
        return shape.length;
    }

    /** {@code x.size}. */
    public int size() {
        return data.length;
    }

    /** {@code x.dtype}. */
    public DType dtype() {
        return dtype;
    }

    /** The backing row-major values; writing to it writes to the array. */
    public double[] data() {
        return data;
    }

    /** The value at a flat row-major position. */
    public double flat(int i) {
        return data[i];
    }

    /** {@code len(x)}. */
    public int len() {
        if (shape.length == 0) {
            throw PyException.typeError("len() of unsized object");
        }
        return shape[0];
    }

    /** {@code x.copy()}. */
    public NdArray copy() {
        return new NdArray(dtype, shape, data.clone());
    }

    /**
     * {@code x.reshape(shape)} with at most one {@code -1}.
     *
     * @throws PyException {@code ValueError: cannot reshape array of size 6 into shape (4,)}
     */
    public NdArray reshape(int... newShape) {
        int[] s = newShape.clone();
        int unknown = -1;
        int known = 1;
        for (int i = 0; i < s.length; i++) {
            if (s[i] == -1) {
                if (unknown >= 0) {
                    throw PyException.valueError("can only specify one unknown dimension");
                }
                unknown = i;
            } else if (s[i] < 0) {
                throw PyException.valueError("negative dimensions not allowed");
            } else {
                known *= s[i];
            }
        }
        if (unknown >= 0) {
            if (known == 0 || data.length % known != 0) {
                throw reshapeError(s);
            }
            s[unknown] = data.length / known;
        } else if (known != data.length) {
            throw reshapeError(s);
        }
        return new NdArray(dtype, s, data.clone());
    }

    private PyException reshapeError(int[] s) {
        // numpy writes the unknown dimension as "newaxis" ("into shape (4,newaxis)") but leaves out a leading one:
        // reshape(-1, 4) of 6 elements says "into shape (4)", without the one-element tuple's comma
        int first = 0;
        while (first < s.length && s[first] == -1) {
            first++;
        }
        StringBuilder sb = new StringBuilder("(");
        for (int i = first; i < s.length; i++) {
            if (i > first) {
                sb.append(',');
            }
            sb.append(s[i] == -1 ? "newaxis" : String.valueOf(s[i]));
        }
        if (s.length == 1 && first == 0) {
            sb.append(',');
        }
        sb.append(')');
        return PyException.valueError("cannot reshape array of size " + data.length + " into shape " + sb);
    }

    /** {@code x.astype(dtype)}: a converted copy (floats to int truncate toward zero). */
    public NdArray astype(DType to) {
        double[] d = new double[data.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = to.cast(data[i]);
        }
        return new NdArray(to, shape, d);
    }

    /** {@code x.flatten()} (and {@code x.ravel()}, which numpy may return as a view). */
    public NdArray flatten() {
        return new NdArray(dtype, new int[] {data.length}, data.clone());
    }

    /** {@code x.T}: axes reversed. */
    public NdArray transpose() {
        int[] axes = new int[shape.length];
        for (int i = 0; i < axes.length; i++) {
            axes[i] = shape.length - 1 - i;
        }
        return transpose(axes);
    }

    /**
     * {@code x.transpose(axes)}.
     *
     * @throws PyException {@code ValueError: axes don't match array}
     */
    public NdArray transpose(int... axes) {
        if (axes.length != shape.length) {
            throw PyException.valueError("axes don't match array");
        }
        int nd = shape.length;
        int[] perm = new int[nd];
        boolean[] seen = new boolean[nd];
        for (int i = 0; i < nd; i++) {
            perm[i] = Shapes.axis(axes[i], nd);
            if (seen[perm[i]]) {
                throw PyException.valueError("repeated axis in transpose");
            }
            seen[perm[i]] = true;
        }
        int[] newShape = new int[nd];
        int[] srcStrides = Shapes.strides(shape);
        int[] strides = new int[nd];
        for (int i = 0; i < nd; i++) {
            newShape[i] = shape[perm[i]];
            strides[i] = srcStrides[perm[i]];
        }
        double[] out = new double[data.length];
        int[] counter = new int[nd];
        int pos = 0;
        for (int i = 0; i < out.length; i++) {
            out[i] = data[pos];
            for (int ax = nd - 1; ax >= 0; ax--) {
                counter[ax]++;
                pos += strides[ax];
                if (counter[ax] < newShape[ax]) {
                    break;
                }
                pos -= strides[ax] * newShape[ax];
                counter[ax] = 0;
            }
        }
        return new NdArray(dtype, newShape, out);
    }

    /**
     * {@code x[index]}: a new array; when ints alone index every axis numpy gives a scalar, see
     * {@link #getItem}.
     */
    public NdArray get(List<Index> index) {
        return Indexing.get(this, index);
    }

    /** {@code x[i, j, ...]} as Python sees it: an {@link NpScalar} when ints index every axis, else an array. */
    public Object getItem(List<Index> index) {
        Indexing.Resolved r = Indexing.resolve(this, index);
        if (r.scalar()) {
            return new NpScalar(dtype, data[r.sources()[0]]);
        }
        double[] out = new double[r.sources().length];
        for (int i = 0; i < out.length; i++) {
            out[i] = data[r.sources()[i]];
        }
        return new NdArray(dtype, r.shape(), out);
    }

    /** {@code x[index] = value}: the value is broadcast to the selection and converted to this array's type. */
    public void set(List<Index> index, NdArray value) {
        Indexing.set(this, index, value);
    }

    /** {@code x.sum(axis, keepdims)}; {@code axis} null for all elements (a 0-d array). */
    public NdArray sum(Integer axis, boolean keepdims) {
        return Reductions.reduce(Reductions.Kind.SUM, this, axis, keepdims);
    }

    /** {@code x.mean(axis, keepdims)}. */
    public NdArray mean(Integer axis, boolean keepdims) {
        return Reductions.mean(this, axis, keepdims);
    }

    /** {@code x.max(axis, keepdims)}. */
    public NdArray max(Integer axis, boolean keepdims) {
        return Reductions.reduce(Reductions.Kind.MAX, this, axis, keepdims);
    }

    /** {@code x.min(axis, keepdims)}. */
    public NdArray min(Integer axis, boolean keepdims) {
        return Reductions.reduce(Reductions.Kind.MIN, this, axis, keepdims);
    }

    /** {@code x.std(axis, ddof, keepdims)}. */
    public NdArray std(Integer axis, int ddof, boolean keepdims) {
        return Reductions.std(this, axis, ddof, keepdims);
    }

    /** {@code x.argmax(axis)}. */
    public NdArray argmax(Integer axis) {
        return Reductions.arg(true, this, axis, false);
    }

    /** {@code x.argmin(axis)}. */
    public NdArray argmin(Integer axis) {
        return Reductions.arg(false, this, axis, false);
    }

    /** The Java object for one element: Double, Long or Boolean. */
    Object element(int flatIndex) {
        return new NpScalar(dtype, data[flatIndex]).item();
    }

    /** The numpy scalar for one element. */
    public NpScalar scalarAt(int flatIndex) {
        return new NpScalar(dtype, data[flatIndex]);
    }

    /**
     * {@code x.item()}: the only element as a Python value.
     *
     * @throws PyException {@code ValueError: can only convert an array of size 1 to a Python scalar}
     */
    public Object item() {
        if (data.length != 1) {
            throw PyException.valueError("can only convert an array of size 1 to a Python scalar");
        }
        return element(0);
    }

    /**
     * {@code x.item(i)}: the element at a flat position.
     *
     * @throws PyException {@code IndexError: index 7 is out of bounds for size 6}
     */
    public Object item(int index) {
        int i = index < 0 ? index + data.length : index;
        if (i < 0 || i >= data.length) {
            throw PyException.indexError("index " + index + " is out of bounds for size " + data.length);
        }
        return element(i);
    }

    /**
     * {@code x.tolist()}: nested {@link List}s of Double, Long or Boolean (a bare value for a 0-d array).
     */
    public Object tolist() {
        if (shape.length == 0) {
            return element(0);
        }
        return tolist(0, 0);
    }

    private List<Object> tolist(int axis, int offset) {
        int n = shape[axis];
        List<Object> out = new ArrayList<>(n);
        int stride = 1;
        for (int i = axis + 1; i < shape.length; i++) {
            stride *= shape[i];
        }
        for (int i = 0; i < n; i++) {
            out.add(axis == shape.length - 1 ? element(offset + i) : tolist(axis + 1, offset + i * stride));
        }
        return out;
    }

    /**
     * Python's {@code bool(x)}.
     *
     * @throws PyException {@code ValueError: The truth value of an array with more than one element is
     *                     ambiguous. Use a.any() or a.all()}
     */
    public boolean truth() {
        if (data.length != 1) {
            if (data.length == 0) {
                // numpy 2 raises for empty arrays too (deprecated in 1.x)
                throw PyException.valueError("The truth value of an empty array is ambiguous. Use `array.size > 0`"
                        + " to check that an array is not empty.");
            }
            throw PyException.valueError("The truth value of an array with more than one element is ambiguous. "
                    + "Use a.any() or a.all()");
        }
        return data[0] != 0;
    }

    /** {@code str(x)}: numpy's {@code array_str}, e.g. {@code [[0.51234 0.48766]]}. */
    public String str() {
        return ArrayPrinter.str(this, PrintOptions.DEFAULT);
    }

    /** {@code repr(x)}: numpy's {@code array_repr}, e.g. {@code array([1., 2.])}. */
    public String repr() {
        return ArrayPrinter.repr(this, PrintOptions.DEFAULT);
    }

    @Override
    public String toString() {
        return repr();
    }

    /** Exact equality of type, shape and values (NaN equal to NaN), for tests. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof NdArray other) || other.dtype != dtype || !Arrays.equals(other.shape, shape)) {
            return false;
        }
        for (int i = 0; i < data.length; i++) {
            double a = data[i];
            double b = other.data[i];
            if (!(a == b || (a != a && b != b))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(shape) * 31 + dtype.hashCode();
    }
}
