package seqplay.lang.runtime;

import java.math.BigInteger;
import seqplay.format.PyFloat;
import seqplay.tensor.Maths;

/**
 * Python's float arithmetic and {@code repr(float)}.
 *
 * <p>{@code repr} gives the shortest decimal string that reads back as the same double, as CPython does:
 * {@code 0.1}, {@code 1e-05}, {@code 1e+16}, {@code 123.0}, {@code inf}, {@code nan}, from the shared
 * {@code seqplay.format} digits (never {@code Double.toString}, whose output differs between the JVM, TeaVM and
 * Python).
 */
public final class Floats {
    private Floats() {
    }

    /** {@code repr(x)} / {@code str(x)} of a Python float (the shared {@code seqplay.format} digits). */
    public static String repr(double x) {
        return PyFloat.repr(x);
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
     * Python's {@code a ** b} for floats, correctly rounded: integer powers exactly, other powers through
     * {@link Maths#pow}. CPython calls the C library's {@code pow}; glibc's is within 0.52 ulp, so the two agree
     * except at rare exact ties such as {@code 3.0 ** 34} (glibc rounds that one away from even).
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
        } else if (b == Math.floor(b) && Math.abs(b) <= 1024 && a != 0.0 && !Double.isInfinite(a)
                && Math.abs(b * Maths.log(Math.abs(a))) <= 800) {
            // An integer power whose result is within the float range (|b · ln a| ≤ 800 > ln 2^1074) is worked
            // exactly (m^k has at most 53 · 1024 bits): Maths.pow's e^(b · ln a) loses ulps as b · ln a grows, since
            // ln a carries half an ulp of error (2.0 ** 80 was 23 ulps off). Results beyond the range overflow or
            // underflow through Maths.pow, the same as exactly.
            r = exactIntegerPower(a, (int) b);
        } else {
            r = Maths.pow(a, b);
        }
        if (Double.isInfinite(r) && !Double.isInfinite(a) && !Double.isInfinite(b)) {
            throw Py.overflow("(34, 'Numerical result out of range')");
        }
        return r;
    }

    /** {@code a^n} correctly rounded, from the exact power of the binary value {@code a = m × 2^e}. */
    private static double exactIntegerPower(double a, int n) {
        // a is finite and non-zero; the caller keeps k ≤ 1024 and the result near the float range
        int k = Math.abs(n);
        int e = Maths.exponent(a) - 52; // any e with a × 2^-e an integer will do
        BigInteger m = PyFloat.truncToBigInteger(Maths.scalb(Math.abs(a), -e)).pow(k);
        long e2 = (long) e * k; // |a|^k = m^k × 2^(e × k)
        if (n < 0) {
            e2 = -e2; // |a|^-k = 2^(-e × k) / m^k
        }
        BigInteger num = n < 0 ? BigInteger.ONE : m;
        BigInteger den = n < 0 ? m : BigInteger.ONE;
        if (e2 >= 0) {
            num = num.shiftLeft((int) e2);
        } else {
            den = den.shiftLeft((int) -e2);
        }
        return PyFloat.ratioToDouble(a < 0 && (k & 1) == 1 ? num.negate() : num, den);
    }

    /** Python's {@code round(x)} (half to even), an int. */
    public static Object round(double x) {
        return Ints.normalize(PyFloat.roundToInteger(x));
    }

    /** Python's {@code round(x, n)}: the double nearest the exact decimal rounding of x. */
    public static double round(double x, long n) {
        return PyFloat.round(x, (int) Math.max(-400, Math.min(400, n)));
    }
}
