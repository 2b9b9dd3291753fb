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
        // pandas keeps the name when the other operand is a scalar or a Series of the same name
        Object name = other instanceof Series o && !Values.pyEquals(s.name(), o.name()) ? null : s.name();
        boolean comparison = op.equals("==") || op.equals("!=") || op.equals("<") || op.equals("<=")
                || op.equals(">") || op.equals(">=");
        if (op.equals("&") || op.equals("|")) {
            boolean[] out = new boolean[n];
            for (int i = 0; i < n; i++) {
                boolean a = truth(left, i);
                boolean b = right != null ? truth(right, i) : truthOf(other);
                out[i] = op.equals("&") ? a && b : a || b;
            }
            return new Series(Column.ofBools(out), s.index(), name);
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
            return new Series(Column.ofBools(out), s.index(), name);
        }
        boolean leftText = left.dtype() == Column.Dtype.OBJECT;
        boolean rightText = right != null ? right.dtype() == Column.Dtype.OBJECT : other instanceof String;
        if (leftText || rightText) {
            if (!leftText && right == null) {
                throw noUfuncLoop(op, left.dtype(), (String) other, reflected);
            }
            return new Series(objectArithmetic(op, left, right, other, reflected), s.index(), name);
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
            return new Series(Column.ofInts(ints), s.index(), name);
        }
        return new Series(Column.ofFloats(out), s.index(), name);
    }

    /**
     * Arithmetic with a text column: numpy's object loop runs Python's operator on each pair of elements, pandas
     * leaving out the pairs with a missing value (they give NaN). So {@code df['name'] + '님'} joins texts,
     * {@code df['name'] * 2} repeats them, and {@code df['name'] + 1} fails with Python's message for
     * {@code 'Kim' + 1}.
     */
    private static Column objectArithmetic(String op, Column left, Column right, Object other, boolean reflected) {
        int n = left.size();
        Object[] out = new Object[n];
        for (int i = 0; i < n; i++) {
            Object a = left.get(i);
            Object b = right != null ? right.get(i) : other;
            if (Column.isNaValue(a) || Column.isNaValue(b)) {
                out[i] = Double.NaN;
                continue;
            }
            out[i] = reflected ? pythonOp(op, b, a) : pythonOp(op, a, b);
        }
        return Column.ofObjects(out);
    }

    /** Python's {@code a op b} for the str, int, float and bool values a column holds. */
    private static Object pythonOp(String op, Object a, Object b) {
        if (a instanceof String x) {
            if (op.equals("+")) {
                if (b instanceof String y) {
                    return x + y;
                }
                throw PyException.typeError("can only concatenate str (not \"" + Reductions.pyTypeName(b)
                        + "\") to str");
            }
            if (op.equals("*")) {
                return repeat(x, b);
            }
        } else if (b instanceof String y && op.equals("*")) {
            return repeat(y, a);
        }
        if (a instanceof String || b instanceof String) {
            if (op.equals("%")) {
                throw new PyException("NotImplementedError", "the playground does not format text with % in a"
                        + " Series", "pandas.unsupported_argument");
            }
            throw PyException.typeError("unsupported operand type(s) for " + (op.equals("**") ? "** or pow()" : op)
                    + ": '" + Reductions.pyTypeName(a) + "' and '" + Reductions.pyTypeName(b) + "'");
        }
        double x = Values.numeric(a);
        double y = Values.numeric(b);
        boolean ints = !(a instanceof Double) && !(b instanceof Double) && !op.equals("/")
                && !(op.equals("**") && y < 0);
        double r = arithmetic(op, x, y, ints);
        return ints ? (Object) (long) r : (Object) r;
    }

    private static String repeat(String text, Object times) {
        if (!(times instanceof Long) && !(times instanceof Boolean)) {
            throw PyException.typeError("can't multiply sequence by non-int of type '" + Reductions.pyTypeName(times)
                    + "'");
        }
        long k = times instanceof Boolean t ? (t ? 1 : 0) : (Long) times;
        if (k <= 0) {
            return "";
        }
        if (k * text.length() > 10_000_000L) {
            throw new PyException("MemoryError", "");
        }
        StringBuilder sb = new StringBuilder();
        for (long i = 0; i < k; i++) {
            sb.append(text);
        }
        return sb.toString();
    }

    /**
     * A number column with a str: numpy makes the str a {@code <U} array and finds no ufunc loop for the pair
     * (pandas passes numpy's error on). Texts as numpy 2 prints them.
     */
    private static PyException noUfuncLoop(String op, Column.Dtype dtype, String text, boolean reflected) {
        String self = "dtype('" + dtype.pandasName() + "')";
        String str = "dtype('<U" + Math.max(1, text.codePointCount(0, text.length())) + "')";
        String pair = reflected ? str + ", " + self : self + ", " + str;
        switch (op) {
            case "+":
                return noLoop("add", pair);
            case "-":
                return noLoop("subtract", pair);
            case "*":
                if (dtype == Column.Dtype.INT64) {
                    return PyException.typeError("The 'out' kwarg is necessary when using the string multiply ufunc"
                            + " directly. Use numpy.strings.multiply to multiply strings without specifying 'out'.");
                }
                return noLoop("multiply", pair);
            default:
                String ufunc = op.equals("/") ? "divide" : op.equals("//") ? "floor_divide"
                        : op.equals("%") ? "remainder" : "power";
                return PyException.typeError("ufunc '" + ufunc + "' not supported for the input types, and the"
                        + " inputs could not be safely coerced to any supported types according to the casting rule"
                        + " ''safe''");
        }
    }

    private static PyException noLoop(String ufunc, String pair) {
        return new PyException("numpy._core._exceptions._UFuncNoLoopError", "ufunc '" + ufunc
                + "' did not contain a loop with signature matching types (" + pair + ") -> None");
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
