package seqplay.lang.runtime;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** What {@code list} and {@code tuple} share: indexing, slicing, iteration, lexicographic comparison. */
public abstract class PySequence implements PyObject {
    protected final List<Object> items;

    PySequence(List<Object> items) {
        this.items = items;
    }

    /** The items; a list's is live (mutations show), a tuple's must not be modified. */
    public List<Object> items() {
        return items;
    }

    public Object get(int i) {
        return items.get(i);
    }

    public int size() {
        return items.size();
    }

    abstract PySequence make(List<Object> newItems);

    abstract String kind();

    @Override
    public int length() {
        return items.size();
    }

    @Override
    public Iterator<Object> iterator() {
        return new ArrayList<>(items).iterator();
    }

    @Override
    public boolean contains(Object item) {
        for (Object x : items) {
            if (Py.sameOrEqual(x, item)) {
                return true;
            }
        }
        return false;
    }

    /** Resolves a Python index (negative counts from the end) or raises IndexError with {@code what}. */
    int position(Object key, String what) {
        long i = Py.indexValue(key, kind() + " indices must be integers or slices, not " + Py.typeName(key));
        long n = items.size();
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Py.indexError(what);
        }
        return (int) i;
    }

    @Override
    public Object getItem(Object key) {
        if (key instanceof PySlice) {
            long[] s = ((PySlice) key).indices(items.size());
            List<Object> out = new ArrayList<>((int) s[3]);
            for (long k = 0, i = s[0]; k < s[3]; k++, i += s[2]) {
                out.add(items.get((int) i));
            }
            return make(out);
        }
        return items.get(position(key, kind() + " index out of range"));
    }

    @Override
    public boolean truthy() {
        return !items.isEmpty();
    }

    @Override
    public Object binaryOp(Op op, Object other, boolean reflected) {
        if (op.isComparison()) {
            if (!(other instanceof PySequence) || ((PySequence) other).type() != type()) {
                return op == Op.EQ ? Boolean.FALSE : op == Op.NE ? Boolean.TRUE : Py.NOT_IMPLEMENTED;
            }
            return compare(op, ((PySequence) other).items);
        }
        if (op == Op.ADD && !reflected) {
            if (other instanceof PySequence && ((PySequence) other).type() == type()) {
                List<Object> out = new ArrayList<>(items);
                out.addAll(((PySequence) other).items);
                return make(out);
            }
            throw Py.typeError("can only concatenate " + kind() + " (not \"" + Py.typeName(other) + "\") to "
                    + kind());
        }
        if (op == Op.MUL) {
            if (!Ints.isInt(other)) {
                if (other instanceof PyObject && !reflected) {
                    return Py.NOT_IMPLEMENTED;
                }
                throw Py.typeError("can't multiply sequence by non-int of type '" + Py.typeName(other) + "'");
            }
            long n = Py.indexValue(other, "");
            if (n <= 0 || items.isEmpty()) {
                return make(new ArrayList<>());
            }
            if (n * items.size() > Py.MAX_ITEMS) {
                throw new seqplay.errors.PyException("MemoryError", "");
            }
            List<Object> out = new ArrayList<>((int) (n * items.size()));
            for (long i = 0; i < n; i++) {
                out.addAll(items);
            }
            return make(out);
        }
        return Py.NOT_IMPLEMENTED;
    }

    private Object compare(Op op, List<Object> other) {
        Py.enterCompare();
        try {
            return compareItems(op, other);
        } finally {
            Py.exitCompare();
        }
    }

    private Object compareItems(Op op, List<Object> other) {
        int n = Math.min(items.size(), other.size());
        for (int i = 0; i < n; i++) {
            Object a = items.get(i);
            Object b = other.get(i);
            if (!Py.sameOrEqual(a, b)) {
                if (op == Op.EQ) {
                    return false;
                }
                if (op == Op.NE) {
                    return true;
                }
                return Py.truthy(Py.compare(op, a, b));
            }
        }
        int c = Integer.compare(items.size(), other.size());
        switch (op) {
            case EQ: return c == 0;
            case NE: return c != 0;
            case LT: return c < 0;
            case LE: return c <= 0;
            case GT: return c > 0;
            default: return c >= 0;
        }
    }

    String reprItems(String open, String close) {
        if (!Py.enterRepr(this)) {
            return open + "..." + close;
        }
        try {
            StringBuilder sb = new StringBuilder(open);
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Py.repr(items.get(i)));
            }
            return sb.append(close).toString();
        } finally {
            Py.exitRepr(this);
        }
    }
}
