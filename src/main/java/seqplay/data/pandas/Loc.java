package seqplay.data.pandas;

import java.util.ArrayList;
import java.util.List;

/**
 * Row selection by label for {@code df.loc[...]} / {@code s.loc[...]}: one label, a list of labels, or a label
 * slice whose end is included, with pandas 2.x's KeyError texts.
 *
 * <pre>{@code
 * df.loc[3]; df.loc[[3, 0]]; df.loc[2:5]; df.loc[::-1]
 * }</pre>
 */
public final class Loc {
    private Loc() {
    }

    /** The rows labelled {@code label} (several for a repeated label); {@code KeyError: label} when none. */
    public static int[] rowsOf(Index index, Object label) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < index.size(); i++) {
            if (Values.pyEquals(index.label(i), label)) {
                rows.add(i);
            }
        }
        if (rows.isEmpty()) {
            throw Frames.keyError(label);
        }
        return Frames.toArray(rows);
    }

    /** The rows of these labels in the order given: pandas' "None of [...]" / "[...] not in index" texts. */
    public static int[] rowsOf(Index index, List<Object> labels) {
        List<Integer> rows = new ArrayList<>();
        List<Object> missing = new ArrayList<>();
        for (Object label : labels) {
            int before = rows.size();
            for (int i = 0; i < index.size(); i++) {
                if (Values.pyEquals(index.label(i), label)) {
                    rows.add(i);
                }
            }
            if (rows.size() == before) {
                missing.add(label);
            }
        }
        if (!missing.isEmpty()) {
            if (missing.size() < labels.size()) {
                throw Frames.keyError(DataFrame.pyList(missing) + " not in index");
            }
            List<String> items = new ArrayList<>();
            for (Object label : labels) {
                items.add(Values.repr(label));
            }
            String dtype = Column.infer(labels).dtype().pandasName();
            throw Frames.keyError("None of [" + IndexRepr.format("Index", items, "dtype='" + dtype + "'")
                    + "] are in the [index]");
        }
        return Frames.toArray(rows);
    }

    /**
     * {@code loc[start:stop:step]} (null for an omitted bound): from the row of {@code start} to the row of
     * {@code stop}, both included. A label the index lacks is placed by value when the index is sorted
     * ascending, else {@code KeyError: label}; a negative step walks backwards.
     */
    public static int[] slice(Index index, Object start, Object stop, long step) {
        int n = index.size();
        int from;
        int to; // exclusive, in the direction of the step
        if (step > 0) {
            from = start == null ? 0 : bound(index, start, true);
            to = stop == null ? n : bound(index, stop, false);
        } else {
            from = start == null ? n - 1 : bound(index, start, false) - 1;
            to = stop == null ? -1 : bound(index, stop, true) - 1;
        }
        List<Integer> rows = new ArrayList<>();
        for (long i = from; step > 0 ? i < to : i > to; i += step) {
            rows.add((int) i);
        }
        return Frames.toArray(rows);
    }

    /** The first row of {@code label} (left) or one past its last row (right). */
    private static int bound(Index index, Object label, boolean left) {
        int n = index.size();
        for (int k = 0; k < n; k++) {
            int i = left ? k : n - 1 - k;
            if (Values.pyEquals(index.label(i), label)) {
                return left ? i : i + 1;
            }
        }
        Double x = Values.numeric(label);
        boolean sorted = x != null;
        for (int i = 0; sorted && i < n; i++) {
            Double v = Values.numeric(index.label(i));
            sorted = v != null && (i == 0 || Values.numeric(index.label(i - 1)) <= v);
        }
        if (!sorted) {
            throw Frames.keyError(label);
        }
        int i = 0;
        while (i < n && (left ? Values.numeric(index.label(i)) < x : Values.numeric(index.label(i)) <= x)) {
            i++;
        }
        return i;
    }

    /** Columns by label slice, both ends included (pandas: a missing column label raises its KeyError). */
    public static List<Object> columnSlice(List<Object> columns, Object start, Object stop, long step) {
        Index labels = Index.of(Column.ofObjects(columns.toArray()), null);
        List<Object> out = new ArrayList<>();
        for (int i : slice(labels, start, stop, step)) {
            out.add(columns.get(i));
        }
        return out;
    }

    /**
     * {@code df.loc[rows, label] = values}: the column with {@code values} (one per selected row) written at
     * {@code rows}. A new column holds NaN in the other rows (float64 for numbers, object for text); an existing
     * column keeps its dtype when it can hold every value, else pandas 2.x upcasts it (int64 to float64, to
     * object for text or bools) and {@code warn} is told the first value it could not hold.
     *
     * @param old the column, or null for a new one
     */
    public static Column assign(Column old, int n, int[] rows, List<Object> values, java.util.function.Consumer<Object> warn) {
        List<Object> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(old == null ? (Object) Double.NaN : old.isNa(i) && old.dtype() != Column.Dtype.OBJECT
                    ? (Object) Double.NaN : old.get(i));
        }
        Object misfit = null;
        for (int k = 0; k < rows.length; k++) {
            Object v = values.get(k);
            all.set(rows[k], v);
            if (old != null && misfit == null && !holds(old.dtype(), v)) {
                misfit = v;
            }
        }
        if (old == null) {
            return Column.infer(all);
        }
        if (misfit != null) {
            warn.accept(misfit);
            return Column.infer(all);
        }
        switch (old.dtype()) {
            case INT64: {
                long[] out = new long[n];
                for (int i = 0; i < n; i++) {
                    out[i] = (long) Values.numeric(all.get(i)).doubleValue();
                }
                return Column.ofInts(out);
            }
            case FLOAT64: {
                double[] out = new double[n];
                for (int i = 0; i < n; i++) {
                    Double d = all.get(i) == null ? null : Values.numeric(all.get(i));
                    out[i] = d == null ? Double.NaN : d;
                }
                return Column.ofFloats(out);
            }
            case BOOL: {
                boolean[] out = new boolean[n];
                for (int i = 0; i < n; i++) {
                    out[i] = (Boolean) all.get(i);
                }
                return Column.ofBools(out);
            }
            default:
                return Column.ofObjects(all.toArray());
        }
    }

    /** numpy's {@code can_hold_element}: ints take whole floats, floats take ints and None, bools only bools. */
    private static boolean holds(Column.Dtype dtype, Object v) {
        switch (dtype) {
            case INT64:
                return v instanceof Long || (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 9.2e18);
            case FLOAT64:
                return v instanceof Long || v instanceof Double || v == null;
            case BOOL:
                return v instanceof Boolean;
            default:
                return true;
        }
    }
}
