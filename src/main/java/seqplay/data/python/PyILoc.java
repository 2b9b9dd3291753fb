package seqplay.data.python;

import java.util.ArrayList;
import java.util.List;
import seqplay.data.pandas.DataFrame;
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
 * {@code df.iloc[...]} and {@code s.iloc[...]}: selection by position. Each axis takes an int (that axis goes
 * away), a slice, a list or array of ints, or a list or array of bools as long as the axis.
 *
 * <pre>{@code
 * X = df.iloc[:, :-1].values     # every column but the last
 * y = df.iloc[:, -1]             # the last column, a Series
 * df.iloc[0]                     # the first row, a Series named by its label
 * df.iloc[10:20, [0, 2]]
 * }</pre>
 */
final class PyILoc implements PyObject {
    static final PyType TYPE = PyType.builder("_iLocIndexer", "pandas.core.indexing", PyILoc.class).build();

    private final DataFrame frame;
    private final Series series;
    private final Context ctx;

    PyILoc(DataFrame frame, Series series, Context ctx) {
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
            if (key instanceof PyTuple t) {
                throw new PyException("pandas.errors.IndexingError", "Too many indexers");
            }
            Object rows = positions(key, series.size());
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
        if (colKey instanceof Long j && rowKey instanceof Long i) {
            // two ints are a scalar access: pandas reads the column, then the value, with numpy's bounds texts
            Object v = frame.column(scalarPosition(j, frame.ncols())).get(scalarPosition(i, frame.rows()));
            return v == null ? Py.NONE : v;
        }
        Object rows = positions(rowKey, frame.rows());
        Object cols = colKey == null ? null : positions(colKey, frame.ncols());
        if (cols instanceof Integer j) {
            Series column = frame.get(frame.columns().get(j));
            if (rows instanceof Integer i) {
                Object v = column.values().get(i);
                return v == null ? Py.NONE : v;
            }
            return Bridge.toPython(column.take((int[]) rows), ctx);
        }
        if (rows instanceof Integer i) {
            // pandas takes the row first: its type is that of the whole row, whatever columns are kept
            Series row = frame.row(i);
            return Bridge.toPython(cols == null ? row : row.take((int[]) cols), ctx);
        }
        DataFrame picked = cols == null ? frame : frame.takeColumns((int[]) cols);
        return Bridge.toPython(picked.take((int[]) rows), ctx);
    }

    private static int scalarPosition(long i, int n) {
        if (i < -n || i >= n) {
            throw new PyException("IndexError", "index " + i + " is out of bounds for axis 0 with size " + n);
        }
        return (int) (i < 0 ? i + n : i);
    }

    /** An Integer for a single position, else the positions as int[]; pandas' IndexError texts. */
    private static Object positions(Object key, int n) {
        if (key instanceof PySlice slice) {
            long[] r = slice.indices(n);
            int[] out = new int[(int) r[3]];
            for (int k = 0; k < out.length; k++) {
                out[k] = (int) (r[0] + k * r[2]);
            }
            return out;
        }
        if (key instanceof Long) {
            long i = (Long) key;
            if (i < -n || i >= n) {
                throw new PyException("IndexError", "single positional indexer is out-of-bounds");
            }
            return (int) (i < 0 ? i + n : i);
        }
        List<Object> items;
        if (key instanceof PySequence s) {
            items = s.items();
        } else if (key instanceof PyArray a) {
            NdArray arr = a.array();
            if (arr.ndim() != 1) {
                throw PyException.valueError("Buffer has wrong number of dimensions (expected 1, got " + arr.ndim()
                        + ")");
            }
            items = new ArrayList<>();
            for (int k = 0; k < arr.size(); k++) {
                double v = arr.flat(k);
                items.add(arr.dtype() == DType.BOOL ? (Object) (v != 0) : arr.dtype() == DType.INT64
                        ? (Object) (long) v : (Object) v);
            }
        } else if (key instanceof PySeriesObject mask) {
            seqplay.data.pandas.Index index = mask.series().index();
            boolean integer = index.size() > 0;
            for (int k = 0; k < index.size(); k++) {
                integer &= index.label(k) instanceof Long;
            }
            if (integer) {
                throw new PyException("NotImplementedError", "iLocation based boolean indexing on an integer type"
                        + " is not available");
            }
            throw PyException.valueError("iLocation based boolean indexing cannot use an indexable as a mask");
        } else {
            throw Py.typeError("Cannot index by location index with a non-integer key");
        }
        boolean mask = !items.isEmpty();
        for (Object o : items) {
            mask &= o instanceof Boolean;
        }
        if (mask) {
            if (items.size() != n) {
                throw new PyException("IndexError", "Boolean index has wrong length: " + items.size()
                        + " instead of " + n);
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
        int[] out = new int[items.size()];
        for (int k = 0; k < out.length; k++) {
            Object o = items.get(k);
            if (!(o instanceof Long)) {
                throw new PyException("IndexError", ".iloc requires numeric indexers, got ['" + Py.str(o) + "']");
            }
            long i = (Long) o;
            if (i < -n || i >= n) {
                throw new PyException("IndexError", "positional indexers are out-of-bounds");
            }
            out[k] = (int) (i < 0 ? i + n : i);
        }
        return out;
    }
}
