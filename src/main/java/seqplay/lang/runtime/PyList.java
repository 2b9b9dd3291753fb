package seqplay.lang.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/** Python's {@code list}: a mutable sequence over a live {@code ArrayList}. */
public final class PyList extends PySequence {
    public PyList() {
        super(new ArrayList<>());
    }

    /** A list holding (a copy of) {@code values}. */
    public PyList(Collection<?> values) {
        super(new ArrayList<>(values));
    }

    /** A list of the given values. */
    public static PyList of(Object... values) {
        PyList l = new PyList();
        for (Object v : values) {
            l.items.add(v);
        }
        return l;
    }

    /**
     * A live iterator, as CPython's list iterator: it reads the list by position, so items appended during a for
     * loop are visited and removing the current item skips the next one ({@code for x in lst: lst.remove(x)}
     * leaves every second item, as in Python).
     */
    @Override
    public Iterator<Object> iterator() {
        List<Object> list = items();
        return new Iterator<>() {
            private int next;
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                if (!exhausted && next >= list.size()) {
                    exhausted = true; // once finished it stays finished, even if the list grows
                }
                return !exhausted;
            }

            @Override
            public Object next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return list.get(next++);
            }
        };
    }

    public void append(Object value) {
        if (items.size() >= Py.MAX_ITEMS) {
            throw new seqplay.errors.PyException("MemoryError", "");
        }
        items.add(value);
    }

    @Override
    PySequence make(List<Object> newItems) {
        return new PyList(newItems);
    }

    @Override
    String kind() {
        return "list";
    }

    @Override
    public PyType type() {
        return BuiltinTypes.LIST;
    }

    @Override
    public long hash() {
        throw Py.typeError("unhashable type: 'list'");
    }

    @Override
    public void setItem(Object key, Object value) {
        if (key instanceof PySlice) {
            PySlice slice = (PySlice) key;
            List<Object> values = Py.toList(value, "can only assign an iterable");
            long[] s = slice.indices(items.size());
            if (s[2] == 1) {
                int from = (int) s[0];
                int to = (int) Math.max(s[0], s[1]);
                items.subList(from, to).clear();
                items.addAll(from, values);
                return;
            }
            if (values.size() != s[3]) {
                throw Py.valueError("attempt to assign sequence of size " + values.size()
                        + " to extended slice of size " + s[3]);
            }
            for (int k = 0; k < s[3]; k++) {
                items.set((int) (s[0] + k * s[2]), values.get(k));
            }
            return;
        }
        items.set(position(key, "list assignment index out of range"), value);
    }

    @Override
    public void deleteItem(Object key) {
        if (key instanceof PySlice) {
            long[] s = ((PySlice) key).indices(items.size());
            List<Integer> doomed = new ArrayList<>();
            for (long k = 0, i = s[0]; k < s[3]; k++, i += s[2]) {
                doomed.add((int) i);
            }
            doomed.sort(null);
            for (int k = doomed.size() - 1; k >= 0; k--) {
                items.remove((int) doomed.get(k));
            }
            return;
        }
        items.remove(position(key, "list assignment index out of range"));
    }

    @Override
    public String repr() {
        return reprItems("[", "]");
    }
}
