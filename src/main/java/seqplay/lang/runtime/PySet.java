package seqplay.lang.runtime;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Python's {@code set}. The hash table is CPython's (open addressing, 9 linear probes, perturbation, the same
 * growth rule) over CPython's hashes, so {@code print(set([2, 0, 1]))} shows {@code {0, 1, 2}} as Python does.
 * Strings hash differently from CPython, whose string hashes are randomised per process anyway.
 */
public final class PySet implements PyObject {
    private static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final Object DUMMY = new Object();

    private Object[] keys = new Object[MIN_SIZE];
    private long[] hashes = new long[MIN_SIZE];
    private int mask = MIN_SIZE - 1;
    private int fill;
    private int used;

    public PySet() {
    }

    /** A set of the items of a Python iterable. */
    public static PySet of(Object iterable) {
        PySet s = new PySet();
        if (iterable instanceof PySet) {
            PySet other = (PySet) iterable;
            s.keys = other.keys.clone();
            s.hashes = other.hashes.clone();
            s.mask = other.mask;
            s.fill = other.fill;
            s.used = other.used;
            return s;
        }
        Iterator<Object> it = Py.iterator(iterable);
        while (it.hasNext()) {
            s.add(it.next());
        }
        return s;
    }

    public int size() {
        return used;
    }

    /** The items in table order, as Python iterates them. */
    public List<Object> items() {
        List<Object> out = new ArrayList<>(used);
        for (Object k : keys) {
            if (k != null && k != DUMMY) {
                out.add(k);
            }
        }
        return out;
    }

    public void add(Object key) {
        long hash = Py.hash(key);
        int freeslot = -1;
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            for (int p = 0; p <= probes; p++, j++) {
                Object k = keys[j];
                if (k == null) {
                    if (freeslot >= 0) {
                        keys[freeslot] = key;
                        hashes[freeslot] = hash;
                        used++;
                        return;
                    }
                    keys[j] = key;
                    hashes[j] = hash;
                    fill++;
                    used++;
                    if ((long) fill * 5 >= (long) mask * 3) {
                        resize(used > 50000 ? used * 2 : used * 4);
                    }
                    return;
                }
                if (k == DUMMY) {
                    if (freeslot < 0) {
                        freeslot = j;
                    }
                } else if (hashes[j] == hash && Py.sameOrEqual(k, key)) {
                    return;
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    private int find(Object key) {
        long hash = Py.hash(key);
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            for (int p = 0; p <= probes; p++, j++) {
                Object k = keys[j];
                if (k == null) {
                    return -1;
                }
                if (k != DUMMY && hashes[j] == hash && Py.sameOrEqual(k, key)) {
                    return j;
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    private void resize(int minUsed) {
        int newSize = MIN_SIZE;
        while (newSize <= minUsed) {
            newSize <<= 1;
        }
        Object[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new Object[newSize];
        hashes = new long[newSize];
        mask = newSize - 1;
        fill = used;
        for (int k = 0; k < oldKeys.length; k++) {
            if (oldKeys[k] != null && oldKeys[k] != DUMMY) {
                insertClean(oldKeys[k], oldHashes[k]);
            }
        }
    }

    private void insertClean(Object key, long hash) {
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            if (keys[i] == null) {
                keys[i] = key;
                hashes[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (keys[i + j] == null) {
                        keys[i + j] = key;
                        hashes[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** Removes {@code key}; false when it was absent. */
    public boolean discard(Object key) {
        int j = find(key);
        if (j < 0) {
            return false;
        }
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        return true;
    }

    @Override
    public PyType type() {
        return BuiltinTypes.SET;
    }

    @Override
    public long hash() {
        throw Py.typeError("unhashable type: 'set'");
    }

    @Override
    public int length() {
        return used;
    }

    @Override
    public boolean truthy() {
        return used > 0;
    }

    @Override
    public boolean contains(Object item) {
        return find(item) >= 0;
    }

    @Override
    public Iterator<Object> iterator() {
        return SizeGuard.over(items(), this, "Set changed size during iteration");
    }

    @Override
    public Object binaryOp(Op op, Object other, boolean reflected) {
        if (!(other instanceof PySet)) {
            return op == Op.EQ ? Boolean.FALSE : op == Op.NE ? Boolean.TRUE : Py.NOT_IMPLEMENTED;
        }
        PySet a = reflected ? (PySet) other : this;
        PySet b = reflected ? this : (PySet) other;
        PySet out = new PySet();
        switch (op) {
            case EQ:
                return a.used == b.used && a.isSubsetOf(b);
            case NE:
                return !(a.used == b.used && a.isSubsetOf(b));
            case LE:
                return a.isSubsetOf(b);
            case LT:
                return a.used < b.used && a.isSubsetOf(b);
            case GE:
                return b.isSubsetOf(a);
            case GT:
                return b.used < a.used && b.isSubsetOf(a);
            case OR:
                out = PySet.of(a);
                for (Object x : b.items()) {
                    out.add(x);
                }
                return out;
            case AND:
                for (Object x : a.items()) {
                    if (b.contains(x)) {
                        out.add(x);
                    }
                }
                return out;
            case SUB:
                for (Object x : a.items()) {
                    if (!b.contains(x)) {
                        out.add(x);
                    }
                }
                return out;
            case XOR:
                for (Object x : a.items()) {
                    if (!b.contains(x)) {
                        out.add(x);
                    }
                }
                for (Object x : b.items()) {
                    if (!a.contains(x)) {
                        out.add(x);
                    }
                }
                return out;
            default:
                return Py.NOT_IMPLEMENTED;
        }
    }

    private boolean isSubsetOf(PySet other) {
        for (Object x : items()) {
            if (!other.contains(x)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String repr() {
        if (used == 0) {
            return "set()";
        }
        if (!Py.enterRepr(this)) {
            return "set(...)";
        }
        try {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (Object x : items()) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(Py.repr(x));
            }
            return sb.append('}').toString();
        } finally {
            Py.exitRepr(this);
        }
    }
}
