package seqplay.data.python;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import seqplay.data.pandas.Column;
import seqplay.errors.PyException;
import seqplay.format.PyFloat;
import seqplay.format.PyStrings;
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

    PyObjectArray(Column values) {
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            items.add(v == null ? Py.NONE : v);
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /**
     * numpy's {@code _formatArray} for one axis at the default width of 75: a word that would reach past
     * {@code width} starts a new line (repr keeps room for its {@code ","} and {@code "]"}, str for {@code "]"}).
     */
    private String layout(String open, String separator, String close, int width) {
        String indent = " ".repeat(open.length());
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder(open);
        for (int i = 0; i < items.size(); i++) {
            boolean last = i == items.size() - 1;
            String word = element(items.get(i));
            if (line.length() + word.length() > width && line.length() > indent.length()) {
                out.append(line.toString().stripTrailing()).append('\n');
                line = new StringBuilder(indent);
            }
            line.append(word).append(last ? "" : separator);
        }
        return out.append(line).append(close).toString();
    }

    private static String element(Object v) {
        if (v instanceof String s) {
            return PyStrings.repr(s);
        }
        return v instanceof Double d ? PyFloat.repr(d) : Py.repr(v);
    }

    @Override
    public String repr() {
        String body = layout("array([", ", ", "],", 73);
        int lastLine = body.length() - (body.lastIndexOf('\n') + 1);
        return body + (lastLine + " dtype=object)".length() > 75 ? "\n      " : " ") + "dtype=object)";
    }

    @Override
    public String str() {
        return layout("[", " ", "]", 74);
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
