package seqplay.format;

import java.math.BigInteger;
import seqplay.tensor.Maths;

/**
 * Decimal digits of a binary floating-point value, by exact big-integer arithmetic (Steele &amp; White's Dragon4 in
 * Burger &amp; Dybvig's form, the algorithm behind numpy's printing and equivalent to CPython's {@code repr}).
 *
 * <p>Two digit modes:
 * <ul>
 *   <li><b>unique</b>: the shortest digits that read back to the same value (in float64, or in float32 when the value
 *   is a float32), and among those the closest; numpy's {@code unique=True}, Python's {@code repr}.
 *   <li><b>exact</b>: digits of the exact binary value, cut off and rounded half-to-even on the exact remainder;
 *   Python's {@code '.4f'}/{@code '.3e'}/{@code '.5g'} and numpy's {@code unique=False}.
 * </ul>
 * A cutoff counts either significant digits ({@link Cutoff#TOTAL}) or digits after the decimal point
 * ({@link Cutoff#FRACTION}); with a cutoff in unique mode the value is rounded there when it needs more digits, and
 * a minimum asks for more digits than uniqueness needs (numpy's {@code min_digits}), rounded on the exact value.
 *
 * <p>Why not {@code Double.toString}: its digits differ between the JVM, TeaVM's JavaScript and Wasm builds and
 * Python. Big-integer arithmetic is exact, so every target prints the same digits. The boundary rule is IEEE's
 * round-half-even reading: a decimal exactly halfway to a neighbour reads back to this value when its mantissa is
 * even, so such a decimal counts as unique (as in CPython's dtoa and numpy's Dragon4).
 *
 * <pre>{@code
 * Dragon4.unique(0.1, false, Cutoff.NONE, -1, -1)    // digits "1", exponent -1
 * Dragon4.exact(2.675, Cutoff.FRACTION, 2)            // digits "267", exponent 0 (2.675 is 2.67499999...)
 * }</pre>
 */
public final class Dragon4 {
    private Dragon4() {
    }

    /** How a digit count is measured. */
    public enum Cutoff {
        /** No cutoff (unique mode only). */
        NONE,
        /** Significant digits from the first non-zero digit. */
        TOTAL,
        /** Digits after the decimal point. */
        FRACTION
    }

    /**
     * Decimal digits {@code d0 d1 d2 ...} of a value {@code d0.d1d2... × 10^exponent}. The digit string may be
     * "0" (a value that rounded to zero) and may end in zeros when a minimum digit count asked for them.
     */
    public record Digits(String digits, int exponent) {
        /** The same digits without trailing zeros (at least one digit is kept). */
        public Digits stripped() {
            int end = digits.length();
            while (end > 1 && digits.charAt(end - 1) == '0') {
                end--;
            }
            return end == digits.length() ? this : new Digits(digits.substring(0, end), exponent);
        }

        /** True when every digit is zero. */
        public boolean isZero() {
            for (int i = 0; i < digits.length(); i++) {
                if (digits.charAt(i) != '0') {
                    return false;
                }
            }
            return true;
        }
    }

    private static final int MAX_DIGITS = 5000;
    private static final BigInteger[] POW10 = new BigInteger[360];

    static {
        POW10[0] = BigInteger.ONE;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1].multiply(BigInteger.TEN);
        }
    }

    static BigInteger pow10(int n) {
        return n < POW10.length ? POW10[n] : BigInteger.TEN.pow(n);
    }

    /**
     * The value decomposed as {@code mantissa × 2^exponent} in the given precision; {@code mantissa} has at most
     * {@code bits} bits. Found with power-of-two scaling only, so no {@code long} bit tricks are needed.
     */
    record Binary(long mantissa, int exponent, boolean unequalMargins) {
    }

    static Binary decompose(double abs, boolean float32) {
        int bits = float32 ? 24 : 53;
        int minExp = float32 ? -149 : -1074;
        int e2 = Maths.exponent(abs);
        int e = Math.max(e2 - (bits - 1), minExp);
        double m = Maths.scalb(abs, -e);
        if (m != Math.floor(m)) {
            throw new IllegalArgumentException("not a float32 value: bits " + Long.toHexString(Double.doubleToRawLongBits(abs)));
        }
        long mantissa = (long) m;
        boolean unequal = mantissa == (1L << (bits - 1)) && e > minExp;
        return new Binary(mantissa, e, unequal);
    }

    /**
     * Unique (shortest round-trip) digits of a positive finite value, optionally cut off and with a minimum.
     *
     * @param abs       a positive finite double (for {@code float32}, a value already rounded to float32)
     * @param float32   uniqueness among float32 values instead of float64
     * @param cutoff    how {@code maxDigits} and {@code minDigits} are counted
     * @param maxDigits the most digits to print ({@code -1}: no limit)
     * @param minDigits the fewest digits to print ({@code -1}: no minimum)
     */
    public static Digits unique(double abs, boolean float32, Cutoff cutoff, int maxDigits, int minDigits) {
        return generate(abs, float32, true, cutoff, maxDigits, minDigits);
    }

    /** Exact digits of a positive finite double, rounded half-to-even after {@code digits} digits. */
    public static Digits exact(double abs, Cutoff cutoff, int digits) {
        return generate(abs, false, false, cutoff, digits, -1);
    }

    private static Digits generate(double abs, boolean float32, boolean unique, Cutoff cutoff, int maxDigits,
                                   int minDigits) {
        if (!(abs > 0) || Double.isInfinite(abs)) {
            throw new IllegalArgumentException("Dragon4 needs a positive finite value: bits "
                    + Long.toHexString(Double.doubleToRawLongBits(abs)));
        }
        Binary b = decompose(abs, float32);
        boolean even = (b.mantissa() & 1) == 0;
        int e = b.exponent();
        BigInteger mant = BigInteger.valueOf(b.mantissa());
        // value = r / s; the margins are half the distance to the neighbouring values, in the same units.
        BigInteger r;
        BigInteger s;
        BigInteger marginLow;
        boolean unequal = b.unequalMargins();
        if (e > 0) {
            r = mant.shiftLeft(e + (unequal ? 2 : 1));
            s = BigInteger.valueOf(unequal ? 4 : 2);
            marginLow = BigInteger.ONE.shiftLeft(e);
        } else {
            r = mant.shiftLeft(unequal ? 2 : 1);
            s = BigInteger.ONE.shiftLeft(-e + (unequal ? 2 : 1));
            marginLow = BigInteger.ONE;
        }
        // An estimate of floor(log10(value)) + 1 that is exact or one too low (Burger & Dybvig).
        int e2 = Maths.exponent(abs);
        int digitExponent = (int) Math.ceil(e2 * 0.30102999566398119521 - 0.69);
        if (cutoff == Cutoff.FRACTION && maxDigits >= 0 && digitExponent <= -maxDigits) {
            // The first digit lies beyond the cutoff: start at the cutoff, the digits there round to 0 or 1.
            digitExponent = -maxDigits + 1;
        }
        if (digitExponent > 0) {
            s = s.multiply(pow10(digitExponent));
        } else if (digitExponent < 0) {
            BigInteger p = pow10(-digitExponent);
            r = r.multiply(p);
            marginLow = marginLow.multiply(p);
        }
        if (r.compareTo(s) >= 0) {
            digitExponent++;
        } else {
            r = r.multiply(BigInteger.TEN);
            marginLow = marginLow.multiply(BigInteger.TEN);
        }
        BigInteger marginHigh = unequal ? marginLow.shiftLeft(1) : marginLow;

        int maxExponent = digitExponent - MAX_DIGITS;
        if (maxDigits >= 0) {
            int desired = cutoff == Cutoff.FRACTION ? -maxDigits : digitExponent - maxDigits;
            maxExponent = Math.max(maxExponent, desired);
        }
        int minExponent = digitExponent;
        if (minDigits >= 0) {
            int desired = cutoff == Cutoff.FRACTION ? -minDigits : digitExponent - minDigits;
            minExponent = Math.min(minExponent, desired);
        }
        int outExponent = digitExponent - 1;

        StringBuilder out = new StringBuilder();
        boolean low = false;
        boolean high = false;
        int digit;
        for (;;) {
            digitExponent--;
            BigInteger[] qr = r.divideAndRemainder(s);
            digit = qr[0].intValue();
            r = qr[1];
            if (unique) {
                int cmpLow = r.compareTo(marginLow);
                low = even ? cmpLow <= 0 : cmpLow < 0;
                int cmpHigh = r.add(marginHigh).compareTo(s);
                high = even ? cmpHigh >= 0 : cmpHigh > 0;
                if (((low || high) && digitExponent <= minExponent) || digitExponent == maxExponent) {
                    break;
                }
            } else if (r.signum() == 0 || digitExponent == maxExponent) {
                break;
            }
            out.append((char) ('0' + digit));
            r = r.multiply(BigInteger.TEN);
            if (unique) {
                marginLow = marginLow.multiply(BigInteger.TEN);
                marginHigh = unequal ? marginLow.shiftLeft(1) : marginLow;
            }
        }

        boolean roundDown = low;
        if (low == high) {
            // Both neighbours read back (or neither does, at a cutoff): take the closer, ties to the even digit.
            int cmp = r.shiftLeft(1).compareTo(s);
            roundDown = cmp < 0 || (cmp == 0 && (digit & 1) == 0);
        }
        if (roundDown) {
            out.append((char) ('0' + digit));
        } else if (digit < 9) {
            out.append((char) ('0' + digit + 1));
        } else {
            // Carry into the earlier digits; trailing nines become (dropped) zeros.
            int i = out.length() - 1;
            while (i >= 0 && out.charAt(i) == '9') {
                i--;
            }
            if (i < 0) {
                out.setLength(0);
                out.append('1');
                outExponent++;
            } else {
                out.setCharAt(i, (char) (out.charAt(i) + 1));
                out.setLength(i + 1);
            }
        }
        return new Digits(out.toString(), outExponent);
    }
}
