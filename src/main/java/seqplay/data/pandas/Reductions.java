package seqplay.data.pandas;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import seqplay.errors.PyException;
import seqplay.format.PyStrings;
import seqplay.numpy.DType;
import seqplay.numpy.NdArray;

/**
 * The reductions lessons call on frames and series, computed the way pandas/numpy compute them so that the
 * printed digits agree: sums by numpy's pairwise summation over the array with missing values set to 0, means as
 * that sum over the count, the standard deviation as bottleneck computes it for pandas (plain-order sums),
 * quantiles by numpy's linear interpolation.
 *
 * <p>numpy note: without bottleneck pandas sums the squared deviations pairwise; the two can differ in the last
 * bit of {@code std()}, far below the 6 digits {@code describe()} prints.
 */
final class Reductions {
    private Reductions() {
    }

    /** numpy's {@code sum} of a 1-D float64 array: 0 plus the pairwise sum (numpy's own kernel). */
    static double pairwiseSum(double[] a) {
        return new NdArray(DType.FLOAT64, new int[] {a.length}, a).sum(null, false).flat(0);
    }

    /** The column as float64 with missing values set to 0, and the count of present values. */
    private static double[] zeroFilled(Column c, int[] count) {
        int n = c.size();
        double[] v = new double[n];
        int present = 0;
        for (int i = 0; i < n; i++) {
            if (c.isNa(i)) {
                v[i] = 0.0;
            } else {
                v[i] = c.number(i);
                present++;
            }
        }
        count[0] = present;
        return v;
    }

    static double sum(Column c) {
        double[] v = zeroFilled(c, new int[1]);
        return pairwiseSum(v);
    }

    /** pandas' {@code nanmean}; NaN for an empty or all-missing column. */
    static double mean(Column c) {
        int[] count = new int[1];
        double[] v = zeroFilled(c, count);
        return pairwiseSum(v) / count[0];
    }

    /**
     * pandas' {@code nanstd(ddof=1)} as it runs when the bottleneck package is installed (Colab, Debian): two
     * plain passes, the mean of the present values, then the sum of squared deviations over n - 1.
     */
    static double std(Column c) {
        return std(c, 1);
    }

    /** The same with {@code ddof} ({@code s.std(ddof=0)} is numpy's population form); NaN when n - ddof <= 0. */
    static double std(Column c, int ddof) {
        int n = 0;
        double total = 0.0;
        for (int i = 0; i < c.size(); i++) {
            if (!c.isNa(i)) {
                total += c.number(i);
                n++;
            }
        }
        if (n - ddof <= 0) {
            return Double.NaN;
        }
        double mean = total / n;
        double squares = 0.0;
        for (int i = 0; i < c.size(); i++) {
            if (!c.isNa(i)) {
                double d = c.number(i) - mean;
                squares += d * d;
            }
        }
        return Math.sqrt(squares / (n - ddof));
    }

    /** The present values, sorted ascending. */
    private static double[] sortedPresent(Column c) {
        int n = c.size();
        double[] v = new double[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (!c.isNa(i)) {
                v[k++] = c.number(i);
            }
        }
        double[] out = Arrays.copyOf(v, k);
        Arrays.sort(out);
        return out;
    }

    /** numpy's {@code percentile(..., method='linear')} for a fraction q in [0, 1]. */
    static double quantile(double[] sorted, double q) {
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        double virtual = n * q + (1 + q * (1 - 1 - 1)) - 1;
        double previous = Math.floor(virtual);
        int lo = (int) Math.max(0, Math.min(previous, n - 1));
        int hi = (int) Math.max(0, Math.min(previous + 1, n - 1));
        double gamma = virtual - previous;
        double a = sorted[lo];
        double b = sorted[hi];
        double diff = b - a;
        return gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma;
    }

    static double min(Column c) {
        double[] s = sortedPresent(c);
        return s.length == 0 ? Double.NaN : s[0];
    }

    static double max(Column c) {
        double[] s = sortedPresent(c);
        return s.length == 0 ? Double.NaN : s[s.length - 1];
    }

    /** {@code df.describe()} for the numeric columns (or count/unique/top/freq when no column is numeric). */
    static DataFrame describe(DataFrame df) {
        List<Object> names = new ArrayList<>();
        List<Column> cols = new ArrayList<>();
        for (int j = 0; j < df.ncols(); j++) {
            Column c = df.column(j);
            if (c.dtype().isNumeric() && c.dtype() != Column.Dtype.BOOL) {
                names.add(df.columns().get(j));
                cols.add(describeNumeric(c));
            }
        }
        if (!cols.isEmpty()) {
            return new DataFrame(names, cols, Index.of(Column.ofStrings(NUMERIC_ROWS), null));
        }
        if (df.ncols() == 0) {
            throw PyException.valueError("Cannot describe a DataFrame without columns");
        }
        for (int j = 0; j < df.ncols(); j++) {
            names.add(df.columns().get(j));
            cols.add(describeObject(df.column(j)));
        }
        return new DataFrame(names, cols, Index.of(Column.ofStrings(OBJECT_ROWS), null));
    }

    /** {@code s.describe()}. */
    static Series describe(Series s) {
        Column c = s.values();
        if (c.dtype().isNumeric() && c.dtype() != Column.Dtype.BOOL) {
            return new Series(describeNumeric(c), Index.of(Column.ofStrings(NUMERIC_ROWS), null), s.name());
        }
        return new Series(describeObject(c), Index.of(Column.ofStrings(OBJECT_ROWS), null), s.name());
    }

    private static final List<String> NUMERIC_ROWS = List.of("count", "mean", "std", "min", "25%", "50%", "75%",
            "max");
    private static final List<String> OBJECT_ROWS = List.of("count", "unique", "top", "freq");

    private static Column describeNumeric(Column c) {
        double[] sorted = sortedPresent(c);
        return Column.ofFloats(new double[] {sorted.length, mean(c), std(c), min(c), quantile(sorted, 0.25),
            quantile(sorted, 0.5), quantile(sorted, 0.75), max(c)});
    }

    private static Column describeObject(Column c) {
        Map<Object, int[]> counts = counts(c);
        Object top = Double.NaN;
        long freq = 0;
        long count = 0;
        for (Map.Entry<Object, int[]> e : counts.entrySet()) {
            count += e.getValue()[0];
            if (e.getValue()[0] > freq) {
                freq = e.getValue()[0];
                top = firstValue(c, e.getKey());
            }
        }
        if (counts.isEmpty()) {
            return Column.ofObjects(new Object[] {0L, 0L, Double.NaN, Double.NaN});
        }
        return Column.ofObjects(new Object[] {count, (long) counts.size(), top, freq});
    }

    private static Object firstValue(Column c, Object key) {
        for (int i = 0; i < c.size(); i++) {
            if (!c.isNa(i) && key(c.get(i)).equals(key)) {
                return c.get(i);
            }
        }
        return null;
    }

    /** A hashable key with Python's equality: numbers (and bools) compare by value. */
    static Object key(Object v) {
        Double d = Values.numeric(v);
        if (d != null) {
            return d == 0.0 ? 0.0 : d; // -0.0 == 0.0
        }
        return v;
    }

    /** Counts of the present values, in order of first appearance. */
    private static Map<Object, int[]> counts(Column c) {
        Map<Object, int[]> counts = new LinkedHashMap<>();
        for (int i = 0; i < c.size(); i++) {
            if (!c.isNa(i)) {
                counts.computeIfAbsent(key(c.get(i)), k -> new int[1])[0]++;
            }
        }
        return counts;
    }

    /**
     * pandas 2.x {@code value_counts()}: counts sorted from most to least frequent (ties in order of first
     * appearance), the values as index named after the series, the result named {@code count}
     * ({@code proportion} when normalized).
     */
    static Series valueCounts(Series s, boolean normalize) {
        Column c = s.values();
        Map<Object, int[]> counts = counts(c);
        List<Object> keys = new ArrayList<>(counts.keySet());
        List<Integer> firstRows = new ArrayList<>();
        for (Object k : keys) {
            for (int i = 0; i < c.size(); i++) {
                if (!c.isNa(i) && key(c.get(i)).equals(k)) {
                    firstRows.add(i);
                    break;
                }
            }
        }
        Integer[] order = new Integer[keys.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(counts.get(keys.get(b))[0], counts.get(keys.get(a))[0]));
        int[] rows = new int[order.length];
        long[] n = new long[order.length];
        long total = 0;
        for (int i = 0; i < order.length; i++) {
            rows[i] = firstRows.get(order[i]);
            n[i] = counts.get(keys.get(order[i]))[0];
            total += n[i];
        }
        Index index = Index.of(c.take(rows), s.name());
        if (!normalize) {
            return new Series(Column.ofInts(n), index, "count");
        }
        double[] p = new double[n.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = (double) n[i] / total;
        }
        return new Series(Column.ofFloats(p), index, "proportion");
    }

    /**
     * {@code df.sum()}: int64 for int and bool columns (bools count the Trues, so {@code df.isna().sum()} counts
     * the gaps), float64 for floats, text joined for object columns of strings, as pandas does.
     */
    static Series sum(DataFrame df, boolean numericOnly) {
        if (numericOnly) {
            df = numericColumns(df);
        }
        List<Object> values = new ArrayList<>();
        boolean allInt = true;
        boolean anyObject = false;
        for (int j = 0; j < df.ncols(); j++) {
            Column c = df.column(j);
            switch (c.dtype()) {
                case INT64:
                case BOOL: {
                    long t = 0;
                    for (int i = 0; i < c.size(); i++) {
                        t += (long) c.number(i);
                    }
                    values.add(t);
                    break;
                }
                case FLOAT64:
                    allInt = false;
                    values.add(sum(c));
                    break;
                default:
                    anyObject = true;
                    values.add(joinTexts(c));
            }
        }
        Index index = Index.of(df.labelColumn(), null);
        if (anyObject) {
            return new Series(Column.ofObjects(values.toArray()), index, null);
        }
        if (allInt) {
            long[] v = new long[values.size()];
            for (int j = 0; j < v.length; j++) {
                v[j] = (Long) values.get(j);
            }
            return new Series(Column.ofInts(v), index, null);
        }
        double[] v = new double[values.size()];
        for (int j = 0; j < v.length; j++) {
            v[j] = ((Number) values.get(j)).doubleValue();
        }
        return new Series(Column.ofFloats(v), index, null);
    }

    static Object joinTexts(Column c) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < c.size(); i++) {
            Object v = c.get(i);
            if (Column.isNaValue(v)) {
                continue;
            }
            if (!(v instanceof String)) {
                throw PyException.typeError("can only concatenate str (not \"" + pyTypeName(v) + "\") to str");
            }
            sb.append((String) v);
        }
        return sb.toString();
    }

    /**
     * {@code df.mean(numeric_only=...)}: float64 per column. pandas 2.x refuses text columns unless
     * {@code numeric_only=True}, naming the joined text it tried to convert.
     */
    static Series mean(DataFrame df, boolean numericOnly) {
        List<Object> names = new ArrayList<>();
        List<Double> means = new ArrayList<>();
        for (int j = 0; j < df.ncols(); j++) {
            Column c = df.column(j);
            if (c.dtype() == Column.Dtype.OBJECT) {
                if (numericOnly) {
                    continue;
                }
                throw PyException.typeError("Could not convert [" + PyStrings.repr(String.valueOf(joinTexts(c)))
                        + "] to numeric");
            }
            names.add(df.columns().get(j));
            means.add(mean(c));
        }
        double[] v = new double[means.size()];
        for (int j = 0; j < v.length; j++) {
            v[j] = means.get(j);
        }
        DataFrame picked = df.select(names);
        return new Series(Column.ofFloats(v), Index.of(picked.labelColumn(), null), null);
    }

    /** The int, float and bool columns (pandas' {@code _get_numeric_data}, what {@code numeric_only} keeps). */
    static DataFrame numericColumns(DataFrame df) {
        List<Object> names = new ArrayList<>();
        for (int j = 0; j < df.ncols(); j++) {
            if (df.column(j).dtype() != Column.Dtype.OBJECT) {
                names.add(df.columns().get(j));
            }
        }
        return df.select(names);
    }

    /**
     * {@code df.sum(axis=1)} / {@code df.mean(axis=1)}: per row over the columns, missing values skipped (a row
     * without values sums to 0 and has a NaN mean). pandas reduces the row of its column-major block in column
     * order, one addition after another. Sums of int and bool columns stay int64.
     */
    static Series rowReduce(DataFrame df, boolean numericOnly, boolean mean) {
        if (numericOnly) {
            df = numericColumns(df);
        }
        boolean ints = !mean;
        boolean bools = false;
        boolean numbers = false;
        for (int j = 0; j < df.ncols(); j++) {
            Column c = df.column(j);
            if (c.dtype() == Column.Dtype.OBJECT) {
                throw new PyException("NotImplementedError", "the playground adds along rows over number columns"
                        + " only; column " + Values.repr(df.columns().get(j)) + " holds text (select the number"
                        + " columns first, or pass numeric_only=True)", "pandas.unsupported_argument");
            }
            ints &= c.dtype() != Column.Dtype.FLOAT64;
            bools |= c.dtype() == Column.Dtype.BOOL;
            numbers |= c.dtype() != Column.Dtype.BOOL;
        }
        // bool columns beside number columns make pandas' row block an object array: each row sum is then the
        // Python sum (missing values as the int 0), an int unless a float took part
        boolean objects = !mean && bools && numbers;
        int n = df.rows();
        double[] out = new double[n];
        long[] outInts = new long[n];
        Object[] outObjects = new Object[n];
        for (int i = 0; i < n; i++) {
            double total = 0.0;
            long totalInts = 0;
            int count = 0;
            boolean anyFloat = false;
            for (int j = 0; j < df.ncols(); j++) {
                Column c = df.column(j);
                if (!c.isNa(i)) {
                    total += c.number(i);
                    totalInts += (long) c.number(i);
                    count++;
                    anyFloat |= c.dtype() == Column.Dtype.FLOAT64;
                }
            }
            out[i] = mean ? total / count : total;
            outInts[i] = totalInts;
            outObjects[i] = anyFloat ? (Object) total : (Object) totalInts;
        }
        Column values = objects ? Column.ofObjects(outObjects) : ints ? Column.ofInts(outInts) : Column.ofFloats(out);
        return new Series(values, df.index(), null);
    }

    static String pyTypeName(Object v) {
        if (v instanceof Long) {
            return "int";
        }
        if (v instanceof Double) {
            return "float";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        return v == null ? "NoneType" : "str";
    }
}
