package seqplay.data.csv;

/**
 * One column of a CSV file after pandas' type inference: exactly one of the arrays is set, the one of its dtype.
 *
 * <p>Missing values are {@code NaN} in float64 columns and {@link Double#NaN} boxed in object columns, as in
 * pandas; int64 and bool columns have none (pandas widens them to float64 or object when a value is missing).
 */
public record ParsedColumn(Dtype dtype, long[] ints, double[] floats, boolean[] bools, Object[] objects) {

    /** The four dtypes pandas' C parser infers, in the order it tries them. */
    public enum Dtype {
        INT64("int64"), FLOAT64("float64"), BOOL("bool"), OBJECT("object");

        private final String pandasName;

        Dtype(String pandasName) {
            this.pandasName = pandasName;
        }

        /** The name pandas prints ({@code df.dtypes}, {@code info()}). */
        public String pandasName() {
            return pandasName;
        }
    }

    public static ParsedColumn ofInts(long[] v) {
        return new ParsedColumn(Dtype.INT64, v, null, null, null);
    }

    public static ParsedColumn ofFloats(double[] v) {
        return new ParsedColumn(Dtype.FLOAT64, null, v, null, null);
    }

    public static ParsedColumn ofBools(boolean[] v) {
        return new ParsedColumn(Dtype.BOOL, null, null, v, null);
    }

    /** Texts ({@link String}), {@link Boolean}s and {@code Double.NaN} for missing cells. */
    public static ParsedColumn ofObjects(Object[] v) {
        return new ParsedColumn(Dtype.OBJECT, null, null, null, v);
    }

    public int length() {
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

    /**
     * The dtype pandas' C parser gives these cells: int64 if every cell is an integer, float64 if every cell is a
     * number or missing (a missing cell also turns integers into float64), bool if every cell is
     * {@code True/TRUE/true/False/FALSE/false}, else object. Missing means one of pandas' default {@code na_values}.
     */
    public static ParsedColumn infer(String[] cells) {
        return infer(cells, null);
    }

    /** The same with {@code na_values}: these cells are missing too (null for none). */
    public static ParsedColumn infer(String[] cells, java.util.Set<String> naValues) {
        int n = cells.length;
        boolean[] missing = new boolean[n];
        int missingCount = 0;
        for (int i = 0; i < n; i++) {
            missing[i] = ReadCsv.isDefaultNa(cells[i]) || (naValues != null && naValues.contains(cells[i]));
            if (missing[i]) {
                missingCount++;
            }
        }
        ParsedColumn ints = tryInts(cells, missing, missingCount);
        if (ints != null) {
            return ints;
        }
        double[] floats = new double[n];
        boolean allFloats = true;
        for (int i = 0; i < n && allFloats; i++) {
            if (missing[i]) {
                floats[i] = Double.NaN;
            } else {
                floats[i] = Numbers.parseDouble(cells[i]);
                allFloats = floats[i] == floats[i];
            }
        }
        if (allFloats) {
            return ofFloats(floats);
        }
        boolean[] bools = new boolean[n];
        boolean allBools = true;
        for (int i = 0; i < n && allBools; i++) {
            if (!missing[i]) {
                String s = cells[i];
                if (s.equals("True") || s.equals("TRUE") || s.equals("true")) {
                    bools[i] = true;
                } else if (!(s.equals("False") || s.equals("FALSE") || s.equals("false"))) {
                    allBools = false;
                }
            }
        }
        if (allBools && missingCount == 0) {
            return ofBools(bools);
        }
        Object[] objects = new Object[n];
        for (int i = 0; i < n; i++) {
            if (missing[i]) {
                objects[i] = Double.NaN;
            } else if (allBools) {
                objects[i] = bools[i]; // a bool column with gaps: pandas keeps True/False/NaN as objects
            } else {
                objects[i] = cells[i];
            }
        }
        return ofObjects(objects);
    }

    private static ParsedColumn textColumn(String[] cells, boolean[] missing) {
        Object[] objects = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            objects[i] = missing[i] ? (Object) Double.NaN : cells[i];
        }
        return ofObjects(objects);
    }

    private static ParsedColumn tryInts(String[] cells, boolean[] missing, int missingCount) {
        int n = cells.length;
        long[] values = new long[n];
        for (int i = 0; i < n; i++) {
            if (missing[i]) {
                continue;
            }
            Long v = Numbers.parseInt64(cells[i]);
            if (v == null) {
                if (Numbers.isIntegerSyntax(cells[i])) {
                    // Too large for int64: pandas tries uint64 and then keeps the texts.
                    // numpy note: the uint64 range (2^63 .. 2^64-1) also stays text here.
                    return textColumn(cells, missing);
                }
                return null;
            }
            values[i] = v;
        }
        if (missingCount == 0) {
            return ofInts(values);
        }
        double[] widened = new double[n];
        for (int i = 0; i < n; i++) {
            widened[i] = missing[i] ? Double.NaN : (double) values[i];
        }
        return ofFloats(widened);
    }
}
