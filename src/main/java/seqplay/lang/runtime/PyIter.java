package seqplay.lang.runtime;

import java.util.Iterator;

/**
 * A one-pass iterator such as {@code zip(...)}, {@code enumerate(...)} or {@code iter([...])}; prints as
 * {@code <zip object at 0x...>} like CPython's.
 */
public final class PyIter implements PyObject, Iterator<Object> {
    private final PyType type;
    private final Iterator<Object> source;

    public PyIter(PyType type, Iterator<Object> source) {
        this.type = type;
        this.source = source;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public boolean hasNext() {
        return source.hasNext();
    }

    @Override
    public Object next() {
        return source.next();
    }

    @Override
    public Iterator<Object> iterator() {
        return this;
    }
}
