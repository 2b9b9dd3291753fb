package seqplay.format;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import seqplay.errors.PyException;

/**
 * Python's printf-style {@code template % args}: {@code '%.4f' % loss}, {@code '%d/%d' % (i, n)},
 * {@code '%(name)s' % d}, with CPython's flags ({@code - + space # 0}), {@code *} widths and messages.
 *
 * <p>Values are Java objects standing for Python ones: {@link Double} is a float, {@link Long}, {@link Integer}
 * and {@link BigInteger} are ints, {@link Boolean} a bool, {@link String} a str; the argument tuple is passed as a
 * {@link List} with {@code tuple = true}, and a {@link Map} is a mapping for {@code %(key)s}. Anything else reaches
 * {@code %s}/{@code %r} through the {@link Values} callbacks, which also name types in error messages.
 *
 * <pre>{@code
 * PercentFormat.format("%.4f", 0.54751, false, values)            -> "0.5475"
 * PercentFormat.format("%d/%d", List.of(3L, 10L), true, values)   -> "3/10"
 * }</pre>
 */
public final class PercentFormat {
    private PercentFormat() {
    }

    /** The interpreter's view of values that this class does not know. */
    public interface Values {
        /** Python's {@code str(v)}. */
        String str(Object v);

        /** Python's {@code repr(v)}. */
        String repr(Object v);

        /** The Python type name of {@code v} ({@code 'list'}, {@code 'NoneType'}), for messages. */
        String typeName(Object v);
    }

    /**
     * Formats {@code template % args}.
     *
     * @param args    the right operand: the tuple's elements as a {@link List} when {@code isTuple}, else one value
     * @param isTuple whether the right operand is a tuple
     */
    public static String format(String template, Object args, boolean isTuple, Values values) {
        List<?> tuple = isTuple ? (List<?>) args : null;
        Map<?, ?> mapping = !isTuple && args instanceof Map<?, ?> m ? m : null;
        int argIndex = 0;
        int argCount = tuple != null ? tuple.size() : 1;
        boolean usedMapping = false;
        StringBuilder out = new StringBuilder();
        int n = template.length();
        int i = 0;
        while (i < n) {
            char c = template.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            i++;
            if (i >= n) {
                throw PyException.valueError("incomplete format");
            }
            Object value = null;
            boolean haveValue = false;
            if (template.charAt(i) == '(') {
                if (mapping == null) {
                    throw PyException.typeError("format requires a mapping");
                }
                int depth = 1;
                int start = ++i;
                while (i < n && depth > 0) {
                    if (template.charAt(i) == '(') {
                        depth++;
                    } else if (template.charAt(i) == ')') {
                        depth--;
                    }
                    i++;
                }
                if (depth > 0) {
                    throw PyException.valueError("incomplete format key");
                }
                String key = template.substring(start, i - 1);
                if (!mapping.containsKey(key)) {
                    throw new PyException("KeyError", PyStrings.repr(key));
                }
                value = mapping.get(key);
                haveValue = true;
                usedMapping = true;
            }
            boolean left = false;
            boolean plus = false;
            boolean space = false;
            boolean alt = false;
            boolean zero = false;
            for (; i < n; i++) {
                char f = template.charAt(i);
                if (f == '-') {
                    left = true;
                } else if (f == '+') {
                    plus = true;
                } else if (f == ' ') {
                    space = true;
                } else if (f == '#') {
                    alt = true;
                } else if (f == '0') {
                    zero = true;
                } else {
                    break;
                }
            }
            int width = -1;
            if (i < n && template.charAt(i) == '*') {
                Object w = nextArg(tuple, args, argIndex++, argCount);
                if (!(w instanceof Long || w instanceof Integer || w instanceof Boolean)) {
                    throw PyException.typeError("* wants int");
                }
                width = (int) toLong(w);
                if (width < 0) {
                    left = true;
                    width = -width;
                }
                i++;
            } else {
                int start = i;
                while (i < n && Character.isDigit(template.charAt(i))) {
                    i++;
                }
                if (i > start) {
                    width = Integer.parseInt(template.substring(start, i));
                }
            }
            int precision = -1;
            if (i < n && template.charAt(i) == '.') {
                i++;
                if (i < n && template.charAt(i) == '*') {
                    Object p = nextArg(tuple, args, argIndex++, argCount);
                    if (!(p instanceof Long || p instanceof Integer || p instanceof Boolean)) {
                        throw PyException.typeError("* wants int");
                    }
                    precision = Math.max(0, (int) toLong(p));
                    i++;
                } else {
                    int start = i;
                    while (i < n && Character.isDigit(template.charAt(i))) {
                        i++;
                    }
                    precision = i > start ? Integer.parseInt(template.substring(start, i)) : 0;
                }
            }
            while (i < n && (template.charAt(i) == 'h' || template.charAt(i) == 'l' || template.charAt(i) == 'L')) {
                i++;
            }
            if (i >= n) {
                throw PyException.valueError("incomplete format");
            }
            char conv = template.charAt(i);
            int convIndex = i;
            i++;
            if (conv == '%') {
                out.append('%');
                continue;
            }
            if (!haveValue) {
                value = nextArg(tuple, args, argIndex++, argCount);
            }
            String body;
            boolean numeric = true;
            boolean negative = false;
            String prefix = "";
            switch (conv) {
                case 's':
                case 'r':
                case 'a': {
                    numeric = false;
                    body = conv == 's' ? str(value, values) : repr(value, values);
                    if (precision >= 0 && body.length() > precision) {
                        body = body.substring(0, precision);
                    }
                    break;
                }
                case 'c': {
                    numeric = false;
                    if (value instanceof String s && s.codePointCount(0, s.length()) == 1) {
                        body = s;
                    } else if (value instanceof Long || value instanceof Integer || value instanceof BigInteger
                            || value instanceof Boolean) {
                        BigInteger code = toBig(value);
                        if (code.signum() < 0 || code.compareTo(BigInteger.valueOf(0x10ffff)) > 0) {
                            throw new PyException("OverflowError", "%c arg not in range(0x110000)");
                        }
                        body = new String(Character.toChars(code.intValue()));
                    } else {
                        throw PyException.typeError("%c requires an int or a unicode character, not "
                                + typeName(value, values));
                    }
                    break;
                }
                case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
                    BigInteger v;
                    if (value instanceof Double d) {
                        if (conv == 'o' || conv == 'x' || conv == 'X') {
                            throw PyException.typeError("%" + conv + " format: an integer is required, not float");
                        }
                        if (d != d) {
                            throw PyException.valueError("cannot convert float NaN to integer");
                        }
                        if (Double.isInfinite(d)) {
                            throw new PyException("OverflowError", "cannot convert float infinity to integer");
                        }
                        v = PyFloat.truncToBigInteger(d);
                    } else if (value instanceof Long || value instanceof Integer || value instanceof BigInteger
                            || value instanceof Boolean) {
                        v = toBig(value);
                    } else if (conv == 'o' || conv == 'x' || conv == 'X') {
                        throw PyException.typeError("%" + conv + " format: an integer is required, not "
                                + typeName(value, values));
                    } else {
                        throw PyException.typeError("%" + conv + " format: a real number is required, not "
                                + typeName(value, values));
                    }
                    negative = v.signum() < 0;
                    int radix = conv == 'o' ? 8 : (conv == 'x' || conv == 'X') ? 16 : 10;
                    body = v.abs().toString(radix);
                    if (conv == 'X') {
                        body = body.toUpperCase(java.util.Locale.ROOT);
                    }
                    while (precision >= 0 && body.length() < precision) {
                        body = "0" + body;
                    }
                    if (alt && radix != 10) {
                        prefix = conv == 'o' ? "0o" : conv == 'x' ? "0x" : "0X";
                    }
                    break;
                }
                case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
                    double x;
                    if (value instanceof Double d) {
                        x = d;
                    } else if (value instanceof Long || value instanceof Integer || value instanceof BigInteger
                            || value instanceof Boolean) {
                        x = PyFloat.toDouble(toBig(value), 0);
                    } else {
                        throw PyException.typeError("must be real number, not " + typeName(value, values));
                    }
                    String s = PyFloat.layout(x, Character.toLowerCase(conv), precision < 0 ? 6 : precision, alt,
                            false, Character.isUpperCase(conv));
                    negative = s.startsWith("-");
                    body = negative ? s.substring(1) : s;
                    if (!Character.isDigit(body.charAt(0))) {
                        zero = false; // inf and nan are padded with spaces
                    }
                    break;
                }
                default:
                    String shown = conv < 128 ? String.valueOf(conv) : "?";
                    throw PyException.valueError("unsupported format character '" + shown + "' (0x"
                            + Integer.toHexString(conv) + ") at index " + convIndex);
            }
            String sign = "";
            if (numeric) {
                sign = negative ? "-" : plus ? "+" : space ? " " : "";
            }
            int len = sign.length() + prefix.length() + body.codePointCount(0, body.length());
            int pad = Math.max(0, width - len);
            if (left) {
                out.append(sign).append(prefix).append(body);
                appendRepeat(out, ' ', pad);
            } else if (zero && numeric) {
                out.append(sign).append(prefix);
                appendRepeat(out, '0', pad);
                out.append(body);
            } else {
                appendRepeat(out, ' ', pad);
                out.append(sign).append(prefix).append(body);
            }
        }
        // CPython skips this check when the operand is a mapping (any non-tuple, non-str object with __getitem__).
        boolean mappingLike = mapping != null || (!isTuple && args instanceof List);
        if (argIndex < argCount && !mappingLike && !usedMapping) {
            throw PyException.typeError("not all arguments converted during string formatting");
        }
        return out.toString();
    }

    private static Object nextArg(List<?> tuple, Object single, int index, int count) {
        if (index >= count) {
            throw PyException.typeError("not enough arguments for format string");
        }
        return tuple != null ? tuple.get(index) : single;
    }

    private static long toLong(Object v) {
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return ((Number) v).longValue();
    }

    private static BigInteger toBig(Object v) {
        if (v instanceof BigInteger b) {
            return b;
        }
        return BigInteger.valueOf(toLong(v));
    }

    private static String str(Object v, Values values) {
        if (v instanceof Double d) {
            return PyFloat.repr(d);
        }
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Long || v instanceof Integer || v instanceof BigInteger) {
            return v.toString();
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        return values.str(v);
    }

    private static String repr(Object v, Values values) {
        if (v instanceof String s) {
            return PyStrings.repr(s);
        }
        if (v instanceof Double || v instanceof Long || v instanceof Integer || v instanceof BigInteger
                || v instanceof Boolean) {
            return str(v, values);
        }
        return values.repr(v);
    }

    private static String typeName(Object v, Values values) {
        if (v instanceof Double) {
            return "float";
        }
        if (v instanceof String) {
            return "str";
        }
        if (v instanceof Long || v instanceof Integer || v instanceof BigInteger) {
            return "int";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        return values.typeName(v);
    }

    private static void appendRepeat(StringBuilder sb, char c, int n) {
        for (int k = 0; k < n; k++) {
            sb.append(c);
        }
    }
}
