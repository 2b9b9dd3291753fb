package seqplay.lang.runtime;

/** {@code slice(start, stop, step)}, what {@code x[a:b:c]} passes to {@code getItem}; parts may be None. */
public final class PySlice implements PyObject {
    private final Object start;
    private final Object stop;
    private final Object step;

    public PySlice(Object start, Object stop, Object step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    public Object start() {
        return start;
    }

    public Object stop() {
        return stop;
    }

    public Object step() {
        return step;
    }

    /**
     * The concrete {@code {start, stop, step, count}} of this slice over a sequence of {@code length} items,
     * clamped as CPython's {@code PySlice_AdjustIndices} clamps them.
     */
    public long[] indices(long length) {
        long st = step == Py.NONE ? 1 : sliceIndex(step);
        if (st == 0) {
            throw Py.valueError("slice step cannot be zero");
        }
        long lower = st < 0 ? -1 : 0;
        long upper = st < 0 ? length - 1 : length;
        long a;
        if (start == Py.NONE) {
            a = st < 0 ? upper : lower;
        } else {
            a = sliceIndex(start);
            if (a < 0) {
                a = Math.max(a + length, lower);
            } else {
                a = Math.min(a, upper);
            }
        }
        long b;
        if (stop == Py.NONE) {
            b = st < 0 ? lower : upper;
        } else {
            b = sliceIndex(stop);
            if (b < 0) {
                b = Math.max(b + length, lower);
            } else {
                b = Math.min(b, upper);
            }
        }
        long count;
        if (st < 0) {
            count = b < a ? (a - b - 1) / (-st) + 1 : 0;
        } else {
            count = a < b ? (b - a - 1) / st + 1 : 0;
        }
        return new long[] {a, b, st, count};
    }

    private static long sliceIndex(Object o) {
        if (!Ints.isInt(o)) {
            throw Py.typeError("slice indices must be integers or None or have an __index__ method");
        }
        if (o instanceof java.math.BigInteger) {
            return ((java.math.BigInteger) o).signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
        }
        return Ints.small(o);
    }

    @Override
    public PyType type() {
        return BuiltinTypes.SLICE;
    }

    @Override
    public String repr() {
        return "slice(" + Py.repr(start) + ", " + Py.repr(stop) + ", " + Py.repr(step) + ")";
    }

    @Override
    public Object binaryOp(Op op, Object other, boolean reflected) {
        if (op == Op.EQ || op == Op.NE) {
            boolean same = other instanceof PySlice && Py.eq(start, ((PySlice) other).start)
                    && Py.eq(stop, ((PySlice) other).stop) && Py.eq(step, ((PySlice) other).step);
            return (op == Op.EQ) == same;
        }
        return Py.NOT_IMPLEMENTED;
    }
}
