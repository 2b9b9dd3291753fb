package seqplay.lang.runtime;

import java.math.BigInteger;

/**
 * Python's int arithmetic on {@code Long} values, switching to {@code BigInteger} when a result leaves the 64-bit
 * range (Python ints are unbounded) and back when it fits again. {@code Boolean} operands count as 0 and 1.
 *
 * <p>Division and modulo follow Python, not Java: {@code -7 // 2 == -4}, {@code -7 % 2 == 1}.
 */
public final class Ints {
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    /** Results beyond this many bits are refused: a learner's typo must not freeze the page. */
    static final int MAX_BITS = 1 << 20;

    private Ints() {
    }

    /** Whether {@code o} is a Python int (bool included). */
    public static boolean isInt(Object o) {
        return o instanceof Long || o instanceof BigInteger || o instanceof Boolean;
    }

    /** The canonical Python int for a BigInteger: a Long when it fits. */
    public static Object normalize(BigInteger v) {
        if (v.compareTo(LONG_MIN) >= 0 && v.compareTo(LONG_MAX) <= 0) {
            return v.longValue();
        }
        if (v.bitLength() > MAX_BITS) {
            throw new seqplay.errors.PyException("MemoryError", "");
        }
        return v;
    }

    static BigInteger big(Object o) {
        if (o instanceof BigInteger) {
            return (BigInteger) o;
        }
        return BigInteger.valueOf(small(o));
    }

    static long small(Object o) {
        if (o instanceof Boolean) {
            return ((Boolean) o) ? 1 : 0;
        }
        return (Long) o;
    }

    static boolean fitsLong(Object o) {
        return !(o instanceof BigInteger);
    }

    public static Object add(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            long x = small(a);
            long y = small(b);
            long r = x + y;
            if (((x ^ r) & (y ^ r)) >= 0) {
                return r;
            }
        }
        return normalize(big(a).add(big(b)));
    }

    public static Object sub(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            long x = small(a);
            long y = small(b);
            long r = x - y;
            if (((x ^ y) & (x ^ r)) >= 0) {
                return r;
            }
        }
        return normalize(big(a).subtract(big(b)));
    }

    public static Object mul(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            long x = small(a);
            long y = small(b);
            if (Math.abs(x) < 0x7fffffffL && Math.abs(y) < 0x7fffffffL) {
                return x * y;
            }
        }
        BigInteger x = big(a);
        BigInteger y = big(b);
        if (x.bitLength() + y.bitLength() > MAX_BITS) {
            throw new seqplay.errors.PyException("MemoryError", "");
        }
        return normalize(x.multiply(y));
    }

    public static Object neg(Object a) {
        if (fitsLong(a) && small(a) != Long.MIN_VALUE) {
            return -small(a);
        }
        return normalize(big(a).negate());
    }

    public static Object abs(Object a) {
        return signum(a) < 0 ? neg(a) : (a instanceof Boolean ? (Object) small(a) : a);
    }

    public static int signum(Object a) {
        if (fitsLong(a)) {
            return Long.signum(small(a));
        }
        return ((BigInteger) a).signum();
    }

    public static boolean isZero(Object a) {
        return signum(a) == 0;
    }

    /** Python's {@code a // b} (floor division). */
    public static Object floorDiv(Object a, Object b) {
        if (isZero(b)) {
            throw Py.zeroDivision("integer division or modulo by zero");
        }
        if (fitsLong(a) && fitsLong(b) && !(small(a) == Long.MIN_VALUE && small(b) == -1)) {
            return Math.floorDiv(small(a), small(b));
        }
        BigInteger[] qr = big(a).divideAndRemainder(big(b));
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && qr[1].signum() != big(b).signum()) {
            q = q.subtract(BigInteger.ONE);
        }
        return normalize(q);
    }

    /** Python's {@code a % b}: the result has the sign of {@code b}. */
    public static Object mod(Object a, Object b) {
        if (isZero(b)) {
            throw Py.zeroDivision("integer modulo by zero");
        }
        if (fitsLong(a) && fitsLong(b)) {
            return Math.floorMod(small(a), small(b));
        }
        BigInteger r = big(a).mod(big(b).abs());
        if (big(b).signum() < 0 && r.signum() != 0) {
            r = r.add(big(b));
        }
        return normalize(r);
    }

    /** {@code a / b} for ints: the correctly rounded float quotient. */
    public static double trueDiv(Object a, Object b) {
        if (isZero(b)) {
            throw Py.zeroDivision("division by zero");
        }
        if (fitsLong(a) && fitsLong(b)) {
            long x = small(a);
            long y = small(b);
            long limit = 1L << 53;
            if (Math.abs(x) <= limit && Math.abs(y) <= limit) {
                return (double) x / (double) y;
            }
        }
        double d = seqplay.format.PyFloat.ratioToDouble(big(a), big(b));
        if (Double.isInfinite(d)) {
            throw Py.overflow("integer division result too large for a float");
        }
        return d;
    }

    /** {@code a ** b} for ints; a negative exponent gives a float, as in Python. */
    public static Object pow(Object a, Object b) {
        if (signum(b) < 0) {
            double base = toDouble(a);
            if (base == 0.0) {
                throw Py.zeroDivision("0.0 cannot be raised to a negative power");
            }
            return Floats.pow(base, toDouble(b));
        }
        BigInteger base = big(a);
        if (!fitsLong(b)) {
            if (base.abs().compareTo(BigInteger.ONE) <= 0) {
                return normalize(base.signum() < 0 && big(b).testBit(0) ? base : base.abs());
            }
            throw new seqplay.errors.PyException("MemoryError", "");
        }
        long e = small(b);
        if (base.abs().compareTo(BigInteger.ONE) <= 0) {
            if (base.signum() == 0) {
                return e == 0 ? 1L : 0L;
            }
            return base.signum() < 0 && (e & 1) == 1 ? -1L : 1L;
        }
        if ((double) e * base.bitLength() > MAX_BITS) {
            throw new seqplay.errors.PyException("MemoryError", "");
        }
        return normalize(base.pow((int) e));
    }

    public static Object and(Object a, Object b) {
        return normalize(big(a).and(big(b)));
    }

    public static Object or(Object a, Object b) {
        return normalize(big(a).or(big(b)));
    }

    public static Object xor(Object a, Object b) {
        return normalize(big(a).xor(big(b)));
    }

    public static Object invert(Object a) {
        return normalize(big(a).not());
    }

    public static Object shiftLeft(Object a, Object b) {
        if (signum(b) < 0) {
            throw Py.valueError("negative shift count");
        }
        if (!fitsLong(b) || small(b) > MAX_BITS) {
            throw new seqplay.errors.PyException("MemoryError", "");
        }
        return normalize(big(a).shiftLeft((int) small(b)));
    }

    public static Object shiftRight(Object a, Object b) {
        if (signum(b) < 0) {
            throw Py.valueError("negative shift count");
        }
        if (!fitsLong(b) || small(b) > Integer.MAX_VALUE) {
            return signum(a) < 0 ? -1L : 0L;
        }
        return normalize(big(a).shiftRight((int) small(b)));
    }

    public static int compare(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            return Long.compare(small(a), small(b));
        }
        return big(a).compareTo(big(b));
    }

    /** The int as a float, correctly rounded; OverflowError beyond the float range. */
    public static double toDouble(Object a) {
        if (fitsLong(a)) {
            long v = small(a);
            if (Math.abs(v) <= (1L << 53)) {
                return (double) v;
            }
        }
        BigInteger v = big(a);
        if (v.bitLength() > 1024) {
            throw Py.overflow("int too large to convert to float");
        }
        double d = seqplay.format.PyFloat.toDouble(v, 0);
        if (Double.isInfinite(d)) {
            throw Py.overflow("int too large to convert to float");
        }
        return d;
    }

    /** Python's int(x) of a finite float: truncation toward zero. */
    public static Object fromDouble(double d) {
        if (Double.isNaN(d)) {
            throw Py.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw Py.overflow("cannot convert float infinity to integer");
        }
        if (Math.abs(d) < 9.0e18) {
            return (long) d;
        }
        return normalize(seqplay.format.PyFloat.truncToBigInteger(d));
    }

    /** Compares an int with a float exactly (no rounding of a large int); NaN compares as unordered (2). */
    public static int compareWithDouble(Object a, double d) {
        if (Double.isNaN(d)) {
            return 2;
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? -1 : 1;
        }
        if (fitsLong(a) && Math.abs(small(a)) <= (1L << 53)) {
            double x = small(a);
            return x < d ? -1 : (x == d ? 0 : 1);
        }
        return seqplay.format.PyFloat.compareExact(big(a), d);
    }

    /** CPython's default {@code sys.get_int_max_str_digits()}: longer decimal conversions are refused. */
    static final int MAX_STR_DIGITS = 4300;

    /**
     * {@code str(n)} of a big int, refusing more than 4300 digits as CPython 3.11+ does by default (a guard against
     * quadratic conversions; {@code print(10 ** 5000)} is a ValueError there too).
     */
    static String decimal(BigInteger n) {
        // 10^4300 has 14285 bits: anything longer has more than 4300 digits without converting it.
        if (n.bitLength() > 14285 || (n.bitLength() > 14200 && n.abs().toString().length() > MAX_STR_DIGITS)) {
            throw Py.valueError("Exceeds the limit (" + MAX_STR_DIGITS + " digits) for integer string conversion; "
                    + "use sys.set_int_max_str_digits() to increase the limit");
        }
        return n.toString();
    }

    /** Decimal digits, as {@code str(int)} prints them. */
    public static String toString(Object a) {
        if (a instanceof Boolean) {
            return ((Boolean) a) ? "1" : "0";
        }
        return a.toString();
    }
}
