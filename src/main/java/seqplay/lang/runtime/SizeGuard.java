package seqplay.lang.runtime;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import seqplay.errors.PyException;

/**
 * Iteration over a dict, a dict view or a set that fails as CPython's does when the loop body changes the
 * container's size: {@code for k in d: del d[k]} raises {@code RuntimeError: dictionary changed size during
 * iteration} at the next step of the loop.
 */
final class SizeGuard implements Iterator<Object> {
    private final List<Object> snapshot;
    private final PyObject container;
    private final int size;
    private final String message;
    private int next;

    private SizeGuard(List<Object> snapshot, PyObject container, String message) {
        this.snapshot = snapshot;
        this.container = container;
        this.size = container.length();
        this.message = message;
    }

    /** Iterates {@code snapshot} (the container's items now) while checking that {@code container} keeps its size. */
    static Iterator<Object> over(List<Object> snapshot, PyObject container, String message) {
        return new SizeGuard(snapshot, container, message);
    }

    @Override
    public boolean hasNext() {
        if (container.length() != size) {
            throw new PyException("RuntimeError", message, "lang.changed_during_iteration");
        }
        return next < snapshot.size();
    }

    @Override
    public Object next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return snapshot.get(next++);
    }
}
