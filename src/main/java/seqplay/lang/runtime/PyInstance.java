package seqplay.lang.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A convenient base for Java objects that stand for instances of Python classes: like a Python object it has an
 * instance dictionary, so {@code model.my_note = 1} works and is read back, while methods and properties come
 * from its {@link PyType}.
 */
public abstract class PyInstance implements PyObject {
    private Map<String, Object> dict;

    @Override
    public Object getAttribute(String name) {
        if (dict != null) {
            Object v = dict.get(name);
            if (v != null) {
                return v;
            }
        }
        return type().lookup(this, name);
    }

    @Override
    public void setAttribute(String name, Object value) {
        Object member = type().lookup(this, name);
        if (member != null && !(dict != null && dict.containsKey(name))) {
            // Properties and methods keep their Python behaviour (a setter, or read-only).
            try {
                type().assign(this, name, value);
                return;
            } catch (seqplay.errors.PyException e) {
                if (!(member instanceof PyMethod)) {
                    throw e;
                }
            }
        }
        if (dict == null) {
            dict = new LinkedHashMap<>();
        }
        dict.put(name, value);
    }

    @Override
    public List<String> attributeNames() {
        List<String> out = new ArrayList<>(type().memberNames());
        if (dict != null) {
            for (String k : dict.keySet()) {
                if (!out.contains(k)) {
                    out.add(k);
                }
            }
        }
        Collections.sort(out);
        return out;
    }
}
