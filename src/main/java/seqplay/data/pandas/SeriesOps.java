package seqplay.data.pandas;

import seqplay.errors.PyException;

/**
 * Element-wise arithmetic and comparisons on a Series with a number, a text or another Series of the same index:
 * {@code s * 2}, {@code s - s.mean()}, {@code df['a'] + df['b']}, {@code df['age'] > 30},
 * {@code df['species'] == 'setosa'}.
 *
 * <p>Types as pandas gives them: int with int stays int64 (except {@code /}), anything with a float is float64,
 * comparisons are bool, and missing values compare as False ({@code !=} as True).
 *
 * <p>pandas note: two Series are matched by position and must share their index; pandas would align differing
 * labels and fill the gaps with NaN, which the playground refuses with a message instead.
 */
public final class SeriesOps {
    private SeriesOps() {
    }

    /** Operators: {@code + - * / // % ** == != < <= > >= & |}. */
    public static Series apply(Series s, String op, Object other, boolean reflected) {
        int n = s.size();
        Column right = null;
        if (other instanceof Series o) {
            if (o.size() != n || !sameIndex(s.index(), o.index())) {
                throw new PyException("NotImplementedError", "the playground combines Series with the same index"
                        + " only (pandas would align the labels)", "pandas.align");
            }
            right = o.values();
        }
        Column left = s.values();
        boolean comparison = op.equals("==") || op.equals("!=") || op.equals("<") || op.equals("<=")
                || op.equals(">") || op.equals(">=");
        if (op.equals("&") || op.equals("|")) {
            boolean[] out = new boolean[n];
            for (int i = 0; i < n; i++) {
                boolean a = truth(left, i);
                boolean b = right != null ? truth(right, i) : truthOf(other);
                out[i] = op.equals("&") ? a && b : a || b;
            }
            return new Series(Column.ofBools(out), s.index(), null);
        }
        if (comparison) {
            boolean[] out = new boolean[n];
            for (int i = 0; i < n; i++) {
                Object a = left.get(i);
                Object b = right != null ? right.get(i) : other;
                if (reflected) {
                    Object t = a;
                    a = b;
                    b = t;
                }
                out[i] = compare(op, a, b);
            }
            return new Series(Column.ofBools(out), s.index(), s.name());
        }
        boolean intResult = left.dtype() != Column.Dtype.FLOAT64 && left.dtype() != Column.Dtype.OBJECT
                && (right != null ? right.dtype() == Column.Dtype.INT64 || right.dtype() == Column.Dtype.BOOL
                        : other instanceof Long || other instanceof Boolean)
                && !op.equals("/") && !(op.equals("**") && negativePower(other, right));
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double a = number(left, i, op);
            double b = right != null ? number(right, i, op) : scalar(other, op);
            if (reflected) {
                double t = a;
                a = b;
                b = t;
            }
            out[i] = arithmetic(op, a, b, intResult);
        }
        if (intResult) {
            long[] ints = new long[n];
            for (int i = 0; i < n; i++) {
                ints[i] = (long) out[i];
            }
            return new Series(Column.ofInts(ints), s.index(), s.name());
        }
        return new Series(Column.ofFloats(out), s.index(), s.name());
    }

    private static boolean negativePower(Object other, Column right) {
        if (right != null) {
            for (int i = 0; i < right.size(); i++) {
                if (right.number(i) < 0) {
                    return true;
                }
            }
            return false;
        }
        return other instanceof Long l && l < 0;
    }

    private static boolean sameIndex(Index a, Index b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Values.pyEquals(a.label(i), b.label(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean truth(Column c, int i) {
        return truthOf(c.get(i));
    }

    private static boolean truthOf(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        Double d = Values.numeric(v);
        return d != null && d != 0;
    }

    private static double number(Column c, int i, String op) {
        if (c.isNa(i)) {
            return Double.NaN;
        }
        if (c.dtype() == Column.Dtype.OBJECT && !(c.get(i) instanceof Number)) {
            throw PyException.typeError("unsupported operand type(s) for " + op + ": '"
                    + Reductions.pyTypeName(c.get(i)) + "' and 'int'");
        }
        return c.number(i);
    }

    private static double scalar(Object v, String op) {
        Double d = Values.numeric(v);
        if (d == null) {
            throw PyException.typeError("unsupported operand type(s) for " + op + ": 'float' and '"
                    + Reductions.pyTypeName(v) + "'");
        }
        return d;
    }

    private static double arithmetic(String op, double a, double b, boolean ints) {
        switch (op) {
            case "+":
                return a + b;
            case "-":
                return a - b;
            case "*":
                return a * b;
            case "/":
                return a / b;
            case "//": {
                if (ints && b == 0) {
                    return 0; // numpy's int floor division by zero gives 0 (with a warning)
                }
                return Math.floor(a / b);
            }
            case "%": {
                if (ints && b == 0) {
                    return 0;
                }
                double r = a - Math.floor(a / b) * b;
                return r;
            }
            case "**":
                return seqplay.tensor.Maths.pow(a, b);
            default:
                throw PyException.typeError("unsupported operand type(s) for " + op + ": 'Series' and 'Series'");
        }
    }

    private static boolean compare(String op, Object a, Object b) {
        if (Column.isNaValue(a) || Column.isNaValue(b)) {
            return op.equals("!=");
        }
        Double x = Values.numeric(a);
        Double y = Values.numeric(b);
        if (x != null && y != null) {
            double p = x;
            double q = y;
            switch (op) {
                case "==":
                    return p == q;
                case "!=":
                    return p != q;
                case "<":
                    return p < q;
                case "<=":
                    return p <= q;
                case ">":
                    return p > q;
                default:
                    return p >= q;
            }
        }
        if (a instanceof String s && b instanceof String t) {
            int c = s.compareTo(t);
            switch (op) {
                case "==":
                    return c == 0;
                case "!=":
                    return c != 0;
                case "<":
                    return c < 0;
                case "<=":
                    return c <= 0;
                case ">":
                    return c > 0;
                default:
                    return c >= 0;
            }
        }
        if (op.equals("==")) {
            return false;
        }
        if (op.equals("!=")) {
            return true;
        }
        throw PyException.typeError("'" + op + "' not supported between instances of '" + Reductions.pyTypeName(a)
                + "' and '" + Reductions.pyTypeName(b) + "'");
    }

    /** {@code df[mask]}: the rows where a bool Series of the same index is True. */
    public static DataFrame filter(DataFrame df, Series mask) {
        if (mask.values().dtype() != Column.Dtype.BOOL) {
            throw Frames.keyError("None of [Index([...], dtype='" + mask.dtypeName() + "')] are in the [columns]");
        }
        if (!sameIndex(df.index(), mask.index())) {
            throw PyException.valueError("Item wrong length " + mask.size() + " instead of " + df.rows() + ".");
        }
        java.util.List<Integer> rows = new java.util.ArrayList<>();
        for (int i = 0; i < mask.size(); i++) {
            if (mask.values().bools()[i]) {
                rows.add(i);
            }
        }
        return df.take(Frames.toArray(rows));
    }
}
