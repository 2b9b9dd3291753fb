package seqplay.data.pandas;

import java.util.ArrayList;
import java.util.List;
import seqplay.errors.PyException;
import seqplay.numpy.DType;
import seqplay.numpy.NdArray;

/**
 * pandas' {@code Series}: one column of values with row labels and a name.
 *
 * <pre>{@code
 * s = df['sepal length (cm)']
 * s.head()          # the first 5 values, printed with their index and "Name: ..., dtype: float64"
 * s.value_counts()
 * }</pre>
 */
public final class Series {
    private final Column values;
    private final Index index;
    private final Object name;

    public Series(Column values, Index index, Object name) {
        if (values.size() != index.size()) {
            throw PyException.valueError("Length of values (" + values.size() + ") does not match length of index ("
                    + index.size() + ")");
        }
        this.values = values;
        this.index = index;
        this.name = name;
    }

    /** {@code pd.Series(values, name=name)} with a RangeIndex. */
    public static Series of(Column values, Object name) {
        return new Series(values, Index.range(values.size()), name);
    }

    /** {@code s.values} / {@code s.to_numpy()}: a 1-D array (numpy note: text columns raise, see DataFrame). */
    public NdArray toNumpy() {
        DType type = Columns.numpyType(values, name);
        double[] out = new double[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.isNa(i) ? Double.NaN : values.number(i);
        }
        return new NdArray(type, new int[] {out.length}, out);
    }

    /** {@code pd.Series(array, name=name)} for a 1-D array. */
    public static Series fromArray(NdArray a, Object name) {
        if (a.ndim() != 1) {
            throw PyException.valueError("Data must be 1-dimensional, got ndarray of shape "
                    + Columns.tuple(a.shape()) + " instead");
        }
        return of(Columns.fromNumpy(a.dtype(), a.data().clone()), name);
    }

    /** The same index and name over new values, e.g. what {@code np.log(s)} returns. */
    public Series withValues(NdArray a) {
        return new Series(Columns.fromNumpy(a.dtype(), a.data().clone()), index, name);
    }

    public Column values() {
        return values;
    }

    public Index index() {
        return index;
    }

    /** The {@code name} (a column label), or null. */
    public Object name() {
        return name;
    }

    public Series rename(Object newName) {
        return new Series(values, index, newName);
    }

    public int size() {
        return values.size();
    }

    public String dtypeName() {
        return values.dtype().pandasName();
    }

    /** The rows at these positions, labels kept. */
    public Series take(int[] rows) {
        return new Series(values.take(rows), index.take(rows), name);
    }

    /**
     * {@code s.sort_index(ascending=True)}: the rows in the order of their labels (numbers by value, texts
     * alphabetically, missing labels last), as after {@code value_counts().sort_index()}.
     */
    public Series sortIndex(boolean ascending) {
        int n = size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> {
            Object x = index.label(a);
            Object y = index.label(b);
            boolean xa = Column.isNaValue(x);
            boolean ya = Column.isNaValue(y);
            if (xa || ya) {
                return Boolean.compare(xa, ya);
            }
            int c = compareLabels(x, y);
            return ascending ? c : -c;
        });
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = order[i];
        }
        return take(rows);
    }

    private static int compareLabels(Object a, Object b) {
        Double x = Values.numeric(a);
        Double y = Values.numeric(b);
        if (x != null && y != null) {
            return Double.compare(x, y);
        }
        if (a instanceof String p && b instanceof String q) {
            return p.compareTo(q);
        }
        throw PyException.typeError("'<' not supported between instances of '" + Reductions.pyTypeName(b)
                + "' and '" + Reductions.pyTypeName(a) + "'");
    }

    /** {@code s.unique()}: the distinct values in order of first appearance, as a column of the same dtype. */
    public Column unique() {
        return Stats.unique(values);
    }

    /** {@code s.sort_values(ascending=...)}: missing values last, ties in their original order, labels kept. */
    public Series sortValues(boolean ascending) {
        return take(Stats.sortOrder(List.of(values), new boolean[] {ascending}));
    }

    /** {@code s.median()} (NaN skipped). */
    public double median() {
        return Stats.median(values, false);
    }

    /** {@code s.round(decimals)}. */
    public Series round(int decimals) {
        return new Series(Stats.round(values, decimals), index, name);
    }

    /** {@code s.abs()}. */
    public Series abs() {
        return new Series(Stats.abs(values), index, name);
    }

    public Series head(int n) {
        return take(Frames.headRows(size(), n));
    }

    public Series tail(int n) {
        return take(Frames.tailRows(size(), n));
    }

    /** {@code s[label]}: the value at an index label. */
    public Object at(Object label) {
        int i = index.positionOf(label);
        if (i < 0) {
            throw new PyException("KeyError", Values.repr(label));
        }
        return values.get(i);
    }

    /** {@code isna()}: a bool Series. */
    public Series isna() {
        boolean[] b = new boolean[size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = values.isNa(i);
        }
        return new Series(Column.ofBools(b), index, name);
    }

    /** {@code dropna()}: the rows whose value is not missing. */
    public Series dropna() {
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            if (!values.isNa(i)) {
                keep.add(i);
            }
        }
        return take(Frames.toArray(keep));
    }

    /** {@code fillna(value)}: missing values replaced; a float column filled with a number stays float64. */
    public Series fillna(Object value) {
        return new Series(Frames.fill(values, value), index, name);
    }

    /** {@code value_counts(normalize=False, dropna=True)}: pandas 2.x names it {@code count} / {@code proportion}. */
    public Series valueCounts(boolean normalize) {
        return Reductions.valueCounts(this, normalize);
    }

    /** {@code s.describe()}. */
    public Series describe() {
        return Reductions.describe(this);
    }

    /** {@code s.mean()} (NaN skipped). */
    public double mean() {
        requireNumeric("mean");
        return Reductions.mean(values);
    }

    /** {@code s.std()} ({@code ddof=1}). */
    public double std() {
        return std(1);
    }

    /** {@code s.std(ddof=...)}: the divisor is n - ddof. */
    public double std(int ddof) {
        requireNumeric("std");
        return Reductions.std(values, ddof);
    }

    public double min() {
        requireNumeric("min");
        return Reductions.min(values);
    }

    public double max() {
        requireNumeric("max");
        return Reductions.max(values);
    }

    /** {@code s.sum()} as a float (for int64/bool series the binding shows it as an int). */
    public double sum() {
        requireNumeric("sum");
        return Reductions.sum(values);
    }

    private void requireNumeric(String op) {
        if (values.dtype() == Column.Dtype.OBJECT) {
            boolean text = false;
            for (int i = 0; i < size(); i++) {
                text |= values.get(i) instanceof String;
            }
            if (text) {
                // pandas 2.x first adds the values up (joining the texts), then fails to read the result
                throw PyException.typeError("Could not convert string " + seqplay.format.PyStrings.repr(
                        String.valueOf(Reductions.joinTexts(values))) + " to numeric");
            }
        }
    }

    /** {@code repr(s)}, exactly as pandas prints it to a text console. */
    public String repr() {
        return Printer.series(this);
    }

    @Override
    public String toString() {
        return repr();
    }
}
