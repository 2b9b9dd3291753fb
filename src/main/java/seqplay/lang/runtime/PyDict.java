package seqplay.lang.runtime;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Python's {@code dict}: insertion-ordered, keys compared with Python's {@code ==} ({@code 1 == 1.0 == True}). */
public final class PyDict implements PyObject {
    /** A key with Python's hash and equality, so that Java maps treat {@code 1} and {@code 1.0} as one key. */
    static final class Key {
        final Object value;
        private final int hash;

        Key(Object value) {
            this.value = value;
            long h = Py.hash(value);
            this.hash = (int) (h ^ (h >>> 32));
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key && Py.sameOrEqual(value, ((Key) o).value);
        }
    }

    private final LinkedHashMap<Key, Object> map = new LinkedHashMap<>();

    public PyDict() {
    }

    /** A dict with the entries of {@code entries}, in its iteration order (keys are Python values). */
    public PyDict(Map<?, ?> entries) {
        for (Map.Entry<?, ?> e : entries.entrySet()) {
            put(e.getKey(), e.getValue());
        }
    }

    public void put(Object key, Object value) {
        map.put(new Key(key), value);
    }

    /** The value for {@code key}, or {@code null} when absent. */
    public Object get(Object key) {
        return map.get(new Key(key));
    }

    public boolean containsKey(Object key) {
        return map.containsKey(new Key(key));
    }

    /** Removes {@code key}, returning its value or {@code null}. */
    public Object remove(Object key) {
        return map.remove(new Key(key));
    }

    public int size() {
        return map.size();
    }

    public void clear() {
        map.clear();
    }

    /** The keys in insertion order. */
    public List<Object> keys() {
        List<Object> out = new ArrayList<>(map.size());
        for (Key k : map.keySet()) {
            out.add(k.value);
        }
        return out;
    }

    /** The values in insertion order. */
    public List<Object> values() {
        return new ArrayList<>(map.values());
    }

    /** String-keyed entries in order, for Java code reading {@code **kwargs}. */
    public Map<String, Object> asStringMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<Key, Object> e : map.entrySet()) {
            out.put(Py.str(e.getKey().value), e.getValue());
        }
        return out;
    }

    @Override
    public PyType type() {
        return BuiltinTypes.DICT;
    }

    @Override
    public long hash() {
        throw Py.typeError("unhashable type: 'dict'");
    }

    @Override
    public Object getItem(Object key) {
        Object v = map.get(new Key(key));
        if (v == null) {
            throw Py.keyError(key);
        }
        return v;
    }

    @Override
    public void setItem(Object key, Object value) {
        put(key, value);
    }

    @Override
    public void deleteItem(Object key) {
        if (map.remove(new Key(key)) == null) {
            throw Py.keyError(key);
        }
    }

    @Override
    public int length() {
        return map.size();
    }

    @Override
    public boolean truthy() {
        return !map.isEmpty();
    }

    @Override
    public Iterator<Object> iterator() {
        return SizeGuard.over(keys(), this, "dictionary changed size during iteration");
    }

    @Override
    public boolean contains(Object item) {
        return map.containsKey(new Key(item));
    }

    @Override
    public Object binaryOp(Op op, Object other, boolean reflected) {
        if (op == Op.EQ || op == Op.NE) {
            Py.enterCompare();
            try {
                boolean same = other instanceof PyDict && equalEntries((PyDict) other);
                return (op == Op.EQ) == same;
            } finally {
                Py.exitCompare();
            }
        }
        if (op == Op.OR && other instanceof PyDict) {
            PyDict out = new PyDict();
            PyDict first = reflected ? (PyDict) other : this;
            PyDict second = reflected ? this : (PyDict) other;
            out.map.putAll(first.map);
            out.map.putAll(second.map);
            return out;
        }
        return Py.NOT_IMPLEMENTED;
    }

    private boolean equalEntries(PyDict other) {
        if (other.map.size() != map.size()) {
            return false;
        }
        for (Map.Entry<Key, Object> e : map.entrySet()) {
            Object v = other.map.get(e.getKey());
            if (v == null || !Py.sameOrEqual(e.getValue(), v)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String repr() {
        if (!Py.enterRepr(this)) {
            return "{...}";
        }
        try {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<Key, Object> e : map.entrySet()) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(Py.repr(e.getKey().value)).append(": ").append(Py.repr(e.getValue()));
            }
            return sb.append('}').toString();
        } finally {
            Py.exitRepr(this);
        }
    }
}
