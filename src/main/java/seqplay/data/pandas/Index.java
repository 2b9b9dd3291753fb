package seqplay.data.pandas;

import java.util.ArrayList;
import java.util.List;

/**
 * Row labels of a DataFrame or Series: pandas' {@code RangeIndex} (0, 1, 2, … without storing them) or an index
 * of labels (ints after {@code dropna()} or a shuffle, texts from a CSV's unnamed first column or from
 * {@code value_counts()}), optionally named.
 */
public final class Index {
    private final Column labels; // null for a RangeIndex
    private final long start;
    private final long step;
    private final int size;
    private final Object name;

    private Index(Column labels, long start, long step, int size, Object name) {
        this.labels = labels;
        this.start = start;
        this.step = step;
        this.size = size;
        this.name = name;
    }

    /** {@code RangeIndex(start=0, stop=n, step=1)}. */
    public static Index range(int n) {
        return new Index(null, 0, 1, n, null);
    }

    /** An index over these labels. */
    public static Index of(Column labels, Object name) {
        return new Index(labels, 0, 1, labels.size(), name);
    }

    public int size() {
        return size;
    }

    public boolean isRange() {
        return labels == null;
    }

    /** The index's {@code name}, or null. */
    public Object name() {
        return name;
    }

    public Index withName(Object newName) {
        return new Index(labels, start, step, size, newName);
    }

    /** The label of row {@code i} as Python sees it. */
    public Object label(int i) {
        return labels == null ? (Object) (start + step * i) : labels.get(i);
    }

    /** The labels as a column (int64 for a RangeIndex). */
    public Column labels() {
        if (labels != null) {
            return labels;
        }
        long[] v = new long[size];
        for (int i = 0; i < size; i++) {
            v[i] = start + step * i;
        }
        return Column.ofInts(v);
    }

    /** The rows at {@code rows}; a contiguous run of a RangeIndex stays a RangeIndex, as in pandas. */
    public Index take(int[] rows) {
        if (labels == null) {
            boolean run = true;
            for (int i = 1; i < rows.length && run; i++) {
                run = rows[i] == rows[i - 1] + 1;
            }
            if (run) {
                long first = rows.length == 0 ? start : start + step * rows[0];
                return new Index(null, first, step, rows.length, name);
            }
        }
        return new Index(labels().take(rows), 0, 1, rows.length, name);
    }

    /** Position of the first row whose label equals {@code label} (Python equality), or -1. */
    public int positionOf(Object label) {
        for (int i = 0; i < size; i++) {
            if (Values.pyEquals(label(i), label)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code repr(df.index)}: {@code RangeIndex(start=0, stop=150, step=1)} or {@code Index([...], dtype=...)}. */
    public String repr() {
        if (labels == null) {
            String s = "RangeIndex(start=" + start + ", stop=" + (start + step * size) + ", step=" + step;
            return s + (name == null ? "" : ", name=" + Values.repr(name)) + ")";
        }
        List<String> items = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            items.add(Values.repr(labels.get(i)));
        }
        String tail = "dtype='" + labels.dtype().pandasName() + "'"
                + (name == null ? "" : ", name=" + Values.repr(name));
        return IndexRepr.format("Index", items, tail);
    }
}
