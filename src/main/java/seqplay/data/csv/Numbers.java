package seqplay.data.csv;

import java.math.BigInteger;
import seqplay.format.PyFloat;

/**
 * Reads the numbers of a CSV cell the way pandas' C parser does, with the same result on every target.
 *
 * <p>Why not {@link Double#parseDouble}: TeaVM 0.16's version multiplies by a 64-bit approximation of the power of
 * ten and is off by one ulp for about 1% of 17-digit inputs (and for {@code 1e23}), so a CSV read in the browser
 * would differ from the JVM in the last bit. This parser is correctly rounded (round half to even) everywhere:
 * short decimals take Clinger's exact fast path (one IEEE division or multiplication by an exact power of ten),
 * the rest goes through {@link PyFloat#toDouble(BigInteger, int)}, the exact reading behind Python's float().
 *
 * <p>Accepted forms follow pandas' {@code xstrtod} and {@code str_to_int64}: optional surrounding spaces, a sign,
 * digits with an optional {@code .} fraction and {@code e}/{@code E} exponent ({@code 1.}, {@code .5} and
 * {@code 1e5} are floats), and {@code inf}/{@code infinity} in any case with an optional sign.
 *
 * <pre>{@code
 * Numbers.parseDouble("1.510000000000000000e+02")   // 151.0
 * Numbers.parseDouble(" .5 ")                       // 0.5
 * Numbers.parseDouble("1,5")                        // NaN: not a number (the caller keeps the text)
 * }</pre>
 */
public final class Numbers {
    private Numbers() {
    }

    /** 10^0 .. 10^22, each exact in a double (5^22 < 2^53). */
    private static final double[] EXACT_POWERS_OF_TEN = new double[23];

    static {
        EXACT_POWERS_OF_TEN[0] = 1.0;
        for (int i = 1; i < EXACT_POWERS_OF_TEN.length; i++) {
            EXACT_POWERS_OF_TEN[i] = EXACT_POWERS_OF_TEN[i - 1] * 10.0;
        }
    }

    /**
     * The value of a decimal text, correctly rounded, or {@code NaN} when the whole text (spaces aside) is not a
     * number in pandas' sense. Texts that spell NaN are not accepted here: pandas treats them as missing values.
     */
    public static double parseDouble(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        int end = n;
        while (end > i && isSpace(s.charAt(end - 1))) {
            end--;
        }
        if (i == end) {
            return Double.NaN;
        }
        boolean negative = false;
        char c = s.charAt(i);
        if (c == '+' || c == '-') {
            negative = c == '-';
            i++;
        }
        if (i < end && isInfinityWord(s, i, end)) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        // Fold up to 15 significant digits into an exact double as they come; trailing zeros are only counted,
        // so 1.510000000000000000e+02 stays on the fast path. More digits fall back to the exact reading.
        int start = i;
        double d = 0.0;
        int kept = 0;
        int zeros = 0;
        int decimalExponent = 0;
        int seen = 0;
        boolean tooLong = false;
        boolean fraction = false;
        for (; i < end; i++) {
            char ch = s.charAt(i);
            if (ch == '.' && !fraction) {
                fraction = true;
                continue;
            }
            if (!isDigit(ch)) {
                break;
            }
            seen++;
            if (fraction) {
                decimalExponent--;
            }
            if (ch == '0') {
                if (kept > 0) {
                    zeros++;
                }
                continue;
            }
            if (kept + zeros + 1 > 15) {
                tooLong = true;
                continue;
            }
            for (; zeros > 0; zeros--) {
                d *= 10.0;
                kept++;
            }
            d = d * 10.0 + (ch - '0');
            kept++;
        }
        if (seen == 0) {
            return Double.NaN;
        }
        int mantissaEnd = i;
        if (i < end && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            boolean expNegative = false;
            if (i < end && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                expNegative = s.charAt(i) == '-';
                i++;
            }
            if (i == end || !isDigit(s.charAt(i))) {
                return Double.NaN;
            }
            int e = 0;
            while (i < end && isDigit(s.charAt(i))) {
                if (e < 100000) { // anything larger is already far beyond the double range
                    e = e * 10 + (s.charAt(i) - '0');
                }
                i++;
            }
            decimalExponent += expNegative ? -e : e;
        }
        if (i != end) {
            return Double.NaN;
        }
        double magnitude;
        if (tooLong) {
            magnitude = digitsTimesPowerOfTen(significantDigits(s, start, mantissaEnd), decimalExponent);
        } else if (kept == 0) {
            magnitude = 0.0;
        } else {
            int exponent = decimalExponent + zeros;
            if (exponent >= -22 && exponent <= 22) {
                // Clinger's fast path: both operands are exact, so the one IEEE operation rounds correctly.
                magnitude = exponent >= 0 ? d * EXACT_POWERS_OF_TEN[exponent] : d / EXACT_POWERS_OF_TEN[-exponent];
            } else {
                magnitude = digitsTimesPowerOfTen(significantDigits(s, start, mantissaEnd), decimalExponent);
            }
        }
        return negative ? -magnitude : magnitude;
    }

    /** The digits of {@code s[from, to)} without the point and without leading zeros. */
    private static StringBuilder significantDigits(String s, int from, int to) {
        StringBuilder digits = new StringBuilder();
        for (int k = from; k < to; k++) {
            char ch = s.charAt(k);
            if (ch != '.' && (digits.length() > 0 || ch != '0')) {
                digits.append(ch);
            }
        }
        return digits;
    }

    /**
     * The value of an integer text ({@code [spaces][sign]digits[spaces]}), or {@code null} when the text is not an
     * integer or does not fit in int64 (pandas then reads the column as float or text).
     */
    public static Long parseInt64(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        int end = n;
        while (end > i && isSpace(s.charAt(end - 1))) {
            end--;
        }
        boolean negative = false;
        if (i < end && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        if (i == end) {
            return null;
        }
        int count = end - i;
        for (int k = i; k < end; k++) {
            if (!isDigit(s.charAt(k))) {
                return null;
            }
        }
        if (count <= 9) { // int arithmetic is enough, and much cheaper than long in TeaVM's JavaScript
            int v = 0;
            for (int k = i; k < end; k++) {
                v = v * 10 + (s.charAt(k) - '0');
            }
            return (long) (negative ? -v : v);
        }
        // Accumulate negatively so that Long.MIN_VALUE fits.
        long v = 0;
        for (int k = i; k < end; k++) {
            int d = s.charAt(k) - '0';
            if (v < (Long.MIN_VALUE + d) / 10) {
                return null;
            }
            v = v * 10 - d;
        }
        if (!negative) {
            if (v == Long.MIN_VALUE) {
                return null;
            }
            v = -v;
        }
        return v;
    }

    /** Whether the text has the form of an integer ({@code [spaces][sign]digits[spaces]}), whatever its size. */
    public static boolean isIntegerSyntax(String s) {
        String t = s.strip();
        int i = t.startsWith("+") || t.startsWith("-") ? 1 : 0;
        if (i == t.length()) {
            return false;
        }
        for (; i < t.length(); i++) {
            if (!isDigit(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isInfinityWord(String s, int from, int end) {
        String word = s.substring(from, end);
        return word.equalsIgnoreCase("inf") || word.equalsIgnoreCase("infinity");
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** pandas' parser skips ASCII spaces and tabs around a number (C's isspace minus the line breaks). */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\u000B';
    }

    /** digits × 10^exponent, correctly rounded; {@code digits} has no leading zeros. */
    private static double digitsTimesPowerOfTen(StringBuilder digits, int exponent) {
        int len = digits.length();
        while (len > 0 && digits.charAt(len - 1) == '0') {
            len--;
            exponent++;
        }
        if (len == 0) {
            return 0.0;
        }
        if (len + exponent > 310) {
            return Double.POSITIVE_INFINITY;
        }
        if (len + exponent < -330) {
            return 0.0;
        }
        if (len <= 15 && exponent >= -22 && exponent <= 22) {
            // Clinger's fast path: both operands are exact, so the one IEEE operation rounds correctly.
            double d = 0.0;
            for (int k = 0; k < len; k++) {
                d = d * 10.0 + (digits.charAt(k) - '0');
            }
            return exponent >= 0 ? d * EXACT_POWERS_OF_TEN[exponent] : d / EXACT_POWERS_OF_TEN[-exponent];
        }
        // Exact big-number reading, shared with Python's float().
        return PyFloat.toDouble(new BigInteger(digits.substring(0, len)), -exponent);
    }
}
