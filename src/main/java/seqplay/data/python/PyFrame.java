package seqplay.data.python;

import seqplay.numpy.python.ArrayLike;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import seqplay.data.pandas.Column;
import seqplay.data.pandas.DataFrame;
import seqplay.data.pandas.Series;
import seqplay.data.pandas.SeriesOps;
import seqplay.data.pandas.TableView;
import seqplay.errors.PyException;
import seqplay.lang.Context;
import seqplay.lang.RichEvent;
import seqplay.lang.runtime.Py;
import seqplay.lang.runtime.PyDict;
import seqplay.lang.runtime.PyObject;
import seqplay.lang.runtime.PySequence;
import seqplay.lang.runtime.PyType;
import seqplay.numpy.NdArray;
import seqplay.numpy.python.PyArray;

/**
 * {@code pandas.DataFrame} as Python sees it.
 *
 * <pre>{@code
 * df.head(), df.shape, df.columns, df['a'], df[['a', 'b']], df[df['a'] > 0], df['c'] = df['a'] * 2,
 * df.drop('y', axis=1), df.dropna(), df.fillna(0), df.isna().sum(), df.describe(), df.info(), df.values
 * }</pre>
 */
public final class PyFrame implements PyObject, ArrayLike {
    static final PyType TYPE = PyType.builder("DataFrame", "pandas.core.frame", PyFrame.class)
            .property("shape", self -> Bridge.tuple((long) self.frame.rows(), (long) self.frame.ncols()))
            .property("columns", self -> new PyColumns(self.frame.columns(), false, self.frame.columnsRepr()))
            .property("index", self -> PyColumns.of(self.frame.index()))
            .property("dtypes", self -> self.wrap(self.frame.dtypes()))
            .property("values", self -> new PyArray(self.frame.toNumpy()))
            .property("iloc", self -> new PyILoc(self.frame, null, self.ctx))
            .property("loc", self -> new PyLoc(self.frame, null, self.ctx))
            .property("size", self -> (long) self.frame.rows() * self.frame.ncols())
            .property("ndim", self -> 2L)
            .property("empty", self -> self.frame.rows() == 0 || self.frame.ncols() == 0)
            .method("to_numpy", "DataFrame.to_numpy(self, dtype=None, copy=False)",
                    (self, a) -> new PyArray(self.frame.toNumpy()))
            .method("head", "NDFrame.head(self, n=5)", (self, a) -> self.wrap(self.frame.head(Py.toInt(a[1]))))
            .method("tail", "NDFrame.tail(self, n=5)", (self, a) -> self.wrap(self.frame.tail(Py.toInt(a[1]))))
            .method("info", "DataFrame.info(self, verbose=None, buf=None, max_cols=None, memory_usage=None,"
                    + " show_counts=None)", (self, a) -> {
                        self.ctx.output().write(self.frame.info());
                        return Py.NONE;
                    })
            .method("describe", "NDFrame.describe(self, percentiles=None, include=None, exclude=None)",
                    (self, a) -> self.wrap(self.frame.describe()))
            .method("drop", "DataFrame.drop(self, labels=None, *, axis=0, index=None, columns=None,"
                    + " level=None, inplace=False, errors='raise')", (self, a) -> self.drop(a))
            .method("dropna", "DataFrame.dropna(self, *, axis=0, how='any', thresh=None, subset=None,"
                    + " inplace=False, ignore_index=False)", (self, a) -> self.dropna(a))
            .method("fillna", "DataFrame.fillna(self, value=None, *, method=None, axis=None, inplace=False,"
                    + " limit=None, downcast=None)", (self, a) -> self.fillna(a))
            .method("isna", "DataFrame.isna(self)", (self, a) -> self.wrap(self.frame.isna()))
            .method("isnull", "DataFrame.isnull(self)", (self, a) -> self.wrap(self.frame.isna()))
            .method("sum", "DataFrame.sum(self, axis=0, skipna=True, numeric_only=False, min_count=0)",
                    (self, a) -> {
                        reductionArgs("sum", a[2], a.length > 4 ? a[4] : 0L);
                        return self.wrap(self.frame.sum(byRow(a[1]), Py.truthy(a[3])));
                    })
            .method("mean", "DataFrame.mean(self, axis=0, skipna=True, numeric_only=False)",
                    (self, a) -> {
                        reductionArgs("mean", a[2], 0L);
                        if (a[1] == Py.NONE) {
                            // pandas 2.x reduces over both axes to one number here
                            throw new PyException("NotImplementedError", "the playground's DataFrame.mean does not"
                                    + " take axis=None", "pandas.unsupported_argument");
                        }
                        return self.wrap(self.frame.mean(byRow(a[1]), Py.truthy(a[3])));
                    })
            .method("median", "DataFrame.median(self, axis=0, skipna=True, numeric_only=False)",
                    (self, a) -> {
                        reductionArgs("median", a[2], 0L);
                        unsupported("median", "axis", a[1], 0L);
                        return self.wrap(self.frame.median(Py.truthy(a[3])));
                    })
            .method("corr", "DataFrame.corr(self, method='pearson', min_periods=1, numeric_only=False)",
                    (self, a) -> {
                        unsupported("corr", "method", a[1], "pearson");
                        unsupported("corr", "min_periods", a[2], 1L);
                        return self.wrap(self.frame.corr(Py.truthy(a[3])));
                    })
            .method("sort_values", "DataFrame.sort_values(self, by, *, axis=0, ascending=True, inplace=False,"
                    + " kind='quicksort', na_position='last', ignore_index=False, key=None)",
                    (self, a) -> self.sortValues(a))
            .method("round", "DataFrame.round(self, decimals=0)",
                    (self, a) -> self.wrap(self.frame.round(Py.toInt(a[1]))))
            .method("abs", "NDFrame.abs(self)", (self, a) -> self.wrap(self.frame.abs()))
            .method("plot", PandasPlots.FRAME_SIGNATURE, (self, a) -> PandasPlots.frame(self.frame, self.ctx, a))
            .method("select_dtypes", "DataFrame.select_dtypes(self, include=None, exclude=None)",
                    (self, a) -> self.wrap(DtypeSelection.select(self.frame, a[1], a[2])))
            .method("copy", "NDFrame.copy(self, deep=True)", (self, a) -> self.wrap(self.frame.take(
                    range(self.frame.rows()))))
            .build();

    private DataFrame frame; // replaced by the inplace=True forms of drop, dropna and fillna
    private final Context ctx;

    /** {@code inplace=True}: the frame takes the result and the call returns None, as in pandas. */
    private Object result(DataFrame result, Object inplace) {
        if (Py.truthy(inplace)) {
            frame = result;
            return Py.NONE;
        }
        return wrap(result);
    }

    /** An argument the playground does not implement is refused rather than ignored. */
    private static void unsupported(String method, String param, Object value, Object defaultValue) {
        if (!Py.eq(value, defaultValue)) {
            throw new PyException("NotImplementedError", "the playground's DataFrame." + method + " does not take "
                    + param + "=" + Py.repr(value), "pandas.unsupported_argument");
        }
    }

    /** {@code axis=0|'index'} reduces each column, {@code axis=1|'columns'} each row; pandas' text otherwise. */
    private static boolean byRow(Object axis) {
        if (Py.eq(axis, 0L) || Py.eq(axis, "index") || axis == Py.NONE) {
            return false;
        }
        if (Py.eq(axis, 1L) || Py.eq(axis, "columns")) {
            return true;
        }
        throw PyException.valueError("No axis named " + Py.str(axis) + " for object type DataFrame");
    }

    /** skipna=False and min_count are refused rather than ignored. */
    private static void reductionArgs(String method, Object skipna, Object minCount) {
        if (!Py.truthy(skipna)) {
            throw new PyException("NotImplementedError", "the playground's DataFrame." + method
                    + " does not take skipna=False", "pandas.unsupported_argument");
        }
        if (!Py.eq(minCount, 0L)) {
            throw new PyException("NotImplementedError", "the playground's DataFrame." + method
                    + " does not take min_count=" + Py.repr(minCount), "pandas.unsupported_argument");
        }
    }

    public PyFrame(DataFrame frame, Context ctx) {
        this.frame = frame;
        this.ctx = ctx;
    }

    public DataFrame frame() {
        return frame;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private Object wrap(Object v) {
        return Bridge.toPython(v, ctx);
    }

    private static int[] range(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = i;
        }
        return r;
    }

    @Override
    public String repr() {
        return frame.repr();
    }

    /** {@code df.age}: pandas reads a column by attribute when no method or property has the name. */
    @Override
    public Object getAttribute(String name) {
        Object v = type().lookup(this, name);
        if (v == null && frame.columns().contains(name)) {
            return wrap(frame.get(name));
        }
        return v;
    }

    /** pandas lists the text column labels that are identifiers in {@code dir(df)} (the "Did you mean" source). */
    @Override
    public List<String> attributeNames() {
        List<String> names = new ArrayList<>(type().memberNames());
        for (Object label : frame.columns()) {
            if (label instanceof String s && isIdentifier(s) && !names.contains(s)) {
                names.add(s);
            }
        }
        return names;
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty() || !(Character.isLetter(s.charAt(0)) || s.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '_') {
                return false;
            }
        }
        return true;
    }

    @Override
    public int length() {
        return frame.rows();
    }

    /** Iterating a DataFrame gives its column labels. */
    @Override
    public Iterator<Object> iterator() {
        return frame.columns().iterator();
    }

    @Override
    public boolean contains(Object item) {
        for (Object label : frame.columns()) {
            if (Py.eq(label, item)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean truthy() {
        throw PyException.valueError("The truth value of a DataFrame is ambiguous. Use a.empty, a.bool(), a.item(),"
                + " a.any() or a.all().");
    }

    @Override
    public Object getItem(Object key) {
        if (key instanceof PySeriesObject mask) {
            return wrap(SeriesOps.filter(frame, mask.series()));
        }
        if (key instanceof PySequence || key instanceof PyColumns) {
            return wrap(frame.select(Bridge.labels(key)));
        }
        return wrap(frame.get(Bridge.scalar(key)));
    }

    @Override
    public void setItem(Object key, Object value) {
        frame.set(Bridge.scalar(key), column(value, frame.rows()));
    }

    /** A value assigned to a column: a Series, an array, a list, or one scalar repeated. */
    static Column column(Object value, int rows) {
        if (value instanceof PySeriesObject s) {
            return s.series().values();
        }
        if (value instanceof PyArray a) {
            NdArray arr = a.array();
            if (arr.ndim() != 1) {
                throw PyException.valueError("Expected a 1D array, got an array with shape " + PyColumns.shape(arr.shape()));
            }
            return Series.fromArray(arr, null).values();
        }
        if (value instanceof PySequence s) {
            List<Object> items = new ArrayList<>();
            for (Object o : s.items()) {
                items.add(Bridge.scalar(o));
            }
            return Column.infer(items);
        }
        List<Object> repeated = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            repeated.add(Bridge.scalar(value));
        }
        return Column.infer(repeated);
    }

    private Object drop(Object[] a) {
        unsupported("drop", "level", a[5], Py.NONE);
        unsupported("drop", "errors", a[7], "raise");
        Object labels = a[1];
        boolean columnsAxis = a[2] instanceof String s ? s.equals("columns") : Py.toInt(a[2]) == 1;
        if (a[4] != Py.NONE) {
            return result(frame.dropColumns(Bridge.labels(a[4])), a[6]);
        }
        if (a[3] != Py.NONE) {
            return result(frame.dropRows(Bridge.labels(a[3])), a[6]);
        }
        if (labels == Py.NONE) {
            throw PyException.valueError("Need to specify at least one of 'labels', 'index' or 'columns'");
        }
        return result(columnsAxis ? frame.dropColumns(Bridge.labels(labels)) : frame.dropRows(Bridge.labels(labels)),
                a[6]);
    }

    private Object sortValues(Object[] a) {
        unsupported("sort_values", "axis", a[2], 0L);
        PySeriesObject.sortKind(a[5]);
        unsupported("sort_values", "na_position", a[6], "last");
        unsupported("sort_values", "ignore_index", a[7], false);
        unsupported("sort_values", "key", a[8], Py.NONE);
        List<Object> by = Bridge.labels(a[1]);
        boolean[] ascending;
        if (a[3] instanceof PySequence seq) {
            List<Object> flags = seq.items();
            ascending = new boolean[flags.size()];
            for (int i = 0; i < ascending.length; i++) {
                ascending[i] = Py.truthy(flags.get(i));
            }
        } else {
            ascending = new boolean[by.size()];
            java.util.Arrays.fill(ascending, Py.truthy(a[3]));
        }
        return result(frame.sortValues(by, ascending), a[4]);
    }

    private Object dropna(Object[] a) {
        if (!Py.eq(a[1], "index")) {
            unsupported("dropna", "axis", a[1], 0L);
        }
        unsupported("dropna", "thresh", a[3], Py.NONE);
        unsupported("dropna", "ignore_index", a[6], false);
        String how = Py.toStr(a[2], "how");
        if (!how.equals("any") && !how.equals("all")) {
            throw PyException.valueError("invalid how option: " + how);
        }
        List<Object> subset = a[4] == Py.NONE ? null : Bridge.labels(a[4]);
        return result(frame.dropna(how.equals("all"), subset), a[5]);
    }

    private Object fillna(Object[] a) {
        unsupported("fillna", "method", a[2], Py.NONE);
        unsupported("fillna", "axis", a[3], Py.NONE);
        unsupported("fillna", "limit", a[5], Py.NONE);
        unsupported("fillna", "downcast", a[6], Py.NONE);
        Object value = a[1];
        if (value instanceof PySeriesObject s) {
            return result(frame.fillnaByColumn(s.series()), a[4]);
        }
        if (value instanceof PyDict d) {
            List<Object> keys = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            for (Object k : d.keys()) {
                keys.add(Bridge.scalar(k));
                values.add(Bridge.scalar(d.get(k)));
            }
            Series byColumn = new Series(Column.infer(values),
                    seqplay.data.pandas.Index.of(Column.infer(keys), null), null);
            return result(frame.fillnaByColumn(byColumn), a[4]);
        }
        if (value == Py.NONE) {
            throw PyException.valueError("Must specify a fill 'value' or 'method'.");
        }
        return result(frame.fillna(Bridge.scalar(value)), a[4]);
    }

    /** The event the page renders as an HTML table (kind {@code dataframe}), with the text form. */
    public RichEvent richEvent() {
        TableView t = frame.toTable();
        return new RichEvent("dataframe", frame.repr(), Map.of("columns", t.columns(), "index", t.index(),
                "cells", t.cells(), "rowGapAt", t.rowGapAt(), "columnGapAt", t.columnGapAt(), "footer",
                t.footer()));
    }

    /** {@code pd.get_dummies(data, columns=None, drop_first=False)} for a frame. */
    @Override
    public NdArray asNdArray() {
        return frame.toNumpy();
    }
}
