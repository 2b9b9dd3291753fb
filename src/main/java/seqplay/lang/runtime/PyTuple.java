package seqplay.lang.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** Python's {@code tuple}: an immutable sequence; {@code (4,)} is how Keras shapes print. */
public final class PyTuple extends PySequence {
    public static final PyTuple EMPTY = new PyTuple(List.of());

    public PyTuple(Collection<?> values) {
        super(Collections.unmodifiableList(new ArrayList<>(values)));
    }

    public static PyTuple of(Object... values) {
        List<Object> l = new ArrayList<>(values.length);
        Collections.addAll(l, values);
        return new PyTuple(l);
    }

    @Override
    PySequence make(List<Object> newItems) {
        return new PyTuple(newItems);
    }

    @Override
    String kind() {
        return "tuple";
    }

    @Override
    public PyType type() {
        return BuiltinTypes.TUPLE;
    }

    @Override
    public long hash() {
        // CPython's tuple hash (xxHash-based since 3.8), so that hash() and set order match.
        long acc = 2870177450012600261L;
        Py.enterCompare();
        try {
            for (Object item : items) {
                long lane = Py.hash(item);
                acc += lane * -4417276706812531889L;
                acc = (acc << 31) | (acc >>> 33);
                acc *= -7046029288634856825L;
            }
        } finally {
            Py.exitCompare();
        }
        acc += items.size() ^ (2870177450012600261L ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    @Override
    public String repr() {
        if (items.size() == 1) {
            return "(" + Py.repr(items.get(0)) + ",)";
        }
        return reprItems("(", ")");
    }
}
