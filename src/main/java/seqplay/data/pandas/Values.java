package seqplay.data.pandas;

import seqplay.format.PyFloat;
import seqplay.format.PyStrings;

/** Python's view of the boxed values a column holds: {@code str()}, {@code repr()} and {@code ==}. */
final class Values {
    private Values() {
    }

    /** Python's {@code str(v)}. */
    static String str(Object v) {
        if (v == null) {
            return "None";
        }
        if (v instanceof Double) {
            return PyFloat.repr((Double) v);
        }
        if (v instanceof Boolean) {
            return (Boolean) v ? "True" : "False";
        }
        return v.toString();
    }

    /** Python's {@code repr(v)}. */
    static String repr(Object v) {
        return v instanceof String ? PyStrings.repr((String) v) : str(v);
    }

    /** Python's {@code ==} between the scalar types a column holds (1 == 1.0 == True). */
    static boolean pyEquals(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        Double x = numeric(a);
        Double y = numeric(b);
        if (x != null && y != null) {
            return x.doubleValue() == y.doubleValue();
        }
        return a.equals(b);
    }

    /** The number a Python int, float or bool stands for, or null for other values. */
    static Double numeric(Object v) {
        if (v instanceof Boolean) {
            return (Boolean) v ? 1.0 : 0.0;
        }
        if (v instanceof Number) {
            return ((Number) v).doubleValue();
        }
        return null;
    }
}
