package seqplay.data.pandas;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import seqplay.errors.PyException;
import seqplay.format.PyStrings;

/**
 * {@code unique}, {@code sort_values}, {@code median}, {@code corr}, {@code round} and {@code abs} for Series and
 * DataFrames, computed as pandas 2.x computes them.
 *
 * <pre>{@code
 * df['city'].unique(); df.sort_values('age', ascending=False); df.median(numeric_only=True); df.corr()
 * }</pre>
 */
final class Stats {
    private Stats() {
    }

    private static final Object NONE = new Object();

    /** The distinct values in order of first appearance (None and NaN kept once each, as pandas' hash table). */
    static Column unique(Column c) {
        Set<Object> seen = new HashSet<>();
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            Object v = c.get(i);
            if (seen.add(v == null ? NONE : Reductions.key(v))) {
                rows.add(i);
            }
        }
        return c.take(Frames.toArray(rows));
    }

    /**
     * The row order of {@code sort_values}: by each key in turn, missing values last whatever the direction,
     * ties in their original order.
     *
     * <p>pandas note: pandas' default {@code kind='quicksort'} gives no order to ties; numpy 2 on an AVX-512 CPU
     * (Colab's) mixes them even among 5 rows, differently from numpy 1.x, so no fixed order could match it. The
     * playground keeps ties in their original order, what {@code kind='stable'} gives everywhere.
     */
    static int[] sortOrder(List<Column> keys, boolean[] ascending) {
        int n = keys.isEmpty() ? 0 : keys.get(0).size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            for (int k = 0; k < keys.size(); k++) {
                Column c = keys.get(k);
                boolean xa = c.isNa(a);
                boolean ya = c.isNa(b);
                if (xa || ya) {
                    if (xa != ya) {
                        return xa ? 1 : -1;
                    }
                    continue;
                }
                int r = compare(c.get(a), c.get(b));
                if (r != 0) {
                    return ascending[k] ? r : -r;
                }
            }
            return 0;
        });
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = order[i];
        }
        return rows;
    }

    /** Python's {@code <} between two present values: numbers by value, texts by code points. */
    private static int compare(Object a, Object b) {
        Double x = Values.numeric(a);
        Double y = Values.numeric(b);
        if (x != null && y != null) {
            return x < y ? -1 : x > y ? 1 : 0;
        }
        if (a instanceof String p && b instanceof String q) {
            return p.compareTo(q);
        }
        throw PyException.typeError("'<' not supported between instances of '" + Reductions.pyTypeName(a)
                + "' and '" + Reductions.pyTypeName(b) + "'");
    }

    /**
     * pandas 2.x {@code nanmedian}: the median of the present values (NaN when none); a text column raises
     * {@code TypeError: Cannot convert [...] to numeric} with the values as numpy prints them.
     */
    static double median(Column c, boolean frame) {
        if (c.dtype() == Column.Dtype.OBJECT) {
            for (int i = 0; i < c.size(); i++) {
                if (c.get(i) instanceof String) {
                    throw PyException.typeError("Cannot convert " + objectStr(c, frame) + " to numeric");
                }
            }
        }
        double[] v = new double[c.size()];
        int k = 0;
        for (int i = 0; i < c.size(); i++) {
            if (!c.isNa(i)) {
                v[k++] = c.number(i);
            }
        }
        if (k == 0) {
            return Double.NaN;
        }
        double[] s = Arrays.copyOf(v, k);
        Arrays.sort(s);
        return k % 2 == 1 ? s[k / 2] : (s[k / 2 - 1] + s[k / 2]) / 2;
    }

    /**
     * numpy's {@code str()} of what pandas tried to convert: the values with missing ones as 0 (pandas fills them
     * before converting), as a 1-D array or, for a frame's block, a row of a 2-D one.
     */
    private static String objectStr(Column c, boolean frame) {
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            items.add(c.isNa(i) ? (Object) 0L : c.get(i));
        }
        return frame ? "[[" + ObjectText.layout(ObjectText.shown(items), "  ", " ", "]", 73).substring(2) + "]"
                : ObjectText.layout(ObjectText.shown(items), "[", " ", "]", 74);
    }

    /** {@code df.median(numeric_only=...)}: float64 per column. */
    static Series median(DataFrame df, boolean numericOnly) {
        DataFrame d = numericOnly ? Reductions.numericColumns(df) : df;
        double[] v = new double[d.ncols()];
        for (int j = 0; j < v.length; j++) {
            v[j] = median(d.column(j), true);
        }
        return new Series(Column.ofFloats(v), Index.of(d.labelColumn(), null), null);
    }

    /**
     * {@code df.corr()}: Pearson's r for each pair of columns over the rows where both are present, by pandas'
     * {@code nancorr} (Welford's running means and co-moments, in row order). Bool columns count as 0/1; a text
     * column raises {@code ValueError: could not convert string to float: 'x'} unless {@code numeric_only=True}.
     */
    static DataFrame corr(DataFrame df, boolean numericOnly) {
        DataFrame d = numericOnly ? Reductions.numericColumns(df) : df;
        int k = d.ncols();
        int n = d.rows();
        double[][] x = new double[k][];
        for (int j = 0; j < k; j++) {
            Column c = d.column(j);
            for (int i = 0; c.dtype() == Column.Dtype.OBJECT && i < n; i++) {
                if (c.get(i) instanceof String s) {
                    throw PyException.valueError("could not convert string to float: " + PyStrings.repr(s));
                }
            }
            x[j] = c.toDoubles();
        }
        double[][] r = new double[k][k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b <= a; b++) {
                int count = 0;
                double meanX = 0.0;
                double meanY = 0.0;
                double ssX = 0.0;
                double ssY = 0.0;
                double cov = 0.0;
                for (int i = 0; i < n; i++) {
                    double vx = x[a][i];
                    double vy = x[b][i];
                    if (vx != vx || vy != vy) {
                        continue;
                    }
                    count++;
                    double dx = vx - meanX;
                    double dy = vy - meanY;
                    meanX += (1.0 / count) * dx;
                    meanY += (1.0 / count) * dy;
                    ssX += (vx - meanX) * dx;
                    ssY += (vy - meanY) * dy;
                    cov += (vx - meanX) * dy;
                }
                double divisor = Math.sqrt(ssX * ssY);
                double v = count < 1 || divisor == 0 ? Double.NaN : cov / divisor;
                r[a][b] = v;
                r[b][a] = v;
            }
        }
        List<Column> cols = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            cols.add(Column.ofFloats(r[j]));
        }
        return new DataFrame(new ArrayList<>(d.columns()), cols, Index.of(d.labelColumn(), null));
    }

    /**
     * numpy's {@code round(x, decimals)} (half to even on the scaled value): {@code rint(x * 10**n) / 10**n}, or
     * {@code rint(x / 10**-n) * 10**-n} for negative n. Ints and bools come back unchanged for n >= 0.
     */
    static Column round(Column c, int decimals) {
        if (c.dtype() == Column.Dtype.OBJECT) {
            throw PyException.typeError("Expected numeric dtype, got object instead.");
        }
        if (c.dtype() == Column.Dtype.BOOL || (c.dtype() == Column.Dtype.INT64 && decimals >= 0)) {
            return c;
        }
        double f = 1.0;
        for (int i = 0; i < Math.abs(decimals); i++) {
            f *= 10.0;
        }
        int n = c.size();
        if (c.dtype() == Column.Dtype.INT64) {
            long[] out = new long[n];
            for (int i = 0; i < n; i++) {
                out[i] = (long) (Math.rint(c.ints()[i] / f) * f);
            }
            return Column.ofInts(out);
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double v = c.floats()[i];
            out[i] = decimals >= 0 ? Math.rint(v * f) / f : Math.rint(v / f) * f;
        }
        return Column.ofFloats(out);
    }

    /** {@code abs()}: ints and floats by value, bools unchanged; text raises Python's {@code abs()} error. */
    static Column abs(Column c) {
        int n = c.size();
        switch (c.dtype()) {
            case INT64: {
                long[] out = new long[n];
                for (int i = 0; i < n; i++) {
                    out[i] = Math.abs(c.ints()[i]);
                }
                return Column.ofInts(out);
            }
            case FLOAT64: {
                double[] out = new double[n];
                for (int i = 0; i < n; i++) {
                    out[i] = Math.abs(c.floats()[i]);
                }
                return Column.ofFloats(out);
            }
            case BOOL:
                return c;
            default:
                for (int i = 0; i < n; i++) {
                    Object v = c.get(i);
                    if (!(v instanceof Long || v instanceof Double || v instanceof Boolean || v == null)) {
                        throw PyException.typeError("bad operand type for abs(): '" + Reductions.pyTypeName(v) + "'");
                    }
                }
                Object[] out = new Object[n];
                for (int i = 0; i < n; i++) {
                    Object v = c.get(i);
                    out[i] = v instanceof Long l ? (Object) Math.abs(l) : v instanceof Double d ? (Object) Math.abs(d)
                            : v;
                }
                return Column.ofObjects(out);
        }
    }
}
