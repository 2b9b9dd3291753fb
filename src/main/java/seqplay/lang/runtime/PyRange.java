package seqplay.lang.runtime;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** Python's {@code range}: lazy, so {@code for i in range(10**9)} costs nothing until it runs. */
public final class PyRange implements PyObject {
    private final long start;
    private final long stop;
    private final long step;
    private final long length;

    public PyRange(long start, long stop, long step) {
        if (step == 0) {
            throw Py.valueError("range() arg 3 must not be zero");
        }
        this.start = start;
        this.stop = stop;
        this.step = step;
        long n;
        if (step > 0) {
            n = start < stop ? (stop - start - 1) / step + 1 : 0;
        } else {
            n = start > stop ? (start - stop - 1) / (-step) + 1 : 0;
        }
        this.length = n;
    }

    public long start() {
        return start;
    }

    public long stop() {
        return stop;
    }

    public long step() {
        return step;
    }

    public long size() {
        return length;
    }

    @Override
    public PyType type() {
        return BuiltinTypes.RANGE;
    }

    @Override
    public long hash() {
        return PyTuple.of(length, length == 0 ? Py.NONE : start, length <= 1 ? Py.NONE : step).hash();
    }

    @Override
    public int length() {
        if (length > Integer.MAX_VALUE) {
            throw Py.overflow("Python int too large to convert to C ssize_t");
        }
        return (int) length;
    }

    @Override
    public boolean truthy() {
        return length > 0;
    }

    @Override
    public Iterator<Object> iterator() {
        return new Iterator<>() {
            private long index;

            @Override
            public boolean hasNext() {
                return index < length;
            }

            @Override
            public Object next() {
                if (index >= length) {
                    throw new NoSuchElementException();
                }
                return start + step * index++;
            }
        };
    }

    @Override
    public boolean contains(Object item) {
        if (!Ints.isInt(item) || item instanceof java.math.BigInteger) {
            return PyObject.super.contains(item);
        }
        long v = Ints.small(item);
        if (step > 0 ? (v < start || v >= stop) : (v > start || v <= stop)) {
            return false;
        }
        return (v - start) % step == 0;
    }

    @Override
    public Object getItem(Object key) {
        if (key instanceof PySlice) {
            long[] s = ((PySlice) key).indices(length);
            long newStart = start + s[0] * step;
            long newStep = s[2] * step;
            return new PyRange(newStart, newStart + s[3] * newStep, newStep);
        }
        long i = Py.indexValue(key, "range indices must be integers or slices, not " + Py.typeName(key));
        if (i < 0) {
            i += length;
        }
        if (i < 0 || i >= length) {
            throw Py.indexError("range object index out of range");
        }
        return start + step * i;
    }

    @Override
    public Object binaryOp(Op op, Object other, boolean reflected) {
        if (op == Op.EQ || op == Op.NE) {
            boolean same = false;
            if (other instanceof PyRange) {
                PyRange r = (PyRange) other;
                same = length == r.length && (length == 0 || (start == r.start && (length == 1 || step == r.step)));
            }
            return (op == Op.EQ) == same;
        }
        return Py.NOT_IMPLEMENTED;
    }

    @Override
    public String repr() {
        return "range(" + start + ", " + stop + (step == 1 ? "" : ", " + step) + ")";
    }
}
