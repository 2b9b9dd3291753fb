package seqplay.data.python;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import seqplay.data.pandas.Column;
import seqplay.data.pandas.ObjectText;
import seqplay.errors.PyException;
import seqplay.lang.runtime.Py;
import seqplay.lang.runtime.PyList;
import seqplay.lang.runtime.PyObject;
import seqplay.lang.runtime.PyType;

/**
 * The 1-D {@code dtype=object} array pandas returns from {@code s.unique()} on a text column: printed, measured,
 * indexed, iterated and listed as numpy does (numpy note: no arithmetic; the playground's numeric arrays are
 * {@code NdArray}s).
 *
 * <pre>{@code
 * df['city'].unique()   # array(['Seoul', 'Busan'], dtype=object)
 * }</pre>
 */
public final class PyObjectArray implements PyObject {
    static final PyType TYPE = PyType.builder("ndarray", "numpy", PyObjectArray.class)
            .property("shape", self -> Bridge.tuple((long) self.items.size()))
            .property("size", self -> (long) self.items.size())
            .property("ndim", self -> 1L)
            .method("tolist", "ndarray.tolist(self)", (self, a) -> new PyList(new ArrayList<>(self.items)))
            .build();

    private final List<Object> items = new ArrayList<>();
    private final List<Object> values = new ArrayList<>(); // as the column holds them: null for None

    PyObjectArray(Column column) {
        for (int i = 0; i < column.size(); i++) {
            Object v = column.get(i);
            values.add(v);
            items.add(v == null ? Py.NONE : v);
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        String body = ObjectText.layout(ObjectText.shown(values), "array([", ", ", "],", 73);
        int lastLine = body.length() - (body.lastIndexOf('\n') + 1);
        return body + (lastLine + " dtype=object)".length() > 75 ? "\n      " : " ") + "dtype=object)";
    }

    @Override
    public String str() {
        return ObjectText.layout(ObjectText.shown(values), "[", " ", "]", 74);
    }

    @Override
    public int length() {
        return items.size();
    }

    @Override
    public Iterator<Object> iterator() {
        return items.iterator();
    }

    @Override
    public Object getItem(Object key) {
        long i = Py.toInt(key);
        int n = items.size();
        if (i < -n || i >= n) {
            throw new PyException("IndexError", "index " + i + " is out of bounds for axis 0 with size " + n);
        }
        return items.get((int) (i < 0 ? i + n : i));
    }

    @Override
    public boolean truthy() {
        if (items.size() == 1) {
            return Py.truthy(items.get(0));
        }
        throw PyException.valueError("The truth value of an array with more than one element is ambiguous. Use"
                + " a.any() or a.all()");
    }
}
