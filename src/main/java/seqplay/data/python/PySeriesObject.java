package seqplay.data.python;

import seqplay.numpy.NdArray;
import seqplay.numpy.python.ArrayLike;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import seqplay.data.pandas.Column;
import seqplay.data.pandas.Series;
import seqplay.data.pandas.SeriesOps;
import seqplay.errors.PyException;
import seqplay.lang.Context;
import seqplay.lang.runtime.Op;
import seqplay.lang.runtime.Py;
import seqplay.lang.runtime.PyObject;
import seqplay.lang.runtime.PyType;
import seqplay.numpy.python.PyArray;

/**
 * {@code pandas.Series} as Python sees it.
 *
 * <pre>{@code
 * s = df['species']; s.value_counts(); s.head(); s.mean(); s.values; s[s > 5]; s * 2
 * }</pre>
 */
public final class PySeriesObject implements PyObject, ArrayLike {
    static final PyType TYPE = PyType.builder("Series", "pandas.core.series", PySeriesObject.class)
            .property("shape", self -> Bridge.tuple((long) self.series.size()))
            .property("name", self -> self.series.name() == null ? Py.NONE : self.series.name())
            .property("index", self -> PyColumns.of(self.series.index()))
            .property("dtype", self -> self.series.dtypeName())
            .property("values", self -> new PyArray(self.series.toNumpy()))
            .property("iloc", self -> new PyILoc(null, self.series, self.ctx))
            .property("loc", self -> new PyLoc(null, self.series, self.ctx))
            .property("size", self -> (long) self.series.size())
            .property("ndim", self -> 1L)
            .property("empty", self -> self.series.size() == 0)
            .method("to_numpy", "Series.to_numpy(self, dtype=None, copy=False)",
                    (self, a) -> new PyArray(self.series.toNumpy()))
            .method("tolist", "Series.tolist(self)", (self, a) -> self.tolist())
            .method("sort_index", "Series.sort_index(self, *, axis=0, level=None, ascending=True, inplace=False,"
                    + " kind='quicksort', na_position='last', sort_remaining=True, ignore_index=False, key=None)",
                    (self, a) -> {
                        unsupported("sort_index", "axis", a[1], 0L);
                        unsupported("sort_index", "level", a[2], Py.NONE);
                        unsupported("sort_index", "inplace", a[4], false);
                        unsupported("sort_index", "na_position", a[6], "last");
                        unsupported("sort_index", "ignore_index", a[8], false);
                        unsupported("sort_index", "key", a[9], Py.NONE);
                        return self.wrap(self.series.sortIndex(Py.truthy(a[3])));
                    })
            .method("plot", PandasPlots.SERIES_SIGNATURE, (self, a) -> PandasPlots.series(self.series, self.ctx, a))
            .method("head", "NDFrame.head(self, n=5)", (self, a) -> self.wrap(self.series.head(Py.toInt(a[1]))))
            .method("tail", "NDFrame.tail(self, n=5)", (self, a) -> self.wrap(self.series.tail(Py.toInt(a[1]))))
            .method("value_counts", "Series.value_counts(self, normalize=False, sort=True, ascending=False,"
                    + " bins=None, dropna=True)", (self, a) -> {
                        unsupported("value_counts", "sort", a[2], true);
                        unsupported("value_counts", "ascending", a[3], false);
                        unsupported("value_counts", "bins", a[4], Py.NONE);
                        unsupported("value_counts", "dropna", a[5], true);
                        return self.wrap(self.series.valueCounts(Py.truthy(a[1])));
                    })
            .method("describe", "NDFrame.describe(self, percentiles=None, include=None, exclude=None)",
                    (self, a) -> self.wrap(self.series.describe()))
            .method("isna", "Series.isna(self)", (self, a) -> self.wrap(self.series.isna()))
            .method("isnull", "Series.isnull(self)", (self, a) -> self.wrap(self.series.isna()))
            .method("dropna", "Series.dropna(self, *, axis=0, inplace=False, how=None, ignore_index=False)",
                    (self, a) -> {
                        unsupported("dropna", "inplace", a[2], false);
                        return self.wrap(self.series.dropna());
                    })
            .method("fillna", "Series.fillna(self, value=None, *, method=None, axis=None, inplace=False,"
                    + " limit=None, downcast=None)", (self, a) -> self.fillna(a))
            .method("mean", "Series.mean(self, axis=None, skipna=True, numeric_only=False)",
                    (self, a) -> {
                        unsupported("mean", "skipna", a[2], true);
                        return self.series.mean();
                    })
            .method("std", "Series.std(self, axis=None, skipna=True, ddof=1, numeric_only=False)",
                    (self, a) -> {
                        unsupported("std", "skipna", a[2], true);
                        return self.series.std(Py.toInt(a[3]));
                    })
            .method("min", "Series.min(self, axis=None, skipna=True, numeric_only=False)",
                    (self, a) -> self.number(self.series.min()))
            .method("max", "Series.max(self, axis=None, skipna=True, numeric_only=False)",
                    (self, a) -> self.number(self.series.max()))
            .method("sum", "Series.sum(self, axis=None, skipna=True, numeric_only=False, min_count=0)",
                    (self, a) -> self.number(self.series.sum()))
            .method("nunique", "Series.nunique(self, dropna=True)",
                    (self, a) -> (long) (Py.truthy(a[1]) ? self.series.valueCounts(false).size()
                            : self.series.unique().size()))
            .method("unique", "Series.unique(self)", (self, a) -> unique(self.series.unique()))
            .method("median", "Series.median(self, axis=None, skipna=True, numeric_only=False)",
                    (self, a) -> {
                        unsupported("median", "skipna", a[2], true);
                        return self.series.median();
                    })
            .method("sort_values", "Series.sort_values(self, *, axis=0, ascending=True, inplace=False,"
                    + " kind='quicksort', na_position='last', ignore_index=False, key=None)", (self, a) -> {
                        unsupported("sort_values", "axis", a[1], 0L);
                        unsupported("sort_values", "inplace", a[3], false);
                        sortKind(a[4]);
                        unsupported("sort_values", "na_position", a[5], "last");
                        unsupported("sort_values", "ignore_index", a[6], false);
                        unsupported("sort_values", "key", a[7], Py.NONE);
                        return self.wrap(self.series.sortValues(Py.truthy(a[2])));
                    })
            .method("round", "Series.round(self, decimals=0)",
                    (self, a) -> self.wrap(self.series.round(Py.toInt(a[1]))))
            .method("abs", "NDFrame.abs(self)", (self, a) -> self.wrap(self.series.abs()))
            .build();

    private final Series series;
    private final Context ctx;

    public PySeriesObject(Series series, Context ctx) {
        this.series = series;
        this.ctx = ctx;
    }

    public Series series() {
        return series;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private Object wrap(Object v) {
        return Bridge.toPython(v, ctx);
    }

    /** A reduction of an int or bool series is an int in pandas (numpy int64), of a float series a float. */
    /**
     * {@code s.fillna(value)}. pandas 2.x would also write {@code inplace=True} through to the frame the column came
     * from (chained assignment, deprecated); the playground asks for the assignment form instead.
     */
    private Object fillna(Object[] a) {
        if (a[1] == Py.NONE && a[2] == Py.NONE) {
            throw PyException.valueError("Must specify a fill 'value' or 'method'.");
        }
        for (int k : new int[] {2, 3, 5, 6}) {
            if (a[k] != Py.NONE) {
                String[] names = {"", "value", "method", "axis", "inplace", "limit", "downcast"};
                throw new PyException("NotImplementedError", "the playground's Series.fillna does not take "
                        + names[k] + "=" + Py.repr(a[k]), "pandas.unsupported_argument");
            }
        }
        if (Py.truthy(a[4])) {
            String name = Py.repr(series.name() == null ? "col" : series.name());
            throw new PyException("NotImplementedError", "the playground's Series.fillna does not take inplace=True;"
                    + " assign the result instead: df[" + name + "] = df[" + name + "].fillna(...)",
                    "pandas.unsupported_argument");
        }
        return wrap(series.fillna(Bridge.scalar(a[1])));
    }

    /** {@code np.log(s)} and the other element-wise numpy functions return a Series with the same index and name. */
    @Override
    public Object wrapElementwise(NdArray result) {
        return wrap(series.withValues(result));
    }

    /** {@code unique()}: a numpy array (an object array for a text column). */
    static Object unique(Column values) {
        if (values.dtype() == Column.Dtype.OBJECT) {
            return new PyObjectArray(values);
        }
        return new PyArray(Series.of(values, null).toNumpy());
    }

    /** Ties keep their order whatever the kind (see {@code Stats.sortOrder}); heapsort would mix them. */
    static void sortKind(Object kind) {
        if (!Py.eq(kind, "quicksort") && !Py.eq(kind, "mergesort") && !Py.eq(kind, "stable")) {
            throw new PyException("NotImplementedError", "the playground's sort_values does not take kind="
                    + Py.repr(kind), "pandas.unsupported_argument");
        }
    }

    /** An argument the playground does not implement is refused rather than ignored. */
    private static void unsupported(String method, String param, Object value, Object defaultValue) {
        if (!Py.eq(value, defaultValue)) {
            throw new PyException("NotImplementedError", "the playground's Series." + method + " does not take "
                    + param + "=" + Py.repr(value), "pandas.unsupported_argument");
        }
    }

    private Object number(double v) {
        Column.Dtype t = series.values().dtype();
        return (t == Column.Dtype.INT64 || t == Column.Dtype.BOOL) && v == Math.rint(v) ? (Object) (long) v : v;
    }

    private Object tolist() {
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            Object v = series.values().get(i);
            items.add(v == null ? Py.NONE : v);
        }
        return new seqplay.lang.runtime.PyList(items);
    }

    @Override
    public String repr() {
        return series.repr();
    }

    @Override
    public int length() {
        return series.size();
    }

    /** Iterating a Series gives its values. */
    @Override
    public Iterator<Object> iterator() {
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            Object v = series.values().get(i);
            items.add(v == null ? Py.NONE : v);
        }
        return items.iterator();
    }

    @Override
    public boolean truthy() {
        throw PyException.valueError("The truth value of a Series is ambiguous. Use a.empty, a.bool(), a.item(),"
                + " a.any() or a.all().");
    }

    @Override
    public Object getItem(Object key) {
        if (key instanceof PySeriesObject mask) {
            Series m = mask.series();
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < m.size(); i++) {
                if (Boolean.TRUE.equals(m.values().get(i))) {
                    rows.add(i);
                }
            }
            int[] r = new int[rows.size()];
            for (int i = 0; i < r.length; i++) {
                r[i] = rows.get(i);
            }
            return wrap(series.take(r));
        }
        Object v = series.at(Bridge.scalar(key));
        return v == null ? Py.NONE : v;
    }

    @Override
    public Object binaryOp(Op op, Object other, boolean reflected) {
        String symbol = op.symbol();
        Object right;
        if (other instanceof PySeriesObject s) {
            right = s.series();
        } else if (other instanceof Long || other instanceof Double || other instanceof Boolean
                || other instanceof String) {
            right = other;
        } else {
            return Py.NOT_IMPLEMENTED;
        }
        switch (op) {
            case ADD: case SUB: case MUL: case TRUEDIV: case FLOORDIV: case MOD: case POW:
            case EQ: case NE: case LT: case LE: case GT: case GE: case AND: case OR:
                return wrap(SeriesOps.apply(series, symbol, right, reflected));
            default:
                return Py.NOT_IMPLEMENTED;
        }
    }

    @Override
    public Object unaryOp(String op) {
        if (op.equals("-")) {
            return wrap(SeriesOps.apply(series, "*", -1L, false));
        }
        if (op.equals("~") && series.values().dtype() == Column.Dtype.BOOL) {
            return wrap(SeriesOps.apply(series, "==", false, false));
        }
        return PyObject.super.unaryOp(op);
    }

    @Override
    public NdArray asNdArray() {
        return series.toNumpy();
    }
}
