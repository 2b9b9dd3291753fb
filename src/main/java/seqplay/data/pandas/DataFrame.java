package seqplay.data.pandas;

import java.util.ArrayList;
import java.util.List;
import seqplay.data.csv.ParsedColumn;
import seqplay.data.csv.ReadCsv;
import seqplay.errors.PyException;
import seqplay.numpy.DType;
import seqplay.numpy.NdArray;

/**
 * pandas' {@code DataFrame}: named columns of equal length sharing one row index.
 *
 * <p>Like pandas, a frame is changed in place only by column assignment ({@code df['new'] = ...}); every other
 * method returns a new frame that shares the unchanged columns.
 *
 * <pre>{@code
 * df = pd.read_csv('iris.csv')
 * df.head()                      # first 5 rows
 * X = df.drop('species', axis=1).values
 * }</pre>
 */
public final class DataFrame {
    private final List<Object> labels;
    private final List<Column> columns;
    private final Index index;

    /**
     * @param labels  column labels ({@link String}s, or {@link Long}s for {@code header=None})
     * @param columns the columns, all as long as {@code index}
     */
    public DataFrame(List<Object> labels, List<Column> columns, Index index) {
        if (labels.size() != columns.size()) {
            throw new IllegalArgumentException(labels.size() + " labels for " + columns.size() + " columns");
        }
        for (Column c : columns) {
            if (c.size() != index.size()) {
                throw PyException.valueError("Length of values (" + c.size() + ") does not match length of index ("
                        + index.size() + ")");
            }
        }
        this.labels = new ArrayList<>(labels);
        this.columns = new ArrayList<>(columns);
        this.index = index;
    }

    /** The frame {@code pd.read_csv} builds from a parsed file. */
    public static DataFrame fromCsv(ReadCsv.Table table) {
        List<Column> cols = new ArrayList<>();
        for (ParsedColumn p : table.columns()) {
            cols.add(Column.of(p));
        }
        Index index = table.index() == null ? Index.range(table.rows()) : Index.of(Column.of(table.index()), null);
        return new DataFrame(table.labels(), cols, index);
    }

    /**
     * {@code pd.DataFrame(X, columns=labels)} for a 2-D float64 or int64 array given row-major; {@code labels}
     * null numbers the columns 0, 1, 2, …
     */
    public static DataFrame fromRows(double[] data, int rows, int cols, boolean int64, List<Object> labels) {
        if (labels != null && labels.size() != cols) {
            throw PyException.valueError("Shape of passed values is (" + rows + ", " + cols + "), indices imply ("
                    + rows + ", " + labels.size() + ")");
        }
        List<Object> names = new ArrayList<>();
        List<Column> columnList = new ArrayList<>();
        for (int j = 0; j < cols; j++) {
            names.add(labels == null ? (Object) (long) j : labels.get(j));
            if (int64) {
                long[] v = new long[rows];
                for (int i = 0; i < rows; i++) {
                    v[i] = (long) data[i * cols + j];
                }
                columnList.add(Column.ofInts(v));
            } else {
                double[] v = new double[rows];
                for (int i = 0; i < rows; i++) {
                    v[i] = data[i * cols + j];
                }
                columnList.add(Column.ofFloats(v));
            }
        }
        return new DataFrame(names, columnList, Index.range(rows));
    }

    /**
     * {@code pd.DataFrame(array, columns=labels)} for a 1-D or 2-D array (a 1-D array is one column); null
     * labels number the columns 0, 1, 2, …
     */
    public static DataFrame fromArray(NdArray a, List<Object> labels) {
        int[] shape = a.shape();
        if (shape.length > 2) {
            throw PyException.valueError("Must pass 2-d input. shape=" + Columns.tuple(shape));
        }
        int rows = shape.length == 0 ? 1 : shape[0];
        int cols = shape.length == 2 ? shape[1] : 1;
        if (labels != null && labels.size() != cols) {
            throw PyException.valueError("Shape of passed values is (" + rows + ", " + cols + "), indices imply ("
                    + rows + ", " + labels.size() + ")");
        }
        List<Object> names = new ArrayList<>();
        List<Column> columnList = new ArrayList<>();
        double[] d = a.data();
        for (int j = 0; j < cols; j++) {
            names.add(labels == null ? (Object) (long) j : labels.get(j));
            double[] v = new double[rows];
            for (int i = 0; i < rows; i++) {
                v[i] = d[i * cols + j];
            }
            columnList.add(Columns.fromNumpy(a.dtype(), v));
        }
        return new DataFrame(names, columnList, Index.range(rows));
    }

    /**
     * {@code df.values} / {@code df.to_numpy()}: one array of the columns' common type (int64 and float64 give
     * float64). numpy note: pandas gives an object array when a column holds text or bools mix with numbers; the
     * playground's arrays hold numbers only, so that raises here, naming the column.
     */
    public NdArray toNumpy() {
        int n = rows();
        int m = ncols();
        DType type = null;
        for (int j = 0; j < m; j++) {
            Column c = columns.get(j);
            DType t = Columns.numpyType(c, labels.get(j));
            if (type != null && (type == DType.BOOL) != (t == DType.BOOL)) {
                throw Columns.objectValues(labels.get(j), "bool and number columns together");
            }
            type = type == null ? t : DType.promote(type, t);
        }
        if (type == null) {
            type = DType.FLOAT64;
        }
        double[] out = new double[n * m];
        for (int j = 0; j < m; j++) {
            Column c = columns.get(j);
            for (int i = 0; i < n; i++) {
                out[i * m + j] = c.isNa(i) ? Double.NaN : c.number(i);
            }
        }
        return new NdArray(type, new int[] {n, m}, out);
    }

    public int rows() {
        return index.size();
    }

    public int ncols() {
        return columns.size();
    }

    /** The column labels in order ({@code df.columns}). */
    public List<Object> columns() {
        return List.copyOf(labels);
    }

    public Index index() {
        return index;
    }

    /** The column at position {@code j}. */
    public Column column(int j) {
        return columns.get(j);
    }

    /** {@code repr(df.columns)}: {@code Index(['a', 'b'], dtype='object')}. */
    public String columnsRepr() {
        List<String> items = new ArrayList<>();
        boolean allInts = !labels.isEmpty();
        for (Object o : labels) {
            items.add(Values.repr(o));
            allInts &= o instanceof Long;
        }
        return IndexRepr.format("Index", items, "dtype='" + (allInts ? "int64" : "object") + "'");
    }

    private int position(Object label) {
        for (int j = 0; j < labels.size(); j++) {
            if (Values.pyEquals(labels.get(j), label)) {
                return j;
            }
        }
        return -1;
    }

    /** {@code df[label]}: one column as a Series named by its label. */
    public Series get(Object label) {
        int j = position(label);
        if (j < 0) {
            throw Frames.keyError(label);
        }
        return new Series(columns.get(j), index, labels.get(j));
    }

    /** {@code df[[a, b]]}: the named columns in the order given. */
    public DataFrame select(List<Object> wanted) {
        List<Object> missing = new ArrayList<>();
        for (Object w : wanted) {
            if (position(w) < 0) {
                missing.add(w);
            }
        }
        if (!missing.isEmpty()) {
            if (missing.size() == wanted.size()) {
                List<String> items = new ArrayList<>();
                for (Object w : wanted) {
                    items.add(Values.repr(w));
                }
                throw Frames.keyError("None of [" + IndexRepr.format("Index", items, "dtype='object'")
                        + "] are in the [columns]");
            }
            throw Frames.keyError(pyList(missing) + " not in index");
        }
        List<Column> cols = new ArrayList<>();
        List<Object> names = new ArrayList<>();
        for (Object w : wanted) {
            int j = position(w);
            cols.add(columns.get(j));
            names.add(labels.get(j));
        }
        return new DataFrame(names, cols, index);
    }

    /** {@code df[label] = values}: adds the column at the end or replaces it in place. */
    public void set(Object label, Column values) {
        if (values.size() != rows()) {
            throw PyException.valueError("Length of values (" + values.size() + ") does not match length of index ("
                    + rows() + ")");
        }
        int j = position(label);
        if (j < 0) {
            labels.add(label);
            columns.add(values);
        } else {
            columns.set(j, values);
        }
    }

    /** The rows at these positions (labels kept). */
    public DataFrame take(int[] rows) {
        List<Column> cols = new ArrayList<>();
        for (Column c : columns) {
            cols.add(c.take(rows));
        }
        return new DataFrame(labels, cols, index.take(rows));
    }

    /** {@code df.iloc[:, js]}: the columns at these positions, in the order given. */
    public DataFrame takeColumns(int[] js) {
        List<Object> names = new ArrayList<>();
        List<Column> cols = new ArrayList<>();
        for (int j : js) {
            names.add(labels.get(j));
            cols.add(columns.get(j));
        }
        return new DataFrame(names, cols, index);
    }

    /**
     * {@code df.iloc[i]}: row {@code i} as a Series indexed by the column labels and named by the row's label. Its
     * type is the columns' common type as pandas interleaves them: int64 for int columns, float64 once a float
     * column joins, bool for bool columns, and object (each value as it is) for text or bools beside numbers.
     */
    public Series row(int i) {
        int n = columns.size();
        boolean ints = n > 0;
        boolean numbers = n > 0;
        boolean bools = n > 0;
        for (Column c : columns) {
            ints &= c.dtype() == Column.Dtype.INT64;
            numbers &= c.dtype() == Column.Dtype.INT64 || c.dtype() == Column.Dtype.FLOAT64;
            bools &= c.dtype() == Column.Dtype.BOOL;
        }
        Column values;
        if (ints) {
            long[] v = new long[n];
            for (int j = 0; j < n; j++) {
                v[j] = columns.get(j).ints()[i];
            }
            values = Column.ofInts(v);
        } else if (numbers) {
            double[] v = new double[n];
            for (int j = 0; j < n; j++) {
                v[j] = columns.get(j).isNa(i) ? Double.NaN : columns.get(j).number(i);
            }
            values = Column.ofFloats(v);
        } else if (bools) {
            boolean[] v = new boolean[n];
            for (int j = 0; j < n; j++) {
                v[j] = columns.get(j).bools()[i];
            }
            values = Column.ofBools(v);
        } else {
            Object[] v = new Object[n];
            for (int j = 0; j < n; j++) {
                v[j] = columns.get(j).isNa(i) ? Double.NaN : columns.get(j).get(i);
            }
            values = Column.ofObjects(v);
        }
        return new Series(values, Index.of(labelColumn(), null), index.label(i));
    }

    public DataFrame head(int n) {
        return take(Frames.headRows(rows(), n));
    }

    public DataFrame tail(int n) {
        return take(Frames.tailRows(rows(), n));
    }

    /** {@code drop(columns=[...])} / {@code drop('y', axis=1)}. */
    public DataFrame dropColumns(List<Object> names) {
        List<Object> missing = new ArrayList<>();
        for (Object n : names) {
            if (position(n) < 0) {
                missing.add(n);
            }
        }
        if (!missing.isEmpty()) {
            throw Frames.keyError(pyList(missing) + " not found in axis");
        }
        List<Object> keptNames = new ArrayList<>();
        List<Column> kept = new ArrayList<>();
        for (int j = 0; j < labels.size(); j++) {
            boolean dropped = false;
            for (Object n : names) {
                dropped |= position(n) == j;
            }
            if (!dropped) {
                keptNames.add(labels.get(j));
                kept.add(columns.get(j));
            }
        }
        return new DataFrame(keptNames, kept, index);
    }

    /** {@code drop(labels)} / {@code drop(index=[...])}: rows by index label. */
    public DataFrame dropRows(List<Object> rowLabels) {
        List<Object> missing = new ArrayList<>();
        for (Object l : rowLabels) {
            if (index.positionOf(l) < 0) {
                missing.add(l);
            }
        }
        if (!missing.isEmpty()) {
            throw Frames.keyError(pyList(missing) + " not found in axis");
        }
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < rows(); i++) {
            boolean dropped = false;
            for (Object l : rowLabels) {
                dropped |= Values.pyEquals(index.label(i), l);
            }
            if (!dropped) {
                keep.add(i);
            }
        }
        return take(Frames.toArray(keep));
    }

    /** {@code dropna(how='any'|'all', subset=None)}: rows with missing values removed. */
    public DataFrame dropna(boolean all, List<Object> subset) {
        List<Integer> cols = new ArrayList<>();
        if (subset == null) {
            for (int j = 0; j < ncols(); j++) {
                cols.add(j);
            }
        } else {
            List<Object> missing = new ArrayList<>();
            for (Object s : subset) {
                int j = position(s);
                if (j < 0) {
                    missing.add(s);
                } else {
                    cols.add(j);
                }
            }
            if (!missing.isEmpty()) {
                // pandas raises KeyError(list): the message is the list itself, not its quoted text
                throw new PyException("KeyError", pyList(missing));
            }
        }
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < rows(); i++) {
            int na = 0;
            for (int j : cols) {
                na += columns.get(j).isNa(i) ? 1 : 0;
            }
            boolean drop = all ? na == cols.size() && !cols.isEmpty() : na > 0;
            if (!drop) {
                keep.add(i);
            }
        }
        return take(Frames.toArray(keep));
    }

    /** {@code fillna(value)}: every missing value replaced by {@code value}. */
    public DataFrame fillna(Object value) {
        List<Column> cols = new ArrayList<>();
        for (Column c : columns) {
            cols.add(Frames.fill(c, value));
        }
        return new DataFrame(labels, cols, index);
    }

    /** {@code fillna(series_or_dict)}: each column filled with the value under its label (e.g. {@code df.mean()}). */
    public DataFrame fillnaByColumn(Series perColumn) {
        List<Column> cols = new ArrayList<>();
        for (int j = 0; j < ncols(); j++) {
            int k = perColumn.index().positionOf(labels.get(j));
            cols.add(k < 0 ? columns.get(j) : Frames.fill(columns.get(j), perColumn.values().get(k)));
        }
        return new DataFrame(labels, cols, index);
    }

    /** {@code isna()}: a bool frame of the same shape. */
    public DataFrame isna() {
        List<Column> cols = new ArrayList<>();
        for (Column c : columns) {
            boolean[] b = new boolean[c.size()];
            for (int i = 0; i < b.length; i++) {
                b[i] = c.isNa(i);
            }
            cols.add(Column.ofBools(b));
        }
        return new DataFrame(labels, cols, index);
    }

    /** {@code df.dtypes}: the dtype names as an object Series indexed by column label. */
    public Series dtypes() {
        Object[] names = new Object[ncols()];
        for (int j = 0; j < names.length; j++) {
            names[j] = columns.get(j).dtype().pandasName();
        }
        return new Series(Column.ofObjects(names), Index.of(labelColumn(), null), null);
    }

    /** The labels as an index column (object, or int64 for numbered columns). */
    Column labelColumn() {
        boolean allInts = !labels.isEmpty();
        for (Object o : labels) {
            allInts &= o instanceof Long;
        }
        if (allInts) {
            long[] v = new long[labels.size()];
            for (int j = 0; j < v.length; j++) {
                v[j] = (Long) labels.get(j);
            }
            return Column.ofInts(v);
        }
        return Column.ofObjects(labels.toArray());
    }

    /** {@code df.info()}: the text pandas writes to stdout (it ends with a newline). */
    public String info() {
        return Info.frame(this);
    }

    /** {@code df.describe()}. */
    public DataFrame describe() {
        return Reductions.describe(this);
    }

    /** {@code df.sum()}. */
    public Series sum() {
        return Reductions.sum(this, false);
    }

    /** {@code df.sum(axis=0|1, numeric_only=...)}: per column, or per row with {@code byRow}. */
    public Series sum(boolean byRow, boolean numericOnly) {
        return byRow ? Reductions.rowReduce(this, numericOnly, false) : Reductions.sum(this, numericOnly);
    }

    /** {@code df.mean(numeric_only=...)}. */
    public Series mean(boolean numericOnly) {
        return Reductions.mean(this, numericOnly);
    }

    /** {@code df.mean(axis=0|1, numeric_only=...)}: per column, or per row with {@code byRow}. */
    public Series mean(boolean byRow, boolean numericOnly) {
        return byRow ? Reductions.rowReduce(this, numericOnly, true) : Reductions.mean(this, numericOnly);
    }

    /**
     * {@code df.sort_values(by, ascending=...)}: rows ordered by the columns {@code by} (one flag per column), missing
     * values last, ties in their original order (see {@link Stats#sortOrder}).
     */
    public DataFrame sortValues(List<Object> by, boolean[] ascending) {
        if (ascending.length != by.size()) {
            throw PyException.valueError("Length of ascending (" + ascending.length + ") != length of by ("
                    + by.size() + ")");
        }
        List<Column> keys = new ArrayList<>();
        for (Object label : by) {
            keys.add(get(label).values());
        }
        return take(by.isEmpty() ? Frames.range(0, rows()) : Stats.sortOrder(keys, ascending));
    }

    /** {@code df.median(numeric_only=...)}. */
    public Series median(boolean numericOnly) {
        return Stats.median(this, numericOnly);
    }

    /** {@code df.corr(numeric_only=...)}: Pearson correlations between the columns. */
    public DataFrame corr(boolean numericOnly) {
        return Stats.corr(this, numericOnly);
    }

    /** {@code df.round(decimals)}: number columns rounded, the others unchanged. */
    public DataFrame round(int decimals) {
        List<Column> cols = new ArrayList<>();
        for (Column c : columns) {
            cols.add(c.dtype() == Column.Dtype.OBJECT ? c : Stats.round(c, decimals));
        }
        return new DataFrame(labels, cols, index);
    }

    /** {@code df.abs()}. */
    public DataFrame abs() {
        List<Column> cols = new ArrayList<>();
        for (Column c : columns) {
            cols.add(Stats.abs(c));
        }
        return new DataFrame(labels, cols, index);
    }

    /**
     * {@code read_csv(..., index_col=j)}: column {@code j} becomes the index, named by its label (an
     * {@code Unnamed: j} label, from an empty header cell, leaves the index unnamed as in pandas).
     */
    public DataFrame indexBy(int j) {
        Object label = labels.get(j);
        boolean unnamed = label instanceof String s && s.startsWith("Unnamed");
        List<Object> names = new ArrayList<>(labels);
        List<Column> cols = new ArrayList<>(columns);
        names.remove(j);
        Column c = cols.remove(j);
        return new DataFrame(names, cols, Index.of(c, unnamed ? null : label));
    }

    /** The frame as table cells for the page's HTML rendering (same truncation as the text form). */
    public TableView toTable() {
        return TableView.of(this);
    }

    /** {@code repr(df)}, exactly as pandas prints it to a text console. */
    public String repr() {
        return Printer.frame(this);
    }

    @Override
    public String toString() {
        return repr();
    }

    static String pyList(List<Object> items) {
        List<String> parts = new ArrayList<>();
        for (Object o : items) {
            parts.add(Values.repr(o));
        }
        return "[" + String.join(", ", parts) + "]";
    }
}
