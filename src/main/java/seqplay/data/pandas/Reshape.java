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

    /**
     * {@code pd.get_dummies(df, columns=None, drop_first=False)}: the columns to encode ({@code columns}, or every
     * object column) are replaced by {@code name_value} bool columns appended after the remaining columns, one
     * per distinct value in sorted order; a missing value sets none of them.
     */
    public static DataFrame getDummies(DataFrame df, List<Object> columns, boolean dropFirst) {
        List<Object> encode = new ArrayList<>();
        if (columns == null) {
            for (int j = 0; j < df.ncols(); j++) {
                if (df.column(j).dtype() == Column.Dtype.OBJECT) {
                    encode.add(df.columns().get(j));
                }
            }
        } else {
            encode.addAll(columns);
        }
        DataFrame result = df.dropColumns(encode);
        List<Object> labels = new ArrayList<>(result.columns());
        List<Column> cols = new ArrayList<>();
        for (int j = 0; j < result.ncols(); j++) {
            cols.add(result.column(j));
        }
        for (Object name : encode) {
            Series s = df.get(name);
            addDummies(s.values(), Values.str(name) + "_", dropFirst, labels, cols);
        }
        return new DataFrame(labels, cols, df.index());
    }

    /** {@code pd.get_dummies(series)}: one bool column per distinct value, labelled by the value. */
    public static DataFrame getDummies(Series s, boolean dropFirst) {
        List<Object> labels = new ArrayList<>();
        List<Column> cols = new ArrayList<>();
        addDummies(s.values(), null, dropFirst, labels, cols);
        return new DataFrame(labels, cols, s.index());
    }

    private static void addDummies(Column c, String prefix, boolean dropFirst, List<Object> labels,
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
            cols.add(Column.ofBools(hot));
        }
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
