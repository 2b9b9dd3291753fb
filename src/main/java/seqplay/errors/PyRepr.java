package seqplay.errors;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Values written as Python writes them inside error messages: {@code repr(float)}, shape tuples, small dicts.
 *
 * <p>Only for the rare texts of errors Keras raises with a value in them (the hot paths never format). Floats are
 * the shortest decimal that reads back to the same double, as Python's {@code repr}; it is found with
 * {@link BigDecimal}, whose arithmetic is exact on every target.
 *
 * <pre>{@code
 * PyRepr.ofFloat(1e-05)                   // "1e-05"
 * PyRepr.ofShape(new int[] {3})           // "(3,)"
 * PyRepr.ofDict(Map.of("lr", 0.001))      // "{'lr': 0.001}"
 * }</pre>
 */
public final class PyRepr {
    private PyRepr() {
    }

    /** Python's {@code repr(x)} for a float. */
    public static String ofFloat(double x) {
        if (x != x) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0.0) {
            return 1.0 / x < 0 ? "-0.0" : "0.0";
        }
        BigDecimal exact = new BigDecimal(x);
        BigDecimal shortest = exact;
        for (int p = 1; p <= 17; p++) {
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == x) {
                shortest = r;
                break;
            }
        }
        String digits = shortest.unscaledValue().abs().toString();
        int scale = shortest.scale();
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
            scale--;
        }
        digits = digits.substring(0, end);
        int exponent = digits.length() - 1 - scale; // decimal exponent of the first digit
        StringBuilder sb = new StringBuilder();
        if (x < 0) {
            sb.append('-');
        }
        if (exponent >= -4 && exponent < 16) {
            if (exponent < 0) {
                sb.append("0.");
                for (int i = -1; i > exponent; i--) {
                    sb.append('0');
                }
                sb.append(digits);
            } else if (digits.length() <= exponent + 1) {
                sb.append(digits);
                for (int i = digits.length(); i <= exponent; i++) {
                    sb.append('0');
                }
                sb.append(".0");
            } else {
                sb.append(digits, 0, exponent + 1).append('.').append(digits, exponent + 1, digits.length());
            }
        } else {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            sb.append('e').append(exponent < 0 ? '-' : '+');
            int absExp = Math.abs(exponent);
            if (absExp < 10) {
                sb.append('0');
            }
            sb.append(absExp);
        }
        return sb.toString();
    }

    /**
     * Python's {@code repr} of a plain value: {@code None}, {@code True}/{@code False}, an int, a float
     * ({@link Double}), a quoted string; other objects by their {@code toString()}.
     */
    public static String of(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof Double d) {
            return ofFloat(d);
        }
        if (value instanceof Float f) {
            return ofFloat(f);
        }
        if (value instanceof String s) {
            return s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? "\"" + s + "\"" : "'" + s.replace("'", "\\'") + "'";
        }
        return value.toString();
    }

    /** Python's {@code str} of a plain value (as an f-string writes it): strings without quotes. */
    public static String str(Object value) {
        return value instanceof String s ? s : of(value);
    }

    /** A shape tuple as Python writes it: {@code (4, 3)}, {@code (3,)}, {@code ()}. */
    public static String ofShape(int[] shape) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(shape[i]);
        }
        if (shape.length == 1) {
            sb.append(',');
        }
        return sb.append(')').toString();
    }

    /** A dict of keyword arguments in insertion order: {@code {'lr': 0.001}}. */
    public static String ofDict(Map<String, Object> map) {
        StringBuilder sb = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<String, Object> e : map.entrySet()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(of(e.getKey())).append(": ").append(of(e.getValue()));
        }
        return sb.append('}').toString();
    }
}
