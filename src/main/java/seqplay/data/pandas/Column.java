package seqplay.data.pandas;

import java.util.List;
import seqplay.data.csv.ParsedColumn;
import seqplay.errors.PyException;

/**
 * The values of one DataFrame column or of a Series: a numpy-style typed array with pandas' four lesson dtypes.
 *
 * <p>{@code float64} holds missing values as NaN; {@code int64} and {@code bool} have none (pandas widens them to
 * float64 / object when a value goes missing); {@code object} holds Python values boxed as Java objects:
 * {@link String}, {@link Long} (int), {@link Double} (float, NaN for missing), {@link Boolean}.
 */
public final class Column {
    /** pandas' dtypes in the playground, with the names pandas prints. */
    public enum Dtype {
        INT64("int64"), FLOAT64("float64"), BOOL("bool"), OBJECT("object");

        private final String pandasName;

        Dtype(String pandasName) {
            this.pandasName = pandasName;
        }

        public String pandasName() {
            return pandasName;
        }

        /** numpy's {@code is_numeric_dtype}: bool counts as numeric, as in pandas. */
        public boolean isNumeric() {
            return this != OBJECT;
        }
    }

    private final Dtype dtype;
    private final long[] ints;
    private final double[] floats;
    private final boolean[] bools;
    private final Object[] objects;

    private Column(Dtype dtype, long[] ints, double[] floats, boolean[] bools, Object[] objects) {
        this.dtype = dtype;
        this.ints = ints;
        this.floats = floats;
        this.bools = bools;
        this.objects = objects;
    }

    public static Column ofInts(long[] v) {
        return new Column(Dtype.INT64, v, null, null, null);
    }

    public static Column ofFloats(double[] v) {
        return new Column(Dtype.FLOAT64, null, v, null, null);
    }

    public static Column ofBools(boolean[] v) {
        return new Column(Dtype.BOOL, null, null, v, null);
    }

    /** An object column; a {@code null} element is Python's {@code None}. */
    public static Column ofObjects(Object[] v) {
        return new Column(Dtype.OBJECT, null, null, null, v);
    }

    /** A column of text labels (object dtype). */
    public static Column ofStrings(List<String> v) {
        return ofObjects(v.toArray(new Object[0]));
    }

    static Column of(ParsedColumn p) {
        switch (p.dtype()) {
            case INT64:
                return ofInts(p.ints());
            case FLOAT64:
                return ofFloats(p.floats());
            case BOOL:
                return ofBools(p.bools());
            default:
                return ofObjects(p.objects());
        }
    }

    /**
     * The column pandas builds from Python values ({@code pd.Series([...])}): int64 if all are ints, float64 if all
     * are numbers (None/NaN count as missing floats), bool if all are bools, else object.
     */
    public static Column infer(List<?> values) {
        int n = values.size();
        boolean allInt = true;
        boolean allNumber = true;
        boolean allBool = true;
        for (Object v : values) {
            boolean isBool = v instanceof Boolean;
            boolean isInt = v instanceof Long || v instanceof Integer;
            boolean isFloat = v instanceof Double || v instanceof Float;
            allInt &= isInt;
            allNumber &= isInt || isFloat || v == null;
            allBool &= isBool;
        }
        if (n > 0 && allBool) {
            boolean[] b = new boolean[n];
            for (int i = 0; i < n; i++) {
                b[i] = (Boolean) values.get(i);
            }
            return ofBools(b);
        }
        if (allInt) {
            long[] a = new long[n];
            for (int i = 0; i < n; i++) {
                a[i] = ((Number) values.get(i)).longValue();
            }
            return ofInts(a);
        }
        if (allNumber) {
            double[] a = new double[n];
            for (int i = 0; i < n; i++) {
                Object v = values.get(i);
                a[i] = v == null ? Double.NaN : ((Number) v).doubleValue();
            }
            return ofFloats(a);
        }
        Object[] o = new Object[n];
        for (int i = 0; i < n; i++) {
            Object v = values.get(i);
            o[i] = v instanceof Integer ? (Object) (long) (Integer) v : v;
        }
        return ofObjects(o);
    }

    public Dtype dtype() {
        return dtype;
    }

    public int size() {
        switch (dtype) {
            case INT64:
                return ints.length;
            case FLOAT64:
                return floats.length;
            case BOOL:
                return bools.length;
            default:
                return objects.length;
        }
    }

    /** The element as Python sees it: Long, Double, Boolean, String (or another boxed value, null for None). */
    public Object get(int i) {
        switch (dtype) {
            case INT64:
                return ints[i];
            case FLOAT64:
                return floats[i];
            case BOOL:
                return bools[i];
            default:
                return objects[i];
        }
    }

    /** pandas' {@code isna}: NaN floats and None. */
    public boolean isNa(int i) {
        switch (dtype) {
            case FLOAT64:
                return floats[i] != floats[i];
            case OBJECT:
                return isNaValue(objects[i]);
            default:
                return false;
        }
    }

    static boolean isNaValue(Object v) {
        return v == null || (v instanceof Double && ((Double) v).isNaN());
    }

    /** Whether any element is missing. */
    public boolean hasNa() {
        for (int i = 0; i < size(); i++) {
            if (isNa(i)) {
                return true;
            }
        }
        return false;
    }

    /** The numeric value of element {@code i} (bool as 0/1); only for numeric dtypes. */
    public double number(int i) {
        switch (dtype) {
            case INT64:
                return ints[i];
            case FLOAT64:
                return floats[i];
            case BOOL:
                return bools[i] ? 1.0 : 0.0;
            default:
                Object v = objects[i];
                if (v instanceof Number) {
                    return ((Number) v).doubleValue();
                }
                if (v instanceof Boolean) {
                    return (Boolean) v ? 1.0 : 0.0;
                }
                throw PyException.typeError("could not convert string to float: "
                        + seqplay.format.PyStrings.repr(String.valueOf(v)));
        }
    }

    /** Direct access for numeric kernels; null unless the dtype matches. */
    public double[] floats() {
        return floats;
    }

    public long[] ints() {
        return ints;
    }

    public boolean[] bools() {
        return bools;
    }

    public Object[] objects() {
        return objects;
    }

    /** The elements at {@code rows}, in that order. */
    public Column take(int[] rows) {
        int n = rows.length;
        switch (dtype) {
            case INT64: {
                long[] a = new long[n];
                for (int i = 0; i < n; i++) {
                    a[i] = ints[rows[i]];
                }
                return ofInts(a);
            }
            case FLOAT64: {
                double[] a = new double[n];
                for (int i = 0; i < n; i++) {
                    a[i] = floats[rows[i]];
                }
                return ofFloats(a);
            }
            case BOOL: {
                boolean[] a = new boolean[n];
                for (int i = 0; i < n; i++) {
                    a[i] = bools[rows[i]];
                }
                return ofBools(a);
            }
            default: {
                Object[] a = new Object[n];
                for (int i = 0; i < n; i++) {
                    a[i] = objects[rows[i]];
                }
                return ofObjects(a);
            }
        }
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive). */
    public Column slice(int from, int to) {
        int[] rows = new int[Math.max(0, to - from)];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = from + i;
        }
        return take(rows);
    }

    /** This column as float64 (ints and bools converted); object columns only if every value is a number. */
    public double[] toDoubles() {
        int n = size();
        if (dtype == Dtype.FLOAT64) {
            return floats.clone();
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = isNa(i) ? Double.NaN : number(i);
        }
        return out;
    }
}
