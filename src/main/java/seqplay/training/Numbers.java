package seqplay.training;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The few Python number formats the training log needs ({@code :.4f}, {@code :.4e}, {@code :.0f}, {@code :,}),
 * computed exactly from the binary value with round-half-even, as CPython does. Not {@code String.format}: its
 * {@code %e} is missing in TeaVM and its rounding is half-up.
 */
public final class Numbers {
    private Numbers() {
    }

    /** Python's {@code f"{v:.{digits}f}"}. */
    public static String fixed(double v, int digits) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        String s = new BigDecimal(v).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
        if (v < 0 || (v == 0 && 1.0 / v < 0)) {
            // BigDecimal drops the sign of a value that rounds to zero; Python keeps it ("-0.0000").
            if (!s.startsWith("-")) {
                s = "-" + s;
            }
        }
        return s;
    }

    /** Python's {@code f"{v:.{digits}e}"}. */
    public static String scientific(double v, int digits) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        boolean negative = v < 0 || (v == 0 && 1.0 / v < 0);
        StringBuilder sb = new StringBuilder(negative ? "-" : "");
        if (v == 0) {
            sb.append('0');
            if (digits > 0) {
                sb.append('.').append("0".repeat(digits));
            }
            return sb.append("e+00").toString();
        }
        BigDecimal rounded = new BigDecimal(Math.abs(v)).round(new MathContext(digits + 1, RoundingMode.HALF_EVEN));
        String unscaled = rounded.unscaledValue().toString();
        // rounded = unscaled * 10^-scale; strip or pad to exactly digits+1 significant digits.
        int exponent = unscaled.length() - 1 - rounded.scale();
        StringBuilder mantissa = new StringBuilder(unscaled);
        while (mantissa.length() < digits + 1) {
            mantissa.append('0');
        }
        mantissa.setLength(digits + 1);
        sb.append(mantissa.charAt(0));
        if (digits > 0) {
            sb.append('.').append(mantissa, 1, digits + 1);
        }
        sb.append(exponent < 0 ? "e-" : "e+");
        int a = Math.abs(exponent);
        if (a < 10) {
            sb.append('0');
        }
        return sb.append(a).toString();
    }

    /** How Keras' progress bar shows a metric: {@code .4f} when |v| > 1e-3, else {@code .4e}. */
    public static String metric(double v) {
        return Math.abs(v) > 1e-3 ? fixed(v, 4) : scientific(v, 4);
    }

    /** Python's {@code f"{n:,}"} for an int. */
    public static String grouped(long n) {
        String digits = Long.toString(Math.abs(n));
        StringBuilder sb = new StringBuilder();
        int first = digits.length() % 3;
        if (first == 0) {
            first = 3;
        }
        sb.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) {
            sb.append(',').append(digits, i, i + 3);
        }
        return n < 0 ? "-" + sb : sb.toString();
    }
}
