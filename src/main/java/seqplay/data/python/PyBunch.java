package seqplay.data.python;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import seqplay.data.datasets.Bunch;
import seqplay.errors.PyException;
import seqplay.lang.Context;
import seqplay.lang.runtime.Py;
import seqplay.lang.runtime.PyList;
import seqplay.lang.runtime.PyObject;
import seqplay.lang.runtime.PyType;

/**
 * scikit-learn's {@code Bunch} as Python sees it: {@code iris.data} and {@code iris['data']} both work, and
 * {@code keys()} lists the fields in scikit-learn's order.
 *
 * <p>numpy note: {@code keys()} returns a list where Python returns {@code dict_keys([...])}.
 */
public final class PyBunch implements PyObject {
    static final PyType TYPE = PyType.builder("Bunch", "sklearn.utils._bunch", PyBunch.class)
            .method("keys", "Bunch.keys(self)", (self, a) -> new PyList(new ArrayList<>(self.values.keySet())))
            .build();

    private final Map<String, Object> values = new LinkedHashMap<>();

    PyBunch(Bunch bunch, Context ctx) {
        for (String key : bunch.keys()) {
            values.put(key, Bridge.toPython(bunch.get(key), ctx));
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public Object getAttribute(String name) {
        if (values.containsKey(name)) {
            return values.get(name);
        }
        return type().lookup(this, name);
    }

    @Override
    public List<String> attributeNames() {
        List<String> names = new ArrayList<>(values.keySet());
        names.addAll(type().memberNames());
        return names;
    }

    @Override
    public Object getItem(Object key) {
        if (key instanceof String s && values.containsKey(s)) {
            return values.get(s);
        }
        throw new PyException("KeyError", Py.repr(key));
    }

    @Override
    public int length() {
        return values.size();
    }

    @Override
    public java.util.Iterator<Object> iterator() {
        return new ArrayList<Object>(values.keySet()).iterator();
    }

    @Override
    public String repr() {
        StringBuilder sb = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<String, Object> e : values.entrySet()) {
            sb.append(first ? "" : ", ").append(Py.repr(e.getKey())).append(": ").append(Py.repr(e.getValue()));
            first = false;
        }
        return sb.append('}').toString();
    }
}
