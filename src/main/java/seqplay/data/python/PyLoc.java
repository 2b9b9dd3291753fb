package seqplay.data.python;

import java.util.ArrayList;
import java.util.List;
import seqplay.data.pandas.Column;
import seqplay.data.pandas.DataFrame;
import seqplay.data.pandas.Index;
import seqplay.data.pandas.Loc;
import seqplay.data.pandas.Series;
import seqplay.errors.PyException;
import seqplay.lang.Context;
import seqplay.lang.runtime.Py;
import seqplay.lang.runtime.PyObject;
import seqplay.lang.runtime.PySequence;
import seqplay.lang.runtime.PySlice;
import seqplay.lang.runtime.PyTuple;
import seqplay.lang.runtime.PyType;
import seqplay.numpy.DType;
import seqplay.numpy.NdArray;
import seqplay.numpy.python.PyArray;

/**
 * {@code df.loc[...]} and {@code s.loc[...]}: selection by label. Rows take a label (that axis goes away unless the
 * label repeats), a list of labels, a label slice with its end included, or a bool mask (a Series, list or array
 * as long as the axis); columns take a label, a list of labels, a label slice or a bool list.
 *
 * <pre>{@code
 * df.loc[df['age'] > 30]            # the rows where the mask is True
 * df.loc[df['age'] > 30, 'name']    # ... of one column, a Series
 * df.loc[:, ['name', 'age']]
 * df.loc[3]                         # the row labelled 3, a Series
 * df.loc[2:5]                       # rows labelled 2 to 5, both included
 * }</pre>
 */
final class PyLoc implements PyObject {
    static final PyType TYPE = PyType.builder("_LocIndexer", "pandas.core.indexing", PyLoc.class).build();

    private final DataFrame frame;
    private final Series series;
    private final Context ctx;

    PyLoc(DataFrame frame, Series series, Context ctx) {
        this.frame = frame;
        this.series = series;
        this.ctx = ctx;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public Object getItem(Object key) {
        if (series != null) {
            if (key instanceof PyTuple) {
                throw new PyException("pandas.errors.IndexingError", "Too many indexers");
            }
            Object rows = rows(key, series.index());
            if (rows instanceof Integer i) {
                Object v = series.values().get(i);
                return v == null ? Py.NONE : v;
            }
            return Bridge.toPython(series.take((int[]) rows), ctx);
        }
        Object rowKey = key;
        Object colKey = null;
        if (key instanceof PyTuple t) {
            if (t.size() > 2) {
                throw new PyException("pandas.errors.IndexingError", "Too many indexers");
            }
            rowKey = t.get(0);
            colKey = t.size() == 2 ? t.get(1) : null;
        }
        Object cols = colKey == null ? null : columns(colKey);
        Object rows = rows(rowKey, frame.index());
        if (cols != null && !(cols instanceof List)) {
            Series column = frame.get(cols);
            if (rows instanceof Integer i) {
                Object v = column.values().get(i);
                return v == null ? Py.NONE : v;
            }
            return Bridge.toPython(column.take((int[]) rows), ctx);
        }
        @SuppressWarnings("unchecked")
        List<Object> labels = (List<Object>) cols;
        if (labels != null) {
            frame.select(labels); // pandas' KeyError texts for missing columns
        }
        if (rows instanceof Integer i) {
            // pandas takes the row first: its type is that of the whole row, whatever columns are kept
            Series row = frame.row(i);
            return Bridge.toPython(labels == null ? row : row.take(Loc.rowsOf(row.index(), labels)), ctx);
        }
        DataFrame picked = labels == null ? frame : frame.select(labels);
        return Bridge.toPython(picked.take((int[]) rows), ctx);
    }

    /**
     * {@code df.loc[rows, 'col'] = value}: a scalar for every selected row, or a list, array or Series with one
     * value per row (a Series as long as the frame gives the values of the selected rows).
     */
    @Override
    public void setItem(Object key, Object value) {
        if (series != null || !(key instanceof PyTuple t) || t.size() != 2 || columns(t.get(1)) instanceof List) {
            throw new PyException("NotImplementedError", "the playground's .loc assignment takes rows and one"
                    + " column label: df.loc[mask, 'col'] = value", "pandas.unsupported_argument");
        }
        Object label = Bridge.scalar(t.get(1));
        Object r = rows(t.get(0), frame.index());
        int[] rows = r instanceof Integer i ? new int[] {i} : (int[]) r;
        List<Object> values = new ArrayList<>();
        if (value instanceof PySeriesObject s && s.series().size() == frame.rows()) {
            for (int i : rows) {
                values.add(s.series().values().get(i));
            }
        } else if (value instanceof PySequence || value instanceof PyArray || value instanceof PySeriesObject) {
            List<Object> items = items(value, rows.length);
            if (items.size() != rows.length) {
                throw PyException.valueError("Must have equal len keys and value when setting with an iterable");
            }
            values.addAll(items);
        } else {
            for (int k = 0; k < rows.length; k++) {
                values.add(Bridge.scalar(value));
            }
        }
        Column old = frame.columns().contains(label) ? frame.get(label).values() : null;
        frame.set(label, Loc.assign(old, frame.rows(), rows, values, misfit -> Bridge.warnings(ctx).warn(
                "FutureWarning", "Setting an item of incompatible dtype is deprecated and will raise an error in a"
                + " future version of pandas. Value '" + Py.str(misfit == null ? Py.NONE : misfit) + "' has dtype"
                + " incompatible with " + old.dtype().pandasName() + ", please explicitly cast to a compatible"
                + " dtype first.")));
    }

    /** An Integer for one row (a label found once), else the rows as int[]. */
    private static Object rows(Object key, Index index) {
        int n = index.size();
        if (key instanceof PySlice s) {
            return Loc.slice(index, Bridge.scalar(s.start()), Bridge.scalar(s.stop()), step(s));
        }
        List<Object> items = items(key, n);
        if (items == null) {
            int[] rows = Loc.rowsOf(index, Bridge.scalar(key));
            return rows.length == 1 ? (Object) rows[0] : rows;
        }
        int[] mask = mask(items, n, "Boolean index has wrong length: " + items.size() + " instead of " + n);
        return mask != null ? mask : Loc.rowsOf(index, items);
    }

    /** A column label, or the labels as a List. */
    private Object columns(Object key) {
        List<Object> all = frame.columns();
        if (key instanceof PySlice s) {
            return Loc.columnSlice(all, Bridge.scalar(s.start()), Bridge.scalar(s.stop()), step(s));
        }
        List<Object> items = key instanceof PyColumns c ? c.labels() : items(key, all.size());
        if (items == null) {
            return Bridge.scalar(key);
        }
        int[] mask = mask(items, all.size(), "Boolean index has wrong length: " + items.size() + " instead of "
                + all.size());
        if (mask == null) {
            return items;
        }
        List<Object> picked = new ArrayList<>();
        for (int j : mask) {
            picked.add(all.get(j));
        }
        return picked;
    }

    private static long step(PySlice s) {
        long step = s.step() == Py.NONE ? 1 : Py.toInt(s.step());
        if (step == 0) {
            throw PyException.valueError("slice step cannot be zero");
        }
        return step;
    }

    /** The elements of a list, tuple, 1-D array or Series key, or null for a single label. */
    private static List<Object> items(Object key, int n) {
        if (key instanceof PySequence s) {
            List<Object> out = new ArrayList<>();
            for (Object o : s.items()) {
                out.add(Bridge.scalar(o));
            }
            return out;
        }
        if (key instanceof PySeriesObject s) {
            Series m = s.series();
            if (m.values().dtype() == Column.Dtype.BOOL && m.size() != n) {
                throw new PyException("pandas.errors.IndexingError", "Unalignable boolean Series provided as"
                        + " indexer (index of the boolean Series and of the indexed object do not match).");
            }
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < m.size(); i++) {
                out.add(m.values().get(i));
            }
            return out;
        }
        if (key instanceof PyArray a) {
            NdArray arr = a.array();
            if (arr.ndim() != 1) {
                throw PyException.valueError("Cannot index with multidimensional key");
            }
            List<Object> out = new ArrayList<>();
            for (int k = 0; k < arr.size(); k++) {
                double v = arr.flat(k);
                out.add(arr.dtype() == DType.BOOL ? (Object) (v != 0) : arr.dtype() == DType.INT64
                        ? (Object) (long) v : (Object) v);
            }
            return out;
        }
        return null;
    }

    /** The positions a bool list keeps, or null when the items are labels. */
    private static int[] mask(List<Object> items, int n, String wrongLength) {
        boolean mask = !items.isEmpty();
        for (Object o : items) {
            mask &= o instanceof Boolean;
        }
        if (!mask) {
            return null;
        }
        if (items.size() != n) {
            throw new PyException("IndexError", wrongLength);
        }
        List<Integer> picked = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            if ((Boolean) items.get(k)) {
                picked.add(k);
            }
        }
        int[] out = new int[picked.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = picked.get(k);
        }
        return out;
    }
}
