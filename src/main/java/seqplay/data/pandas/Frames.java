package seqplay.data.pandas;

import java.util.List;
import seqplay.errors.PyException;
import seqplay.format.PyStrings;

/** Small shared helpers of the pandas classes. */
final class Frames {
    private Frames() {
    }

    static int[] range(int from, int to) {
        int[] r = new int[Math.max(0, to - from)];
        for (int i = 0; i < r.length; i++) {
            r[i] = from + i;
        }
        return r;
    }

    /** {@code head(n)}: the first n rows; a negative n means all but the last |n|, as in pandas. */
    static int[] headRows(int size, int n) {
        int end = n >= 0 ? Math.min(n, size) : Math.max(0, size + n);
        return range(0, end);
    }

    /** {@code tail(n)}: the last n rows; a negative n means all but the first |n|. */
    static int[] tailRows(int size, int n) {
        int start = n >= 0 ? Math.max(0, size - n) : Math.min(size, -n);
        return range(start, size);
    }

    static int[] toArray(List<Integer> list) {
        int[] a = new int[list.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = list.get(i);
        }
        return a;
    }

    /** Python's KeyError, whose message prints as the repr of its argument. */
    static PyException keyError(String text) {
        return new PyException("KeyError", PyStrings.repr(text));
    }

    static PyException keyError(Object label) {
        return new PyException("KeyError", Values.repr(label));
    }

    /**
     * {@code fillna(value)} on one column: float64 stays float64 for a number; an object column takes the value
     * as it is; a float column filled with text becomes object, as in pandas. Columns without gaps are returned.
     */
    static Column fill(Column c, Object value) {
        if (value == null || !c.hasNa()) {
            return c;
        }
        int n = c.size();
        Double number = Values.numeric(value);
        if (c.dtype() == Column.Dtype.FLOAT64 && number != null && !(value instanceof Boolean)) {
            double[] out = c.floats().clone();
            for (int i = 0; i < n; i++) {
                if (out[i] != out[i]) {
                    out[i] = number;
                }
            }
            return Column.ofFloats(out);
        }
        Object[] out = new Object[n];
        for (int i = 0; i < n; i++) {
            out[i] = c.isNa(i) ? value : c.get(i);
        }
        return Column.ofObjects(out);
    }
}
