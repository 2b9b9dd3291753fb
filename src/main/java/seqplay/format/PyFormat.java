package seqplay.format;

import java.math.BigInteger;
import seqplay.errors.PyException;

/**
 * Python's {@code format(value, spec)}, the engine of f-strings and {@code str.format}, for float, int, bool and
 * str values; CPython's {@code formatter_unicode.c} rules, rounding on the exact binary value (half to even).
 *
 * <pre>{@code
 * format(0.5475, '.4f')     -> '0.5475'        format(1234567, ',')     -> '1,234,567'
 * '{:>10.3e}'.format(x)     -> ' 1.235e+03'    format(3.14159, '08.3f') -> '0003.142'
 * format(0.25, '%')         -> '25.000000%'    format(42, '#x')         -> '0x2a'
 * }</pre>
 * The {@code n} type behaves as in Python's default C locale ({@code g} / {@code d} without grouping).
 */
public final class PyFormat {
    private PyFormat() {
    }

    /** {@code format(x, spec)} for a Python float. */
    public static String format(double x, String spec) {
        if (spec.isEmpty()) {
            return PyFloat.repr(x);
        }
        FormatSpec f = FormatSpec.parse(spec, '>', "float");
        return formatFloat(x, f, "float");
    }

    private static String formatFloat(double x, FormatSpec f, String typeName) {
        char type = f.type();
        switch (type) {
            case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
                break;
            default:
                throw unknownCode(type, typeName);
        }
        if (type == 'n' && f.grouping() != 0) {
            throw PyException.valueError("Cannot specify '" + f.grouping() + "' with 'n'.");
        }
        int precision = f.precision();
        boolean addDot0 = false;
        char code;
        boolean percent = false;
        boolean upper = type == 'E' || type == 'F' || type == 'G';
        if (type == 0) {
            // No type: repr without a precision, otherwise 'g' that keeps one digit after the point.
            addDot0 = true;
            code = precision < 0 ? 'r' : 'g';
        } else if (type == '%') {
            code = 'f';
            x = x * 100; // CPython multiplies in floating point, then formats
            percent = true;
        } else if (type == 'n') {
            code = 'g';
        } else {
            code = Character.toLowerCase(type);
        }
        if (precision < 0) {
            precision = 6;
        }
        String body = PyFloat.layout(x, code, precision, f.alternate(), addDot0, upper);
        if (percent) {
            body = body + "%";
        }
        boolean negative = body.startsWith("-");
        if (negative) {
            body = body.substring(1);
            if (f.noNegZero() && isZeroText(body)) {
                negative = false;
            }
        }
        return pad(negative, body, f, 3);
    }

    /** Whether a formatted magnitude shows zero ("0.00", "0e+00", "0.0%"), for the 'z' option. */
    private static boolean isZeroText(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == 'e' || c == 'E' || c == '%') {
                return true;
            }
            if (c >= '1' && c <= '9') {
                return false;
            }
            if (c != '0' && c != '.') {
                return false; // inf, nan
            }
        }
        return true;
    }

    /** {@code format(n, spec)} for a Python int. */
    public static String format(long n, String spec) {
        return format(BigInteger.valueOf(n), spec);
    }

    /** {@code format(n, spec)} for a Python int of any size. */
    public static String format(BigInteger n, String spec) {
        if (spec.isEmpty()) {
            return n.toString();
        }
        FormatSpec f = FormatSpec.parse(spec, '>', "int");
        return formatInt(n, f, "int");
    }

    /** {@code format(b, spec)} for a Python bool: its name with an empty spec, otherwise formatted as 0 or 1. */
    public static String format(boolean b, String spec) {
        if (spec.isEmpty()) {
            return b ? "True" : "False";
        }
        FormatSpec f = FormatSpec.parse(spec, '>', "bool");
        return formatInt(b ? BigInteger.ONE : BigInteger.ZERO, f, "bool");
    }

    private static String formatInt(BigInteger n, FormatSpec f, String typeName) {
        char type = f.type() == 0 ? 'd' : f.type();
        switch (type) {
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                return formatFloat(PyFloat.toDouble(n, 0), f, typeName);
            case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
                break;
            default:
                throw unknownCode(type, typeName);
        }
        if (f.precision() >= 0) {
            throw PyException.valueError("Precision not allowed in integer format specifier");
        }
        if (f.noNegZero()) {
            throw PyException.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (type == 'n' && f.grouping() != 0) {
            throw PyException.valueError("Cannot specify '" + f.grouping() + "' with 'n'.");
        }
        if (type == 'c') {
            if (f.sign() != 0) {
                throw PyException.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (f.alternate()) {
                throw PyException.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (n.signum() < 0 || n.compareTo(BigInteger.valueOf(0x10ffff)) > 0) {
                throw new PyException("OverflowError", "%c arg not in range(0x110000)");
            }
            String ch = new String(Character.toChars(n.intValue()));
            return padNumber(false, "", "", ch, f, 0);
        }
        int radix = type == 'b' ? 2 : type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
        String digits = n.abs().toString(radix);
        String prefix = "";
        if (f.alternate() && radix != 10) {
            prefix = type == 'b' ? "0b" : type == 'o' ? "0o" : type == 'X' ? "0X" : "0x";
        }
        if (type == 'X') {
            digits = digits.toUpperCase(java.util.Locale.ROOT);
        }
        return padNumber(n.signum() < 0, prefix, digits, "", f, radix == 10 ? 3 : 4);
    }

    /** {@code format(s, spec)} for a Python str. */
    public static String format(String s, String spec) {
        if (spec.isEmpty()) {
            return s;
        }
        FormatSpec f = FormatSpec.parse(spec, '<', "str");
        if (f.type() != 0 && f.type() != 's') {
            throw unknownCode(f.type(), "str");
        }
        if (f.sign() != 0) {
            throw PyException.valueError("Sign not allowed in string format specifier");
        }
        if (f.noNegZero()) {
            throw PyException.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (f.alternate()) {
            throw PyException.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (f.align() == '=') {
            throw PyException.valueError("'=' alignment not allowed in string format specifier");
        }
        String text = s;
        if (f.precision() >= 0 && text.codePointCount(0, text.length()) > f.precision()) {
            text = text.substring(0, text.offsetByCodePoints(0, f.precision()));
        }
        return padPlain(text, f);
    }

    private static PyException unknownCode(char type, String typeName) {
        String code = type > 32 && type < 128 ? "'" + type + "'" : "'\\x" + Integer.toHexString(type) + "'";
        return PyException.valueError("Unknown format code " + code + " for object of type '" + typeName + "'");
    }

    /**
     * Lays out a formatted float magnitude: splits the leading integer digits (which take grouping and zero
     * padding) from the rest (decimal point, fraction, exponent, '%', or "inf"/"nan").
     */
    private static String pad(boolean negative, String body, FormatSpec f, int group) {
        int i = 0;
        while (i < body.length() && body.charAt(i) >= '0' && body.charAt(i) <= '9') {
            i++;
        }
        return padNumber(negative, "", body.substring(0, i), body.substring(i), f, group);
    }

    /**
     * CPython's {@code calc_number_widths} and {@code fill_number}:
     * {@code <lpadding><sign><prefix><spadding><grouped digits><remainder><rpadding>}.
     */
    private static String padNumber(boolean negative, String prefix, String digits, String remainder, FormatSpec f,
                                    int groupSize) {
        String sign = "";
        if (f.sign() == '+') {
            sign = negative ? "-" : "+";
        } else if (f.sign() == ' ') {
            sign = negative ? "-" : " ";
        } else if (negative) {
            sign = "-";
        }
        int nonDigits = sign.length() + prefix.length() + remainder.length();
        int minWidth = f.zeroPadding() ? f.width() - nonDigits : 0;
        // No digits (inf, nan, a 'c' character): CPython skips grouping, the padding alone fills the width.
        String grouped = digits.isEmpty() ? "" : group(digits, minWidth, f.grouping() == 0 ? 0 : groupSize,
                f.grouping() == 0 ? "" : String.valueOf(f.grouping()));
        int padding = f.width() - (nonDigits + grouped.length());
        StringBuilder sb = new StringBuilder();
        int left = 0;
        int middle = 0;
        int right = 0;
        if (padding > 0) {
            switch (f.align()) {
                case '<':
                    right = padding;
                    break;
                case '^':
                    left = padding / 2;
                    right = padding - left;
                    break;
                case '=':
                    middle = padding;
                    break;
                default:
                    left = padding;
                    break;
            }
        }
        repeat(sb, f.fill(), left);
        sb.append(sign).append(prefix);
        repeat(sb, f.fill(), middle);
        sb.append(grouped).append(remainder);
        repeat(sb, f.fill(), right);
        return sb.toString();
    }

    /**
     * CPython's {@code _Py_InsertThousandsGrouping}: separators every {@code groupSize} digits from the right,
     * and zeros on the left (with separators among them) until the digits fill {@code minWidth}.
     */
    static String group(String digits, int minWidth, int groupSize, String sep) {
        StringBuilder out = new StringBuilder();
        int remaining = digits.length();
        int end = digits.length();
        boolean useSeparator = false;
        boolean broken = false;
        if (groupSize > 0) {
            for (;;) {
                int l = Math.min(groupSize, Math.max(Math.max(remaining, minWidth), 1));
                int zeros = Math.max(0, l - remaining);
                int chars = Math.max(0, Math.min(remaining, l));
                if (useSeparator) {
                    out.insert(0, sep);
                }
                out.insert(0, digits, end - chars, end);
                end -= chars;
                for (int z = 0; z < zeros; z++) {
                    out.insert(0, '0');
                }
                useSeparator = true;
                remaining -= chars;
                minWidth -= l;
                if (remaining <= 0 && minWidth <= 0) {
                    broken = true;
                    break;
                }
                minWidth -= sep.length();
            }
        }
        if (!broken) {
            int l = Math.max(Math.max(remaining, minWidth), 1);
            int zeros = Math.max(0, l - remaining);
            int chars = Math.max(0, Math.min(remaining, l));
            if (useSeparator) {
                out.insert(0, sep);
            }
            out.insert(0, digits, end - chars, end);
            for (int z = 0; z < zeros; z++) {
                out.insert(0, '0');
            }
        }
        return out.toString();
    }

    private static String padPlain(String text, FormatSpec f) {
        int len = text.codePointCount(0, text.length());
        if (f.width() <= len) {
            return text;
        }
        int padding = f.width() - len;
        int left = f.align() == '>' ? padding : f.align() == '^' ? padding / 2 : 0;
        StringBuilder sb = new StringBuilder();
        repeat(sb, f.fill(), left);
        sb.append(text);
        repeat(sb, f.fill(), padding - left);
        return sb.toString();
    }

    private static void repeat(StringBuilder sb, char c, int n) {
        for (int i = 0; i < n; i++) {
            sb.append(c);
        }
    }
}
