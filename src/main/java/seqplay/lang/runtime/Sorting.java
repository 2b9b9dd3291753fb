package seqplay.lang.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Python's stable sort using only {@code <}, the same on every target (Java's own sort differs in which pairs it
 * compares, which would change the wording of a TypeError between the JVM and TeaVM).
 */
final class Sorting {
    private Sorting() {
    }

    /** Sorts {@code items} in place; {@code key} is a Python callable or None. */
    static void sort(List<Object> items, Object key, boolean reverse) {
        List<Object> keys;
        if (key == Py.NONE) {
            keys = new ArrayList<>(items);
        } else {
            keys = new ArrayList<>(items.size());
            for (Object x : items) {
                keys.add(Py.call(key, Args.of(x)));
            }
        }
        int n = items.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = reverse ? n - 1 - i : i;
        }
        Integer[] tmp = new Integer[n];
        mergeSort(order, tmp, 0, n, keys);
        List<Object> sorted = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            sorted.add(items.get(order[i]));
        }
        if (reverse) {
            Collections.reverse(sorted);
        }
        for (int i = 0; i < n; i++) {
            items.set(i, sorted.get(i));
        }
    }

    private static boolean lt(List<Object> keys, int a, int b) {
        return Py.truthy(Py.compare(Op.LT, keys.get(a), keys.get(b)));
    }

    private static void mergeSort(Integer[] a, Integer[] tmp, int lo, int hi, List<Object> keys) {
        if (hi - lo <= 32) {
            // Binary insertion, as CPython's binarysort: compare the pivot with what is already sorted.
            for (int i = lo + 1; i < hi; i++) {
                Integer pivot = a[i];
                int l = lo;
                int r = i;
                while (l < r) {
                    int mid = (l + r) >>> 1;
                    if (lt(keys, pivot, a[mid])) {
                        r = mid;
                    } else {
                        l = mid + 1;
                    }
                }
                System.arraycopy(a, l, a, l + 1, i - l);
                a[l] = pivot;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, lo, mid, keys);
        mergeSort(a, tmp, mid, hi, keys);
        System.arraycopy(a, lo, tmp, lo, hi - lo);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
            if (lt(keys, tmp[j], tmp[i])) {
                a[k++] = tmp[j++];
            } else {
                a[k++] = tmp[i++];
            }
        }
        while (i < mid) {
            a[k++] = tmp[i++];
        }
        while (j < hi) {
            a[k++] = tmp[j++];
        }
    }
}
