package seqplay.format;

import java.math.BigInteger;
import seqplay.errors.PyException;
import seqplay.format.Dragon4.Cutoff;
import seqplay.format.Dragon4.Digits;
import seqplay.tensor.Maths;

/**
 * Python's float text: {@code repr}, {@code round}, {@code float(str)}, and the digit layout behind {@code format}.
 *
 * <p>{@code repr(x)} prints the shortest digits that read back to {@code x}, in positional form when the decimal
 * exponent lies in [-4, 16) and in exponent form otherwise (CPython's {@code float_repr_style = 'short'}):
 * <pre>{@code
 * repr(0.1)       -> '0.1'           repr(1e-05) -> '1e-05'
 * repr(1e16)      -> '1e+16'         repr(123456789012345.0) -> '123456789012345.0'
 * repr(-0.0)      -> '-0.0'          repr(float('inf')) -> 'inf'
 * }</pre>
 * numpy prints a float32 scalar the same way but with the shortest digits that identify it among float32 values
 * ({@link #reprFloat32}: {@code 0.53087276}).
 */
public final class PyFloat {
    private PyFloat() {
    }

    /** Python's {@code repr(x)} (and {@code str(x)}) of a float. */
    public static String repr(double x) {
        return layout(x, 'r', 0, false, true, false, false);
    }

    /**
     * numpy's {@code str(np.float32(x))}: shortest digits among float32 values, Python's positional/exponent rule.
     *
     * @param x a value already rounded to float32 ({@code Maths.roundToFloat32})
     */
    public static String reprFloat32(double x) {
        return layout(x, 'r', 0, false, true, false, true);
    }

    /**
     * CPython's {@code PyOS_double_to_string}: the digits of {@code x} laid out for one presentation type.
     *
     * @param code      'r' (repr), 'e', 'f' or 'g'
     * @param precision digits for 'e'/'f'/'g' (ignored for 'r')
     * @param alt       the '#' flag: keep the decimal point and, for 'g', trailing zeros
     * @param addDot0   write "1.0" rather than "1" in positional form; for 'g' this also moves the switch to
     *                  exponent form one place earlier (the empty presentation type with a precision)
     * @param upper     'E', 'INF', 'NAN'
     */
    public static String layout(double x, char code, int precision, boolean alt, boolean addDot0, boolean upper) {
        return layout(x, code, precision, alt, addDot0, upper, false);
    }

    private static String layout(double x, char code, int precision, boolean alt, boolean addDot0, boolean upper,
                                 boolean float32) {
        if (x != x) {
            return upper ? "NAN" : "nan";
        }
        boolean negative = x < 0 || (x == 0 && 1 / x < 0);
        String sign = negative ? "-" : "";
        if (Double.isInfinite(x)) {
            return sign + (upper ? "INF" : "inf");
        }
        double a = Math.abs(x);
        // Python's layout works with decpt: value = 0.DIGITS × 10^decpt.
        String digits;
        int decpt;
        if (code == 'g' && precision == 0) {
            precision = 1;
        }
        if (a == 0) {
            digits = "0";
            decpt = 1;
        } else {
            Digits d;
            switch (code) {
                case 'r':
                    d = Dragon4.unique(a, float32, Cutoff.NONE, -1, -1);
                    break;
                case 'e':
                    d = Dragon4.exact(a, Cutoff.TOTAL, precision + 1);
                    break;
                case 'f':
                    d = Dragon4.exact(a, Cutoff.FRACTION, precision);
                    break;
                case 'g':
                    d = Dragon4.exact(a, Cutoff.TOTAL, precision);
                    break;
                default:
                    throw new IllegalArgumentException("presentation type " + code);
            }
            d = d.stripped();
            if (d.isZero()) {
                digits = "0";
                decpt = 1;
            } else {
                digits = d.digits();
                decpt = d.exponent() + 1;
            }
        }

        boolean useExp = false;
        int vdigitsEnd = digits.length(); // how many digit places to show after padding with zeros
        switch (code) {
            case 'e':
                useExp = true;
                vdigitsEnd = precision + 1;
                break;
            case 'f':
                vdigitsEnd = decpt + precision;
                break;
            case 'g':
                useExp = decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision);
                if (alt) {
                    vdigitsEnd = precision;
                }
                break;
            default: // 'r'
                useExp = decpt <= -4 || decpt > 16;
                break;
        }
        int exp = 0;
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        vdigitsEnd = Math.max(vdigitsEnd, digits.length());
        if (!useExp && addDot0) {
            vdigitsEnd = Math.max(vdigitsEnd, decpt + 1);
        } else {
            vdigitsEnd = Math.max(vdigitsEnd, decpt);
        }

        StringBuilder sb = new StringBuilder(sign);
        if (decpt <= 0) {
            sb.append('0');
            if (vdigitsEnd > 0 || alt) {
                sb.append('.');
            }
            for (int i = decpt; i < 0; i++) {
                sb.append('0');
            }
            appendPadded(sb, digits, 0, vdigitsEnd);
        } else {
            appendPadded(sb, digits, 0, decpt);
            if (vdigitsEnd > decpt || alt) {
                sb.append('.');
            }
            appendPadded(sb, digits, decpt, vdigitsEnd);
        }
        if (useExp) {
            sb.append(upper ? 'E' : 'e').append(exp < 0 ? '-' : '+');
            int ae = Math.abs(exp);
            if (ae < 10) {
                sb.append('0');
            }
            sb.append(ae);
        }
        return sb.toString();
    }

    /** Appends digit places [from, to) of {@code digits}, zeros where the string has none. */
    private static void appendPadded(StringBuilder sb, String digits, int from, int to) {
        for (int i = from; i < to; i++) {
            sb.append(i < digits.length() ? digits.charAt(i) : '0');
        }
    }

    /**
     * Python's {@code round(x, ndigits)} for a float: the exact binary value rounded half-to-even to
     * {@code ndigits} decimals, read back correctly rounded ({@code round(2.675, 2) == 2.67},
     * {@code round(0.125, 2) == 0.12}, {@code round(-0.4, 0) == -0.0}).
     *
     * @throws PyException {@code OverflowError: rounded value too large to represent} when the rounding carries
     *                     past the float range ({@code round(1.7976931348623157e308, -308)})
     */
    public static double round(double x, int ndigits) {
        if (x != x || Double.isInfinite(x) || x == 0) {
            return x;
        }
        // CPython returns x itself when ndigits is past every digit, and a signed zero far before the first one.
        if (ndigits > 323) {
            return x;
        }
        if (ndigits < -308) {
            return 0.0 * x;
        }
        Dragon4.Binary b = Dragon4.decompose(Math.abs(x), false);
        BigInteger num = BigInteger.valueOf(b.mantissa());
        BigInteger den = BigInteger.ONE;
        if (b.exponent() >= 0) {
            num = num.shiftLeft(b.exponent());
        } else {
            den = den.shiftLeft(-b.exponent());
        }
        // |x| = num/den exactly; the rounded decimal is q × 10^-ndigits with q = round-half-even(|x| × 10^ndigits).
        double r;
        if (ndigits >= 0) {
            BigInteger q = roundHalfEven(num.multiply(pow10big(ndigits)), den);
            r = q.signum() == 0 ? 0.0 : toDouble(q, pow10big(ndigits));
        } else {
            BigInteger p = pow10big(-ndigits);
            BigInteger q = roundHalfEven(num, den.multiply(p));
            r = q.signum() == 0 ? 0.0 : toDouble(q.multiply(p), BigInteger.ONE);
        }
        if (Double.isInfinite(r)) {
            throw new PyException("OverflowError", "rounded value too large to represent");
        }
        return x < 0 ? negate(r) : r;
    }

    /**
     * Python's {@code round(x)} with no digits: the nearest integer, ties to even, as an exact integer
     * ({@code round(2.5) == 2}, {@code round(-3.5) == -4}).
     *
     * @throws PyException {@code ValueError}/{@code OverflowError} for nan/inf as Python does
     */
    public static BigInteger roundToInteger(double x) {
        if (x != x) {
            throw PyException.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(x)) {
            throw new PyException("OverflowError", "cannot convert float infinity to integer");
        }
        if (x == 0) {
            return BigInteger.ZERO;
        }
        Dragon4.Binary b = Dragon4.decompose(Math.abs(x), false);
        BigInteger m = BigInteger.valueOf(b.mantissa());
        BigInteger r = b.exponent() >= 0 ? m.shiftLeft(b.exponent())
                : roundHalfEven(m, BigInteger.ONE.shiftLeft(-b.exponent()));
        return x < 0 ? r.negate() : r;
    }

    /**
     * The integer part of a finite double, exactly (truncation toward zero, Python's {@code int(x)}):
     * {@code truncToBigInteger(-2.5) == -2}, {@code truncToBigInteger(1e20) == 100000000000000000000}.
     */
    public static BigInteger truncToBigInteger(double x) {
        if (x == 0) {
            return BigInteger.ZERO;
        }
        if (x != x || Double.isInfinite(x)) {
            throw new IllegalArgumentException("not a finite float");
        }
        Dragon4.Binary b = Dragon4.decompose(Math.abs(x), false);
        BigInteger m = BigInteger.valueOf(b.mantissa());
        // The magnitude is m × 2^e; shifting a non-negative value right floors it, which truncates.
        BigInteger r = b.exponent() >= 0 ? m.shiftLeft(b.exponent()) : m.shiftRight(-b.exponent());
        return x < 0 ? r.negate() : r;
    }

    /**
     * Compares an integer with a finite double exactly, rounding neither: {@code -1}, {@code 0} or {@code 1} as
     * {@code a} is below, equal to or above {@code d}.
     */
    public static int compareExact(BigInteger a, double d) {
        int c = a.compareTo(truncToBigInteger(d));
        if (c != 0 || d == Math.floor(d)) {
            return c;
        }
        // a equals the integer part of a non-integral d, so d lies beyond a, away from zero.
        return d > 0 ? -1 : 1;
    }

    /** {@code num/den} rounded to an integer, ties to even, for {@code num >= 0} and {@code den > 0}. */
    public static BigInteger roundHalfEven(BigInteger num, BigInteger den) {
        BigInteger[] qr = num.divideAndRemainder(den);
        int c = qr[1].shiftLeft(1).compareTo(den);
        if (c > 0 || (c == 0 && qr[0].testBit(0))) {
            return qr[0].add(BigInteger.ONE);
        }
        return qr[0];
    }

    /**
     * The double nearest to {@code num/den} (ties to even) for integers of any sign, {@code den != 0}: infinity
     * past the float range, a zero carrying the quotient's sign below it ({@code ratioToDouble(-1, 10^400)} is
     * {@code -0.0}). Python's {@code int / int} is this, with OverflowError instead of infinity.
     */
    public static double ratioToDouble(BigInteger num, BigInteger den) {
        boolean negative = num.signum() == 0 ? den.signum() < 0 : num.signum() != den.signum();
        double r = num.signum() == 0 ? 0.0 : toDouble(num.abs(), den.abs());
        return negative ? negate(r) : r;
    }

    /**
     * The double nearest to {@code unscaled × 10^-scale} (ties to even), overflowing to infinity; the exact
     * reading that CPython's {@code float()} and float literals perform.
     */
    public static double toDouble(BigInteger unscaled, int scale) {
        int signum = unscaled.signum();
        if (signum == 0) {
            return 0.0;
        }
        BigInteger num = unscaled.abs();
        BigInteger den = BigInteger.ONE;
        if (scale > 0) {
            if (scale > 400 + num.bitLength()) {
                return signum < 0 ? -0.0 : 0.0; // far below the smallest subnormal
            }
            den = pow10big(scale);
        } else if (scale < 0) {
            if (-scale > 400) {
                return signum < 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            num = num.multiply(pow10big(-scale));
        }
        double magnitude = toDouble(num, den);
        return signum < 0 ? negate(magnitude) : magnitude;
    }

    private static BigInteger pow10big(int n) {
        return Dragon4.pow10(n);
    }

    /** The double nearest to num/den for positive integers, ties to even. */
    static double toDouble(BigInteger num, BigInteger den) {
        // Scale so that the integer quotient has 55 or 56 bits: enough for 53 bits plus a guard bit.
        int shift = 55 - (num.bitLength() - den.bitLength());
        BigInteger n = shift > 0 ? num.shiftLeft(shift) : num;
        BigInteger d = shift < 0 ? den.shiftLeft(-shift) : den;
        BigInteger[] qr = n.divideAndRemainder(d);
        BigInteger q = qr[0];
        boolean sticky = qr[1].signum() != 0;
        // value = q × 2^-shift (+ a fraction below one unit of q, flagged by sticky)
        int topBit = q.bitLength() - 1 - shift; // binary exponent of the value
        if (topBit > 1023) {
            return Double.POSITIVE_INFINITY;
        }
        int ulpExp = Math.max(topBit - 52, -1074);
        int drop = ulpExp + shift; // low bits of q below the last kept bit
        long m;
        if (drop <= 0) {
            m = q.longValue() << -drop;
        } else if (drop > q.bitLength() + 1) {
            return 0.0;
        } else {
            BigInteger kept = q.shiftRight(drop);
            BigInteger rest = q.subtract(kept.shiftLeft(drop));
            BigInteger half = BigInteger.ONE.shiftLeft(drop - 1);
            int cmp = rest.compareTo(half);
            m = kept.longValue();
            if (cmp > 0 || (cmp == 0 && (sticky || (m & 1) == 1))) {
                m++;
            }
        }
        if (m == 0) {
            return 0.0;
        }
        double r = Maths.scalb((double) m, ulpExp); // m < 2^54 is exact as a double; the scaling is exact too
        return r;
    }

    /**
     * Python's {@code float(text)}: decimal and exponent notation with optional sign and surrounding whitespace,
     * underscores between digits, {@code inf}/{@code infinity}/{@code nan} in any case.
     *
     * @throws PyException {@code ValueError: could not convert string to float: 'text'}
     */
    public static double parse(String text) {
        Double v = tryParse(text);
        if (v == null) {
            throw PyException.valueError("could not convert string to float: " + PyStrings.repr(text));
        }
        return v;
    }

    /** {@link #parse} that answers {@code null} instead of throwing. */
    public static Double tryParse(String text) {
        String s = text.strip();
        int i = 0;
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        String rest = s.substring(i).toLowerCase(java.util.Locale.ROOT);
        if (rest.equals("inf") || rest.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equals("nan")) {
            return Double.NaN;
        }
        StringBuilder mantissa = new StringBuilder();
        int fractionDigits = 0;
        boolean seenDigit = false;
        boolean seenPoint = false;
        char prev = 0;
        int n = s.length();
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                mantissa.append(c);
                seenDigit = true;
                if (seenPoint) {
                    fractionDigits++;
                }
            } else if (c == '_') {
                // allowed only between two digits
                if (!(prev >= '0' && prev <= '9') || i + 1 >= n || !Character.isDigit(s.charAt(i + 1))) {
                    return null;
                }
            } else if (c == '.' && !seenPoint) {
                seenPoint = true;
            } else {
                break;
            }
            prev = c;
        }
        if (!seenDigit) {
            return null;
        }
        long exponent = 0;
        if (i < n) {
            char c = s.charAt(i);
            if (c != 'e' && c != 'E') {
                return null;
            }
            i++;
            boolean expNegative = false;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                expNegative = s.charAt(i) == '-';
                i++;
            }
            boolean expDigit = false;
            prev = 0;
            for (; i < n; i++) {
                c = s.charAt(i);
                if (c >= '0' && c <= '9') {
                    if (exponent < 100000) {
                        exponent = exponent * 10 + (c - '0');
                    }
                    expDigit = true;
                } else if (c == '_' && prev >= '0' && prev <= '9' && i + 1 < n
                        && Character.isDigit(s.charAt(i + 1))) {
                    // separator between exponent digits
                } else {
                    return null;
                }
                prev = c;
            }
            if (!expDigit) {
                return null;
            }
            if (expNegative) {
                exponent = -exponent;
            }
        }
        BigInteger unscaled = new BigInteger(mantissa.toString());
        long scale = fractionDigits - exponent;
        double v;
        if (unscaled.signum() == 0) {
            v = 0.0;
        } else if (scale > 100000) {
            v = 0.0;
        } else if (scale < -100000) {
            v = Double.POSITIVE_INFINITY;
        } else {
            v = toDouble(unscaled, (int) scale);
        }
        return negative ? negate(v) : v;
    }

    /**
     * {@code -x}, also for zero. TeaVM's Wasm-GC build turns unary minus of {@code +0.0} into {@code +0.0}
     * (apparently {@code 0 - x}), so code whose zeros carry a visible sign negates through this.
     */
    public static double negate(double x) {
        if (x == 0) {
            return 1 / x > 0 ? -0.0 : 0.0;
        }
        return -x;
    }
}
