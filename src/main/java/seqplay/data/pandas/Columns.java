package seqplay.data.pandas;

import seqplay.errors.PyException;
import seqplay.numpy.DType;

/** Conversions between pandas columns and numpy arrays. */
final class Columns {
    private Columns() {
    }

    /** The column pandas makes of a numpy array (float32 widens to float64). */
    static Column fromNumpy(DType type, double[] values) {
        switch (type) {
            case INT64: {
                long[] v = new long[values.length];
                for (int i = 0; i < v.length; i++) {
                    v[i] = (long) values[i];
                }
                return Column.ofInts(v);
            }
            case BOOL: {
                boolean[] v = new boolean[values.length];
                for (int i = 0; i < v.length; i++) {
                    v[i] = values[i] != 0;
                }
                return Column.ofBools(v);
            }
            default:
                return Column.ofFloats(values);
        }
    }

    /** The numpy dtype of a column's values; text (object) columns raise. */
    static DType numpyType(Column c, Object label) {
        switch (c.dtype()) {
            case INT64:
                return DType.INT64;
            case FLOAT64:
                return DType.FLOAT64;
            case BOOL:
                return DType.BOOL;
            default:
                for (int i = 0; i < c.size(); i++) {
                    Object v = c.get(i);
                    if (!(v instanceof Number) && !Column.isNaValue(v)) {
                        throw objectValues(label, "text");
                    }
                }
                return DType.FLOAT64;
        }
    }

    static PyException objectValues(Object label, String what) {
        return new PyException("NotImplementedError", "the playground's numpy arrays hold numbers only; column "
                + Values.repr(label) + " holds " + what + " (pandas would make an object array). Drop it, or turn it"
                + " into numbers with pd.get_dummies or a mapping", "pandas.object_values");
    }

    static String tuple(int[] shape) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            sb.append(i > 0 ? ", " : "").append(shape[i]);
        }
        return sb.append(shape.length == 1 ? ",)" : ")").toString();
    }
}
