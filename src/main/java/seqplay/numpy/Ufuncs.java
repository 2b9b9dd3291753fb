package seqplay.numpy;

import seqplay.errors.PyException;
import seqplay.format.PyFloat;
import seqplay.tensor.Maths;

/**
 * numpy's element-wise operations (ufuncs) with broadcasting and numpy's result types.
 *
 * <p>Result types: arithmetic promotes the operands ({@link DType#promote}, with Python scalars weak as in numpy
 * 2); true division of ints or bools gives float64; bool {@code +} is logical or and {@code *} logical and (numpy's
 * bool loops); bool {@code -} and unary {@code -} are errors as in numpy; {@code //} and {@code %} of bools give
 * int (numpy note: numpy's result there is int8); comparisons give bool. float32 results are rounded to float32
 * after each operation, which is exactly numpy's float32 arithmetic for + - * / and sqrt.
 *
 * <p>numpy note: division by zero gives inf/nan for floats and 0 for ints, as numpy does, without numpy's
 * {@code RuntimeWarning: divide by zero encountered} line.
 */
public final class Ufuncs {
    private Ufuncs() {
    }

    /** The binary operators and functions. */
    public enum Op {
        ADD("+"), SUBTRACT("-"), MULTIPLY("*"), TRUE_DIVIDE("/"), FLOOR_DIVIDE("//"), REMAINDER("%"), POWER("**"),
        EQUAL("=="), NOT_EQUAL("!="), LESS("<"), LESS_EQUAL("<="), GREATER(">"), GREATER_EQUAL(">="),
        MAXIMUM("maximum"), MINIMUM("minimum"), LOGICAL_AND("&"), LOGICAL_OR("|"), LOGICAL_XOR("^");

        final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        boolean isComparison() {
            return this == EQUAL || this == NOT_EQUAL || this == LESS || this == LESS_EQUAL || this == GREATER
                    || this == GREATER_EQUAL;
        }
    }

    /**
     * An operand: an array, or a Python scalar ({@code weak}) whose type yields to the array's.
     *
     * @param array the values (0-d for a scalar)
     * @param weak  whether this is a Python int/float/bool rather than a numpy value
     */
    public record Operand(NdArray array, boolean weak) {
        public static Operand of(NdArray a) {
            return new Operand(a, false);
        }

        /** A Python float. */
        public static Operand pyFloat(double v) {
            return new Operand(NdArray.scalar(DType.FLOAT64, v), true);
        }

        /** A Python int. */
        public static Operand pyInt(long v) {
            return new Operand(NdArray.scalar(DType.INT64, v), true);
        }

        /** A Python bool. */
        public static Operand pyBool(boolean v) {
            return new Operand(NdArray.scalar(DType.BOOL, v ? 1 : 0), true);
        }
    }

    static DType resultType(Operand a, Operand b) {
        DType ta = a.array().dtype();
        DType tb = b.array().dtype();
        if (a.weak() && !b.weak()) {
            return DType.promoteWeak(tb, ta);
        }
        if (b.weak() && !a.weak()) {
            return DType.promoteWeak(ta, tb);
        }
        return DType.promote(ta, tb);
    }

    /** {@code a op b} for two arrays. */
    public static NdArray apply(Op op, NdArray a, NdArray b) {
        return apply(op, Operand.of(a), Operand.of(b));
    }

    /** {@code a op b} with numpy's broadcasting and types. */
    public static NdArray apply(Op op, Operand a, Operand b) {
        DType common = resultType(a, b);
        DType out;
        if (op.isComparison() || op == Op.LOGICAL_AND || op == Op.LOGICAL_OR || op == Op.LOGICAL_XOR) {
            out = DType.BOOL;
        } else if (op == Op.TRUE_DIVIDE) {
            out = common.isFloat() ? common : DType.FLOAT64;
        } else if (common == DType.BOOL && (op == Op.FLOOR_DIVIDE || op == Op.REMAINDER || op == Op.POWER)) {
            out = DType.INT64; // numpy note: numpy gives int8 for bool // bool and bool % bool
        } else {
            out = common;
        }
        if (common == DType.BOOL && op == Op.SUBTRACT) {
            throw PyException.typeError("numpy boolean subtract, the `-` operator, is not supported, use the "
                    + "bitwise_xor, the `^` operator, or the logical_xor function instead.");
        }
        if ((op == Op.LOGICAL_AND || op == Op.LOGICAL_OR || op == Op.LOGICAL_XOR) && common.isFloat()) {
            throw PyException.typeError("ufunc 'bitwise_" + (op == Op.LOGICAL_AND ? "and" : op == Op.LOGICAL_OR
                    ? "or" : "xor") + "' not supported for the input types, and the inputs could not be safely "
                    + "coerced to any supported types according to the casting rule ''safe''");
        }
        NdArray x = a.array();
        NdArray y = b.array();
        int[] shape = Shapes.broadcast(x.shape(), y.shape());
        int n = Shapes.size(shape, out);
        double[] xs = x.data();
        double[] ys = y.data();
        int[] xi = sameShape(x.shape(), shape) ? null : Shapes.broadcastIndex(x.shape(), shape);
        int[] yi = sameShape(y.shape(), shape) ? null : Shapes.broadcastIndex(y.shape(), shape);
        boolean integer = common == DType.INT64 || common == DType.BOOL;
        if (op == Op.POWER && common == DType.INT64) {
            for (int i = 0; i < n; i++) {
                if (ys[yi == null ? i : yi[i]] < 0) {
                    throw PyException.valueError("Integers to negative integer powers are not allowed.");
                }
            }
        }
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            double u = xs[xi == null ? i : xi[i]];
            double v = ys[yi == null ? i : yi[i]];
            r[i] = out.cast(scalar(op, u, v, integer, common));
        }
        return new NdArray(out, shape, r);
    }

    private static boolean sameShape(int[] a, int[] b) {
        return java.util.Arrays.equals(a, b);
    }

    /** One element of {@code u op v}; {@code integer} when both operands are ints or bools. */
    static double scalar(Op op, double u, double v, boolean integer, DType common) {
        switch (op) {
            case ADD:
                return common == DType.BOOL ? (u != 0 || v != 0 ? 1 : 0) : u + v;
            case SUBTRACT:
                return u - v;
            case MULTIPLY:
                return common == DType.BOOL ? (u != 0 && v != 0 ? 1 : 0) : u * v;
            case TRUE_DIVIDE:
                return u / v;
            case FLOOR_DIVIDE:
                if (integer) {
                    return v == 0 ? 0 : Math.floor(u / v);
                }
                return floorDivide(u, v);
            case REMAINDER:
                if (integer) {
                    if (v == 0) {
                        return 0;
                    }
                    double m = u - Math.floor(u / v) * v;
                    return m;
                }
                return pyMod(u, v);
            case POWER:
                return Maths.pow(u, v);
            case EQUAL:
                return u == v ? 1 : 0;
            case NOT_EQUAL:
                return u != v ? 1 : 0;
            case LESS:
                return u < v ? 1 : 0;
            case LESS_EQUAL:
                return u <= v ? 1 : 0;
            case GREATER:
                return u > v ? 1 : 0;
            case GREATER_EQUAL:
                return u >= v ? 1 : 0;
            case MAXIMUM:
                return u != u || v != v ? Double.NaN : Math.max(u, v);
            case MINIMUM:
                return u != u || v != v ? Double.NaN : Math.min(u, v);
            case LOGICAL_AND:
                return integer && common == DType.INT64 ? (double) ((long) u & (long) v) : (u != 0 && v != 0 ? 1 : 0);
            case LOGICAL_OR:
                return integer && common == DType.INT64 ? (double) ((long) u | (long) v) : (u != 0 || v != 0 ? 1 : 0);
            default:
                return integer && common == DType.INT64 ? (double) ((long) u ^ (long) v) : ((u != 0) != (v != 0) ? 1 : 0);
        }
    }

    /** Python's float floor division, as numpy's {@code npy_divmod} computes it. */
    static double floorDivide(double a, double b) {
        if (b == 0) {
            return a / b;
        }
        double mod = a % b; // C's fmod: exact
        double div = (a - mod) / b;
        if (mod != 0 && (b < 0) != (mod < 0)) {
            div -= 1.0;
        }
        if (div == 0) {
            return a / b < 0 ? PyFloat.negate(0.0) : 0.0;
        }
        double floor = Math.floor(div);
        if (div - floor > 0.5) {
            floor += 1.0;
        }
        return floor;
    }

    /** Python's float modulo: the sign of the divisor (numpy's {@code npy_remainder}). */
    static double pyMod(double a, double b) {
        if (b == 0) {
            return Double.NaN;
        }
        double mod = a % b;
        if (mod != 0) {
            if ((b < 0) != (mod < 0)) {
                mod += b;
            }
        } else {
            mod = b < 0 ? PyFloat.negate(0.0) : 0.0;
        }
        return mod;
    }

    /** Round half to even, keeping the sign of a negative value that rounds to zero ({@code np.rint(-0.3)}). */
    static double rint(double v) {
        return v >= 0 || v != v ? Maths.roundHalfEven(v) : PyFloat.negate(Maths.roundHalfEven(PyFloat.negate(v)));
    }

    /** The element-wise functions of one argument. */
    public enum Fn {
        NEGATIVE, ABSOLUTE, SQRT, EXP, LOG, LOG1P, LOG2, LOG10, SIN, COS, TANH, SQUARE, FLOOR, CEIL, RINT, SIGN,
        ISNAN, ISINF, ISFINITE, LOGICAL_NOT, EXPM1
    }

    /** {@code np.fn(x)}; ints become float64 for the transcendental functions, as in numpy. */
    public static NdArray apply(Fn fn, NdArray x) {
        DType in = x.dtype();
        DType out;
        switch (fn) {
            case ISNAN: case ISINF: case ISFINITE: case LOGICAL_NOT:
                out = DType.BOOL;
                break;
            case NEGATIVE:
                if (in == DType.BOOL) {
                    throw PyException.typeError("The numpy boolean negative, the `-` operator, is not supported, "
                            + "use the `~` operator or the logical_not function instead.");
                }
                out = in;
                break;
            case ABSOLUTE: case SQUARE: case SIGN:
                out = in == DType.BOOL && fn == Fn.SIGN ? DType.INT64 : in;
                if (fn == Fn.SQUARE && in == DType.BOOL) {
                    out = DType.BOOL;
                }
                break;
            case FLOOR: case CEIL: case RINT:
                // numpy 2 keeps integer types for floor/ceil of ints; rint gives float
                out = in.isFloat() ? in : (fn == Fn.RINT ? DType.FLOAT64 : in);
                break;
            default:
                out = in.isFloat() ? in : DType.FLOAT64;
        }
        double[] d = x.data();
        double[] r = new double[d.length];
        for (int i = 0; i < d.length; i++) {
            r[i] = out.cast(scalar(fn, d[i]));
        }
        return new NdArray(out, x.shape(), r);
    }

    static double scalar(Fn fn, double v) {
        switch (fn) {
            case NEGATIVE:
                return PyFloat.negate(v);
            case ABSOLUTE:
                return Math.abs(v);
            case SQRT:
                return Math.sqrt(v);
            case EXP:
                return Maths.exp(v);
            case EXPM1:
                return Maths.expm1(v);
            case LOG:
                return Maths.log(v);
            case LOG1P:
                return Maths.log1p(v);
            case LOG2:
                return Maths.log2(v);
            case LOG10:
                return Maths.log10(v);
            case SIN:
                return Maths.sin(v);
            case COS:
                return Maths.cos(v);
            case TANH:
                return Maths.tanh(v);
            case SQUARE:
                return v * v;
            case FLOOR:
                return Math.floor(v);
            case CEIL:
                return Math.ceil(v);
            case RINT:
                return rint(v);
            case SIGN:
                return v != v ? Double.NaN : v > 0 ? 1 : v < 0 ? -1 : 0;
            case ISNAN:
                return v != v ? 1 : 0;
            case ISINF:
                return Double.isInfinite(v) ? 1 : 0;
            case ISFINITE:
                return v == v && !Double.isInfinite(v) ? 1 : 0;
            default: // LOGICAL_NOT
                return v == 0 ? 1 : 0;
        }
    }
}
