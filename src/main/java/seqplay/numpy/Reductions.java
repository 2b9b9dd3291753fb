package seqplay.numpy;

import seqplay.errors.PyException;
import seqplay.tensor.Maths;

/**
 * numpy's reductions: {@code sum mean var std min max argmax argmin all any prod}, over all elements or one axis,
 * with {@code keepdims}.
 *
 * <p>Summation order follows numpy's so that printed sums and means match to the last digit: a sum along the last
 * (contiguous) axis or over the whole array starts from 0 and adds numpy's pairwise sum (eight interleaved partial
 * sums, blocks of 128); a sum along an earlier axis adds the slices one after another. float32 arrays sum in
 * float32, ints and bools sum to int64, and {@code mean} of ints sums in float64, as numpy does.
 *
 * <pre>{@code
 * x = np.array([[1., 2.], [3., 4.]])
 * x.sum()                        # np.float64(10.0)
 * x.mean(axis=0)                 # array([2., 3.])
 * x.max(axis=1, keepdims=True)   # array([[2.], [4.]])
 * }</pre>
 */
public final class Reductions {
    private Reductions() {
    }

    /** What a reduction computes. */
    public enum Kind {
        SUM("sum"), PROD("prod"), MIN("minimum"), MAX("maximum"), ALL("all"), ANY("any");

        final String ufuncName;

        Kind(String ufuncName) {
            this.ufuncName = ufuncName;
        }
    }

    private static int[] outShape(int[] shape, Integer axis, boolean keepdims) {
        if (axis == null) {
            if (keepdims) {
                int[] s = new int[shape.length];
                java.util.Arrays.fill(s, 1);
                return s;
            }
            return new int[0];
        }
        int k = axis;
        int[] s = new int[keepdims ? shape.length : shape.length - 1];
        int j = 0;
        for (int i = 0; i < shape.length; i++) {
            if (i == k) {
                if (keepdims) {
                    s[j++] = 1;
                }
            } else {
                s[j++] = shape[i];
            }
        }
        return s;
    }

    /**
     * {@code np.sum/prod/min/max/all/any(a, axis, keepdims)}.
     *
     * @param axis the axis, or {@code null} for all elements
     */
    public static NdArray reduce(Kind kind, NdArray a, Integer axis, boolean keepdims) {
        DType in = a.dtype();
        DType out;
        switch (kind) {
            case SUM: case PROD:
                out = in == DType.BOOL ? DType.INT64 : in;
                break;
            case ALL: case ANY:
                out = DType.BOOL;
                break;
            default:
                out = in;
        }
        return reduce(kind, a, axis, keepdims, out, out);
    }

    /** A reduction accumulating in type {@code acc} and returning type {@code out}. */
    private static NdArray reduce(Kind kind, NdArray a, Integer axis, boolean keepdims, DType acc, DType out) {
        int[] shape = a.shape();
        Integer ax = axis == null ? null : Shapes.axis(axis, shape.length);
        int n = ax == null ? a.size() : shape[ax];
        if (n == 0 && (kind == Kind.MIN || kind == Kind.MAX)) {
            throw PyException.valueError("zero-size array to reduction operation " + kind.ufuncName
                    + " which has no identity");
        }
        int outer = 1;
        int inner = 1;
        if (ax != null) {
            for (int i = 0; i < ax; i++) {
                outer *= shape[i];
            }
            for (int i = ax + 1; i < shape.length; i++) {
                inner *= shape[i];
            }
        } else {
            inner = 1;
        }
        boolean f32 = acc == DType.FLOAT32;
        double[] d = a.data();
        double[] r;
        if (ax == null || inner == 1) {
            int groups = ax == null ? 1 : outer;
            r = new double[groups];
            for (int g = 0; g < groups; g++) {
                r[g] = reduceRun(kind, d, g * n, n, f32);
            }
        } else {
            r = new double[outer * inner];
            for (int o = 0; o < outer; o++) {
                for (int j = 0; j < inner; j++) {
                    double v = initial(kind);
                    int base = o * n * inner + j;
                    for (int i = 0; i < n; i++) {
                        v = combine(kind, v, d[base + i * inner], f32);
                    }
                    r[o * inner + j] = v;
                }
            }
        }
        for (int i = 0; i < r.length; i++) {
            r[i] = out.cast(r[i]);
        }
        return new NdArray(out, outShape(shape, ax, keepdims), r);
    }

    private static double initial(Kind kind) {
        switch (kind) {
            case SUM: case ANY:
                return 0;
            case PROD: case ALL:
                return 1;
            case MIN:
                return Double.POSITIVE_INFINITY;
            default:
                return Double.NEGATIVE_INFINITY;
        }
    }

    private static double combine(Kind kind, double acc, double v, boolean f32) {
        switch (kind) {
            case SUM: {
                double s = acc + v;
                return f32 ? Maths.roundToFloat32(s) : s;
            }
            case PROD: {
                double p = acc * v;
                return f32 ? Maths.roundToFloat32(p) : p;
            }
            case MIN:
                return acc != acc || v != v ? Double.NaN : Math.min(acc, v);
            case MAX:
                return acc != acc || v != v ? Double.NaN : Math.max(acc, v);
            case ALL:
                return acc != 0 && v != 0 ? 1 : 0;
            default:
                return acc != 0 || v != 0 ? 1 : 0;
        }
    }

    /** Reduces a contiguous run; sums use numpy's pairwise summation after the initial 0. */
    private static double reduceRun(Kind kind, double[] d, int start, int n, boolean f32) {
        if (kind == Kind.SUM) {
            double s = 0.0 + pairwise(d, start, n, f32);
            return f32 ? Maths.roundToFloat32(s) : s;
        }
        double v = initial(kind);
        for (int i = 0; i < n; i++) {
            v = combine(kind, v, d[start + i], f32);
        }
        return v;
    }

    private static double add(double a, double b, boolean f32) {
        double s = a + b;
        return f32 ? Maths.roundToFloat32(s) : s;
    }

    /** numpy's {@code pairwise_sum} (loops_utils.h): exact same additions in the same order. */
    static double pairwise(double[] a, int start, int n, boolean f32) {
        if (n < 8) {
            double res = -0.0;
            for (int i = 0; i < n; i++) {
                res = add(res, a[start + i], f32);
            }
            return res;
        } else if (n <= 128) {
            double r0 = a[start];
            double r1 = a[start + 1];
            double r2 = a[start + 2];
            double r3 = a[start + 3];
            double r4 = a[start + 4];
            double r5 = a[start + 5];
            double r6 = a[start + 6];
            double r7 = a[start + 7];
            int i;
            for (i = 8; i < n - (n % 8); i += 8) {
                r0 = add(r0, a[start + i], f32);
                r1 = add(r1, a[start + i + 1], f32);
                r2 = add(r2, a[start + i + 2], f32);
                r3 = add(r3, a[start + i + 3], f32);
                r4 = add(r4, a[start + i + 4], f32);
                r5 = add(r5, a[start + i + 5], f32);
                r6 = add(r6, a[start + i + 6], f32);
                r7 = add(r7, a[start + i + 7], f32);
            }
            // ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7)), each sum named (TEAVM_ORDER in Maths)
            double s01 = add(r0, r1, f32);
            double s23 = add(r2, r3, f32);
            double s45 = add(r4, r5, f32);
            double s67 = add(r6, r7, f32);
            double s0123 = add(s01, s23, f32);
            double s4567 = add(s45, s67, f32);
            double res = add(s0123, s4567, f32);
            for (; i < n; i++) {
                res = add(res, a[start + i], f32);
            }
            return res;
        } else {
            int n2 = n / 2;
            n2 -= n2 % 8;
            double left = pairwise(a, start, n2, f32);
            double right = pairwise(a, start + n2, n - n2, f32);
            return add(left, right, f32);
        }
    }

    /** {@code np.mean(a, axis, keepdims)}: the sum (in float64 for ints and bools) divided by the count. */
    public static NdArray mean(NdArray a, Integer axis, boolean keepdims) {
        DType acc = a.dtype().isFloat() ? a.dtype() : DType.FLOAT64;
        NdArray sum = reduce(Kind.SUM, a.dtype() == acc ? a : a.astype(acc), axis, keepdims, acc, acc);
        int count = axis == null ? a.size() : a.shape()[Shapes.axis(axis, a.ndim())];
        // numpy note: the mean of an empty array is nan with "RuntimeWarning: Mean of empty slice."
        return divide(sum, count);
    }

    private static NdArray divide(NdArray x, int count) {
        double[] d = x.data().clone();
        for (int i = 0; i < d.length; i++) {
            d[i] = x.dtype().cast(d[i] / count);
        }
        return new NdArray(x.dtype(), x.shape(), d);
    }

    /** {@code np.var(a, axis, ddof, keepdims)}: the mean squared deviation, divided by {@code n - ddof}. */
    public static NdArray var(NdArray a, Integer axis, int ddof, boolean keepdims) {
        DType acc = a.dtype().isFloat() ? a.dtype() : DType.FLOAT64;
        NdArray x = a.dtype() == acc ? a : a.astype(acc);
        NdArray mean = reduce(Kind.SUM, x, axis, true, acc, acc);
        int count = axis == null ? a.size() : a.shape()[Shapes.axis(axis, a.ndim())];
        mean = divide(mean, count);
        NdArray dev = Ufuncs.apply(Ufuncs.Op.SUBTRACT, x, mean);
        NdArray sq = Ufuncs.apply(Ufuncs.Op.MULTIPLY, dev, dev);
        NdArray total = reduce(Kind.SUM, sq, axis, keepdims, acc, acc);
        return divide(total, Math.max(count - ddof, 0));
    }

    /** {@code np.std(a, axis, ddof, keepdims)}: the square root of {@link #var}. */
    public static NdArray std(NdArray a, Integer axis, int ddof, boolean keepdims) {
        NdArray v = var(a, axis, ddof, keepdims);
        double[] d = v.data();
        for (int i = 0; i < d.length; i++) {
            d[i] = v.dtype().cast(Math.sqrt(d[i]));
        }
        return v;
    }

    /**
     * {@code np.argmax}/{@code np.argmin}: the first index of the largest/smallest value (of the first NaN when
     * there is one), flat when {@code axis} is null.
     */
    public static NdArray arg(boolean max, NdArray a, Integer axis, boolean keepdims) {
        int[] shape = a.shape();
        Integer ax = axis == null ? null : Shapes.axis(axis, shape.length);
        int n = ax == null ? a.size() : shape[ax];
        if (n == 0) {
            throw PyException.valueError("attempt to get " + (max ? "argmax" : "argmin") + " of an empty sequence");
        }
        int outer = 1;
        int inner = 1;
        if (ax != null) {
            for (int i = 0; i < ax; i++) {
                outer *= shape[i];
            }
            for (int i = ax + 1; i < shape.length; i++) {
                inner *= shape[i];
            }
        }
        double[] d = a.data();
        double[] r = new double[outer * inner];
        for (int o = 0; o < outer; o++) {
            for (int j = 0; j < inner; j++) {
                int base = o * n * inner + j;
                int best = 0;
                double bv = d[base];
                if (bv == bv) {
                    for (int i = 1; i < n; i++) {
                        double v = d[base + i * inner];
                        if (v != v) {
                            best = i;
                            break;
                        }
                        if (max ? v > bv : v < bv) {
                            bv = v;
                            best = i;
                        }
                    }
                }
                r[o * inner + j] = best;
            }
        }
        int[] outShape = outShape(shape, ax, keepdims);
        return new NdArray(DType.INT64, outShape, r);
    }
    /**
     * {@code np.median(a, axis, keepdims)}: the middle of the sorted values, the mean of the two middle ones for
     * an even count (float64 for ints and bools); a lane holding a NaN has a NaN median, as in numpy.
     */
    public static NdArray median(NdArray a, Integer axis, boolean keepdims) {
        int[] shape = a.shape();
        Integer ax = axis == null ? null : Shapes.axis(axis, shape.length);
        int n = ax == null ? a.size() : shape[ax];
        int outer = 1;
        int inner = 1;
        if (ax != null) {
            for (int i = 0; i < ax; i++) {
                outer *= shape[i];
            }
            for (int i = ax + 1; i < shape.length; i++) {
                inner *= shape[i];
            }
        }
        DType acc = a.dtype().isFloat() ? a.dtype() : DType.FLOAT64;
        double[] d = a.data();
        double[] r = new double[outer * inner];
        double[] lane = new double[n];
        for (int o = 0; o < outer; o++) {
            for (int j = 0; j < inner; j++) {
                int base = o * n * inner + j;
                boolean nan = n == 0;
                for (int i = 0; i < n; i++) {
                    lane[i] = d[base + i * inner];
                    nan |= lane[i] != lane[i];
                }
                double m = Double.NaN;
                if (!nan) {
                    java.util.Arrays.sort(lane);
                    m = n % 2 == 1 ? lane[n / 2] : acc.cast(acc.cast(lane[n / 2 - 1] + lane[n / 2]) / 2);
                }
                r[o * inner + j] = m;
            }
        }
        // numpy note: an empty array gives nan with "RuntimeWarning: Mean of empty slice."
        return new NdArray(acc, outShape(shape, ax, keepdims), r);
    }
}
