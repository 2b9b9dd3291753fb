package seqplay.data.pandas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import seqplay.errors.PyException;

/**
 * {@code pd.get_dummies}: one-hot columns for categorical values, pandas 2.x style (dtype bool).
 *
 * <pre>{@code
 * pd.get_dummies(df, columns=['species'])   # species_setosa, species_versicolor, species_virginica at the end
 * pd.get_dummies(df['species'])             # columns setosa, versicolor, virginica
 * }</pre>
 */
public final class Reshape {
    private Reshape() {
    }

    /** The element type of the dummy columns: pandas' {@code dtype=} (bool by default since pandas 2.0). */
    public enum DummyType { BOOL, INT64, FLOAT64 }

    /**
     * {@code pd.get_dummies(df, columns=None, drop_first=False)}: the columns to encode ({@code columns}, or every
     * object column) are replaced by {@code name_value} bool columns appended after the remaining columns, one
     * per distinct value in sorted order; a missing value sets none of them.
     */
    public static DataFrame getDummies(DataFrame df, List<Object> columns, boolean dropFirst) {
        return getDummies(df, columns, dropFirst, null, "_", DummyType.BOOL);
    }

    /**
     * {@code pd.get_dummies(df, prefix=None, prefix_sep='_', columns=None, drop_first=False, dtype=None)}.
     * {@code prefixes} is null (the column names), one prefix per encoded column, or a single prefix for all.
     */
    public static DataFrame getDummies(DataFrame df, List<Object> columns, boolean dropFirst, List<String> prefixes,
            String sep, DummyType type) {
        List<Object> encode = new ArrayList<>();
        if (columns == null) {
            for (int j = 0; j < df.ncols(); j++) {
                if (df.column(j).dtype() == Column.Dtype.OBJECT) {
                    encode.add(df.columns().get(j));
                }
            }
        } else {
            df.select(columns); // pandas takes data[columns] first: its KeyError for unknown names
            encode.addAll(columns);
        }
        if (prefixes != null && prefixes.size() != 1 && prefixes.size() != encode.size()) {
            throw PyException.valueError("Length of 'prefix' (" + prefixes.size() + ") did not match the length of"
                    + " the columns being encoded (" + encode.size() + ").");
        }
        DataFrame result = df.dropColumns(encode);
        List<Object> labels = new ArrayList<>(result.columns());
        List<Column> cols = new ArrayList<>();
        for (int j = 0; j < result.ncols(); j++) {
            cols.add(result.column(j));
        }
        for (int k = 0; k < encode.size(); k++) {
            Object name = encode.get(k);
            Series s = df.get(name);
            String prefix = prefixes == null ? Values.str(name) : prefixes.get(prefixes.size() == 1 ? 0 : k);
            addDummies(s.values(), prefix + sep, dropFirst, type, labels, cols);
        }
        return new DataFrame(labels, cols, df.index());
    }

    /** {@code pd.get_dummies(series)}: one bool column per distinct value, labelled by the value. */
    public static DataFrame getDummies(Series s, boolean dropFirst) {
        return getDummies(s, dropFirst, null, "_", DummyType.BOOL);
    }

    /** {@code pd.get_dummies(series, prefix=None, prefix_sep='_', drop_first=False, dtype=None)}. */
    public static DataFrame getDummies(Series s, boolean dropFirst, String prefix, String sep, DummyType type) {
        List<Object> labels = new ArrayList<>();
        List<Column> cols = new ArrayList<>();
        addDummies(s.values(), prefix == null ? null : prefix + sep, dropFirst, type, labels, cols);
        return new DataFrame(labels, cols, s.index());
    }

    private static void addDummies(Column c, String prefix, boolean dropFirst, DummyType type, List<Object> labels,
            List<Column> cols) {
        List<Object> levels = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            if (c.isNa(i)) {
                continue;
            }
            Object v = c.get(i);
            boolean seen = false;
            for (Object l : levels) {
                seen |= Values.pyEquals(l, v);
            }
            if (!seen) {
                levels.add(v);
            }
        }
        levels.sort(Reshape::compareLevels);
        for (int k = dropFirst ? 1 : 0; k < levels.size(); k++) {
            Object level = levels.get(k);
            boolean[] hot = new boolean[c.size()];
            for (int i = 0; i < hot.length; i++) {
                hot[i] = !c.isNa(i) && Values.pyEquals(c.get(i), level);
            }
            labels.add(prefix == null ? level : prefix + Values.str(level));
            cols.add(dummyColumn(hot, type));
        }
    }

    private static Column dummyColumn(boolean[] hot, DummyType type) {
        if (type == DummyType.BOOL) {
            return Column.ofBools(hot);
        }
        if (type == DummyType.INT64) {
            long[] v = new long[hot.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = hot[i] ? 1 : 0;
            }
            return Column.ofInts(v);
        }
        double[] v = new double[hot.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = hot[i] ? 1.0 : 0.0;
        }
        return Column.ofFloats(v);
    }

    /** Sorting categories as pandas does: numbers by value, texts alphabetically; both together is an error. */
    private static int compareLevels(Object a, Object b) {
        Double x = Values.numeric(a);
        Double y = Values.numeric(b);
        if (x != null && y != null) {
            return Double.compare(x, y);
        }
        if (a instanceof String && b instanceof String) {
            return Comparator.<String>naturalOrder().compare((String) a, (String) b);
        }
        throw PyException.typeError("'<' not supported between instances of '" + Reductions.pyTypeName(a)
                + "' and '" + Reductions.pyTypeName(b) + "'");
    }
}
