package seqplay.data.python;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import seqplay.data.pandas.Column;
import seqplay.data.pandas.Index;
import seqplay.lang.runtime.Py;
import seqplay.lang.runtime.PyList;
import seqplay.lang.runtime.PyObject;
import seqplay.lang.runtime.PySlice;
import seqplay.lang.runtime.PyType;

/**
 * {@code pandas.Index} as Python sees it ({@code df.columns}, {@code df.index}): it prints as pandas prints it
 * ({@code Index(['a', 'b'], dtype='object')}, {@code RangeIndex(start=0, stop=150, step=1)}), iterates over its
 * labels, and has {@code tolist()}.
 */
public final class PyColumns implements PyObject {
    static final PyType TYPE = PyType.builder("Index", "pandas.core.indexes.base", PyColumns.class)
            .method("tolist", "Index.tolist(self)", (self, a) -> new PyList(self.pythonLabels()))
            .property("size", self -> (long) self.labels.size())
            .build();
    static final PyType RANGE = PyType.builder("RangeIndex", "pandas.core.indexes.range", PyColumns.class)
            .base(TYPE)
            .build();

    private final List<Object> labels;
    private final boolean range;
    private final String repr;

    PyColumns(List<Object> labels, boolean range, String repr) {
        this.labels = labels;
        this.range = range;
        this.repr = repr;
    }

    static PyColumns of(Index index) {
        List<Object> labels = new ArrayList<>();
        for (int i = 0; i < index.size(); i++) {
            labels.add(index.label(i));
        }
        return new PyColumns(labels, index.isRange(), index.repr());
    }

    List<Object> labels() {
        return labels;
    }

    private List<Object> pythonLabels() {
        List<Object> out = new ArrayList<>();
        for (Object o : labels) {
            out.add(o == null ? Py.NONE : o);
        }
        return out;
    }

    static String shape(int[] shape) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            sb.append(i > 0 ? ", " : "").append(shape[i]);
        }
        return sb.append(shape.length == 1 ? ",)" : ")").toString();
    }

    @Override
    public PyType type() {
        return range ? RANGE : TYPE;
    }

    @Override
    public String repr() {
        return repr;
    }

    @Override
    public int length() {
        return labels.size();
    }

    @Override
    public Iterator<Object> iterator() {
        return pythonLabels().iterator();
    }

    @Override
    public Object getItem(Object key) {
        int n = labels.size();
        if (key instanceof PySlice slice) {
            long[] r = slice.indices(n);
            List<Object> picked = new ArrayList<>();
            for (long k = 0, i = r[0]; k < r[3]; k++, i += r[2]) {
                picked.add(labels.get((int) i));
            }
            if (range) {
                // slicing a RangeIndex 0..n is Python's range slicing: the clamped start, stop and step
                return new PyColumns(picked, true, "RangeIndex(start=" + r[0] + ", stop=" + r[1] + ", step=" + r[2]
                        + ")");
            }
            return new PyColumns(picked, false, Index.of(Column.infer(picked), null).repr());
        }
        int i = Py.toInt(key);
        if (i < -n || i >= n) {
            throw new seqplay.errors.PyException("IndexError", "index " + i + " is out of bounds for axis 0 with"
                    + " size " + n);
        }
        Object v = labels.get(i < 0 ? i + n : i);
        return v == null ? Py.NONE : v;
    }
}
