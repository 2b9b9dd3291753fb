package seqplay.lang.runtime;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import seqplay.tensor.Maths;

/**
 * Python's float arithmetic and {@code repr(float)}.
 *
 * <p>{@code repr} gives the shortest decimal string that reads back as the same double, as CPython does:
 * {@code 0.1}, {@code 1e-05}, {@code 1e+16}, {@code 123.0}, {@code inf}, {@code nan}. The digits come from
 * exact {@link BigDecimal} arithmetic, never from {@code Double.toString}, whose output differs between the JVM,
 * TeaVM and Python.
 */
public final class Floats {
    private Floats() {
    }

    /** {@code repr(x)} / {@code str(x)} of a Python float. */
    public static String repr(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0.0) {
            return 1.0 / x < 0 ? "-0.0" : "0.0";
        }
        BigDecimal shortest = shortest(x);
        String digits = shortest.unscaledValue().abs().toString();
        // Remove trailing zeros from the digit string, adjusting the exponent.
        int exp = digits.length() - 1 - shortest.scale();
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        digits = digits.substring(0, end);
        String sign = x < 0 ? "-" : "";
        if (exp < -4 || exp >= 16) {
            String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        }
        return sign + fixed(digits, exp, true);
    }

    /** Places the decimal point in {@code digits} (d.ddd × 10^exp); adds ".0" to whole numbers if asked. */
    static String fixed(String digits, int exp, boolean addPointZero) {
        StringBuilder sb = new StringBuilder();
        if (exp < 0) {
            sb.append("0.");
            for (int i = -1; i > exp; i--) {
                sb.append('0');
            }
            sb.append(digits);
        } else if (digits.length() <= exp + 1) {
            sb.append(digits);
            for (int i = digits.length(); i <= exp; i++) {
                sb.append('0');
            }
            if (addPointZero) {
                sb.append(".0");
            }
        } else {
            sb.append(digits, 0, exp + 1).append('.').append(digits, exp + 1, digits.length());
        }
        return sb.toString();
    }

    /** The shortest decimal that rounds back to {@code x} (finite, non-zero). */
    static BigDecimal shortest(double x) {
        BigDecimal exact = new BigDecimal(x);
        for (int p = 1; p < 17; p++) {
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == x) {
                return r;
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
    }

    /** Python's {@code a // b} for floats. */
    public static double floorDiv(double a, double b) {
        if (b == 0.0) {
            throw Py.zeroDivision("float floor division by zero");
        }
        return divmod(a, b)[0];
    }

    /** Python's {@code a % b} for floats: the sign of the divisor. */
    public static double mod(double a, double b) {
        if (b == 0.0) {
            throw Py.zeroDivision("float modulo");
        }
        return divmod(a, b)[1];
    }

    /** CPython's float_divmod. */
    static double[] divmod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0.0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = wx < 0 ? -0.0 : 0.0;
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = (vx / wx) < 0 ? -0.0 : 0.0;
        }
        return new double[] {floordiv, mod};
    }

    /**
     * Python's {@code a ** b} for floats. Squares and square roots are computed exactly rounded (as the C library
     * does); other powers use the deterministic {@link Maths#pow}, which may differ from CPython in the last digit.
     */
    public static double pow(double a, double b) {
        if (b == 0.0) {
            return 1.0;
        }
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return a == 1.0 ? 1.0 : Double.NaN;
        }
        if (a == 0.0 && b < 0) {
            throw Py.zeroDivision("0.0 cannot be raised to a negative power");
        }
        if (a < 0 && b != Math.floor(b) && !Double.isInfinite(b)) {
            throw new seqplay.errors.PyException("NotImplementedError",
                    "complex numbers are not supported in the playground", "lang.complex");
        }
        double r;
        if (b == 1.0) {
            r = a;
        } else if (b == 2.0) {
            r = a * a;
        } else if (b == 0.5 && a >= 0 && !Double.isInfinite(a)) {
            r = Math.sqrt(a);
        } else if (b == -1.0) {
            r = 1.0 / a;
        } else if (b == Math.floor(b) && Math.abs(b) <= 64 && Math.abs(a) >= 1e-20 && Math.abs(a) <= 1e20) {
            r = exactIntegerPower(a, (int) b);
        } else {
            r = Maths.pow(a, b);
        }
        if (Double.isInfinite(r) && !Double.isInfinite(a) && !Double.isInfinite(b)) {
            throw Py.overflow("(34, 'Numerical result out of range')");
        }
        return r;
    }

    private static double exactIntegerPower(double a, int n) {
        BigDecimal base = new BigDecimal(a);
        if (n >= 0) {
            return base.pow(n).doubleValue();
        }
        return BigDecimal.ONE.divide(base.pow(-n), new MathContext(40, RoundingMode.HALF_EVEN)).doubleValue();
    }

    /** Python's {@code round(x)} (half to even), an int. */
    public static Object round(double x) {
        return Ints.fromDouble(Math.rint(x));
    }

    /** Python's {@code round(x, n)}: the double nearest the exact decimal rounding of x. */
    public static double round(double x, long n) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0.0) {
            return x;
        }
        if (n > 330) {
            return x;
        }
        if (n < -330) {
            return 0.0 * x;
        }
        double r = new BigDecimal(x).setScale((int) n, RoundingMode.HALF_EVEN).doubleValue();
        if (r == 0.0 && x < 0) {
            return -0.0;
        }
        return r;
    }
}
