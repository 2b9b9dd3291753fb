package seqplay.lang.runtime;

import java.math.BigInteger;
import java.util.List;
import seqplay.format.PyFloat;
import seqplay.format.PyFormat;

/**
 * Python's format-spec mini-language ({@code f"{x:.4f}"}, {@code format(n, ',')}, {@code "{:>8}".format(s)})
 * and printf-style {@code %} formatting, for int, float, bool and str. Float digits come from exact decimal
 * arithmetic, so {@code f"{2.675:.2f}"} is {@code 2.67} as in CPython.
 *
 * <pre>
 * [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
 * </pre>
 */
public final class Formatter {
    private Formatter() {
    }

    /** A parsed format spec. */
    static final class Spec {
        char fill = ' ';
        char align;
        char sign;
        boolean zeroCoerce;
        boolean alternate;
        int width = -1;
        char grouping;
        int precision = -1;
        char type;
    }

    static Spec parse(String s) {
        Spec spec = new Spec();
        int i = 0;
        int n = s.length();
        if (n >= 2 && "<>=^".indexOf(s.charAt(1)) >= 0) {
            spec.fill = s.charAt(0);
            spec.align = s.charAt(1);
            i = 2;
        } else if (n >= 1 && "<>=^".indexOf(s.charAt(0)) >= 0) {
            spec.align = s.charAt(0);
            i = 1;
        }
        if (i < n && "+- ".indexOf(s.charAt(i)) >= 0) {
            spec.sign = s.charAt(i++);
        }
        if (i < n && s.charAt(i) == 'z') {
            spec.zeroCoerce = true;
            i++;
        }
        if (i < n && s.charAt(i) == '#') {
            spec.alternate = true;
            i++;
        }
        if (i < n && s.charAt(i) == '0') {
            if (spec.align == 0) {
                spec.fill = '0';
                spec.align = '=';
            }
            i++;
        }
        int start = i;
        while (i < n && Character.isDigit(s.charAt(i))) {
            i++;
        }
        if (i > start) {
            spec.width = Integer.parseInt(s.substring(start, Math.min(i, start + 9)));
        }
        if (i < n && (s.charAt(i) == ',' || s.charAt(i) == '_')) {
            spec.grouping = s.charAt(i++);
            if (i < n && (s.charAt(i) == ',' || s.charAt(i) == '_')) {
                throw Py.valueError("Cannot specify both ',' and '_'.");
            }
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            start = i;
            while (i < n && Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (i == start) {
                throw Py.valueError("Format specifier missing precision");
            }
            spec.precision = Integer.parseInt(s.substring(start, Math.min(i, start + 9)));
        }
        if (i < n) {
            spec.type = s.charAt(i++);
        }
        if (i < n) {
            throw Py.valueError("Invalid format specifier '" + s + "' for object of type '%s'");
        }
        return spec;
    }

    /** {@code format(value, spec)}. */
    public static String format(Object value, String specText) {
        if (value instanceof PyObject) {
            return ((PyObject) value).format(specText);
        }
        if (specText.isEmpty()) {
            return Py.str(value);
        }
        // The shared formatter (also behind numpy's printing) for every built-in value.
        if (value instanceof Double) {
            return PyFormat.format((Double) value, specText);
        }
        if (value instanceof Long) {
            return PyFormat.format((long) (Long) value, specText);
        }
        if (value instanceof BigInteger) {
            if ("bcoxXeEfFgG%".indexOf(specText.charAt(specText.length() - 1)) < 0) {
                Ints.decimal((BigInteger) value); // the digit limit of str(int) holds for 'd', 'n' and ','
            }
            return PyFormat.format((BigInteger) value, specText);
        }
        if (value instanceof Boolean) {
            return PyFormat.format((boolean) (Boolean) value, specText);
        }
        if (value instanceof String) {
            return PyFormat.format((String) value, specText);
        }
        Spec spec;
        try {
            spec = parse(specText);
        } catch (seqplay.errors.PyException e) {
            if (e.getMessage().contains("%s")) {
                throw Py.valueError(e.getMessage().replace("%s", Py.typeName(value)));
            }
            throw e;
        }
        if (value instanceof String) {
            return formatString((String) value, spec);
        }
        if (value instanceof Double) {
            return formatFloat((Double) value, spec, "float");
        }
        return formatInt(value, spec);
    }

    private static String formatString(String s, Spec spec) {
        if (spec.type != 0 && spec.type != 's') {
            throw unknownCode(spec.type, "str");
        }
        if (spec.sign != 0) {
            throw Py.valueError("Sign not allowed in string format specifier");
        }
        if (spec.alternate) {
            throw Py.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (spec.zeroCoerce) {
            throw Py.valueError("Negative zero coercion (z) not allowed in format specifier");
        }
        if (spec.align == '=') {
            throw Py.valueError("'=' alignment not allowed in string format specifier");
        }
        if (spec.grouping != 0) {
            throw Py.valueError("Cannot specify '" + spec.grouping + "' with 's'.");
        }
        if (spec.precision >= 0) {
            List<String> cs = Strings.chars(s);
            if (cs.size() > spec.precision) {
                s = String.join("", cs.subList(0, spec.precision));
            }
        }
        return pad("", s, spec, '<');
    }

    private static seqplay.errors.PyException unknownCode(char code, String typeName) {
        return Py.valueError("Unknown format code '" + code + "' for object of type '" + typeName + "'");
    }

    private static String formatInt(Object value, Spec spec) {
        char t = spec.type;
        if ("eEfFgG%".indexOf(t) >= 0 && t != 0) {
            return formatFloat(Ints.toDouble(value), spec, "int");
        }
        if (t != 0 && "bcdoxXn".indexOf(t) < 0) {
            throw unknownCode(t, Py.typeName(value));
        }
        if (spec.precision >= 0) {
            throw Py.valueError("Precision not allowed in integer format specifier");
        }
        if (spec.zeroCoerce) {
            throw Py.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        BigInteger v = Ints.big(value);
        if (t == 'c') {
            if (spec.sign != 0) {
                throw Py.valueError("Sign not allowed with integer format specifier 'c'");
            }
            return pad("", new String(Character.toChars(v.intValue())), spec, '>');
        }
        int radix = t == 'b' ? 2 : t == 'o' ? 8 : (t == 'x' || t == 'X') ? 16 : 10;
        String digits = v.abs().toString(radix);
        if (t == 'X') {
            digits = digits.toUpperCase(java.util.Locale.ROOT);
        }
        if (spec.grouping != 0) {
            if (radix != 10 && spec.grouping == ',') {
                throw Py.valueError("Cannot specify ',' with '" + t + "'.");
            }
            digits = group(digits, radix == 10 ? 3 : 4, spec.grouping);
        }
        String prefix = signOf(v.signum() < 0, spec);
        if (spec.alternate && radix != 10) {
            prefix += "0" + (t == 'X' ? 'X' : t);
        }
        return pad(prefix, digits, spec, '>');
    }

    private static String signOf(boolean negative, Spec spec) {
        if (negative) {
            return "-";
        }
        return spec.sign == '+' ? "+" : spec.sign == ' ' ? " " : "";
    }

    private static String group(String digits, int size, char sep) {
        StringBuilder sb = new StringBuilder();
        int first = digits.length() % size;
        if (first == 0) {
            first = size;
        }
        sb.append(digits, 0, Math.min(first, digits.length()));
        for (int i = first; i < digits.length(); i += size) {
            sb.append(sep).append(digits, i, i + size);
        }
        return sb.toString();
    }

    /** Applies width, fill and alignment; {@code prefix} is the sign (and 0x) that '=' keeps in front. */
    private static String pad(String prefix, String body, Spec spec, char defaultAlign) {
        char align = spec.align == 0 ? defaultAlign : spec.align;
        int len = Strings.length(prefix) + Strings.length(body);
        if (spec.width <= len) {
            return prefix + body;
        }
        int fillCount = spec.width - len;
        String fill = String.valueOf(spec.fill).repeat(fillCount);
        switch (align) {
            case '<':
                return prefix + body + fill;
            case '^':
                int left = fillCount / 2;
                return String.valueOf(spec.fill).repeat(left) + prefix + body
                        + String.valueOf(spec.fill).repeat(fillCount - left);
            case '=':
                if (spec.fill == '0' && spec.grouping != 0 && spec.align == '=') {
                    return prefix + zeroGrouped(body, spec.width - Strings.length(prefix), spec.grouping);
                }
                return prefix + fill + body;
            default:
                return fill + prefix + body;
        }
    }

    /** Zero padding with grouping pads inside the groups: {@code format(1234, '09,')} is {@code 0,001,234}. */
    private static String zeroGrouped(String body, int width, char sep) {
        int dot = body.indexOf('.');
        String intPart = dot < 0 ? body : body.substring(0, dot);
        String rest = dot < 0 ? "" : body.substring(dot);
        String digits = intPart.replace(String.valueOf(sep), "");
        String out = group(digits, 3, sep) + rest;
        while (out.length() < width) {
            digits = "0" + digits;
            out = group(digits, 3, sep) + rest;
        }
        return out;
    }

    static String formatFloat(double x, Spec spec, String typeName) {
        char t = spec.type;
        if (t != 0 && "eEfFgGn%".indexOf(t) < 0) {
            throw unknownCode(t, typeName);
        }
        boolean negative = x < 0 || (x == 0.0 && 1.0 / x < 0);
        if (spec.zeroCoerce && negative && roundsToZero(x, spec)) {
            negative = false;
        }
        double ax = Math.abs(x);
        String body;
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            body = Double.isNaN(x) ? "nan" : "inf";
            if (t == 'E' || t == 'F' || t == 'G') {
                body = body.toUpperCase(java.util.Locale.ROOT);
            }
            if (t == '%') {
                body += "%";
            }
            negative = x < 0;
        } else if (t == 0 && spec.precision < 0) {
            body = Floats.repr(ax);
        } else {
            int p = spec.precision < 0 ? 6 : spec.precision;
            switch (t) {
                case 'f':
                case 'F':
                    body = PyFloat.layout(ax, 'f', p, spec.alternate, false, false);
                    break;
                case '%':
                    // CPython multiplies in floating point first (format(0.1585, '.1%') is '15.8%')
                    body = PyFloat.layout(ax * 100, 'f', p, spec.alternate, false, false) + "%";
                    break;
                case 'e':
                case 'E':
                    body = PyFloat.layout(ax, 'e', p, spec.alternate, false, false);
                    if (t == 'E') {
                        body = body.toUpperCase(java.util.Locale.ROOT);
                    }
                    break;
                default:
                    // no type letter with a precision is 'g' that keeps a ".0" (CPython's Py_DTSF_ADD_DOT_0)
                    body = PyFloat.layout(ax, 'g', p == 0 ? 1 : p, spec.alternate, t == 0, false);
                    if (t == 'G') {
                        body = body.toUpperCase(java.util.Locale.ROOT);
                    }
                    break;
            }
        }
        if (spec.grouping != 0 && !Double.isNaN(x) && !Double.isInfinite(x)) {
            int end = 0;
            while (end < body.length() && Character.isDigit(body.charAt(end))) {
                end++;
            }
            body = group(body.substring(0, end), 3, spec.grouping) + body.substring(end);
        }
        return pad(signOf(negative, spec), body, spec, '>');
    }

    private static boolean roundsToZero(double x, Spec spec) {
        Spec copy = new Spec();
        copy.type = spec.type;
        copy.precision = spec.precision;
        String s = formatFloat(-x, copy, "float");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '1' && c <= '9') {
                return false;
            }
            if (c == 'e' || c == 'E') {
                break;
            }
        }
        return true;
    }

    // ---- printf-style ----------------------------------------------------------------------------------------

    /** {@code template % args}, Python's printf-style formatting. */
    static String percent(String template, Object args) {
        List<Object> values;
        PyDict mapping = null;
        if (args instanceof PyTuple) {
            values = ((PyTuple) args).items();
        } else {
            values = List.of(args);
            if (args instanceof PyDict) {
                mapping = (PyDict) args;
            }
        }
        StringBuilder out = new StringBuilder();
        int next = 0;
        int n = template.length();
        for (int i = 0; i < n; i++) {
            char c = template.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            int start = i;
            i++;
            if (i >= n) {
                throw Py.valueError("incomplete format");
            }
            Object mapped = null;
            if (template.charAt(i) == '(') {
                int close = template.indexOf(')', i);
                if (close < 0) {
                    throw Py.valueError("incomplete format key");
                }
                if (mapping == null) {
                    throw Py.typeError("format requires a mapping");
                }
                mapped = mapping.getItem(template.substring(i + 1, close));
                i = close + 1;
            }
            StringBuilder flags = new StringBuilder();
            while (i < n && "-+ #0".indexOf(template.charAt(i)) >= 0) {
                flags.append(template.charAt(i++));
            }
            int ws = i;
            while (i < n && Character.isDigit(template.charAt(i))) {
                i++;
            }
            String width = template.substring(ws, i);
            String precision = "";
            if (i < n && template.charAt(i) == '.') {
                int ps = ++i;
                while (i < n && Character.isDigit(template.charAt(i))) {
                    i++;
                }
                precision = "." + (i == ps ? "0" : template.substring(ps, i));
            }
            if (i >= n) {
                throw Py.valueError("incomplete format");
            }
            char conv = template.charAt(i);
            if (conv == '%') {
                out.append('%');
                continue;
            }
            Object v;
            if (mapped != null) {
                v = mapped;
            } else {
                if (next >= values.size()) {
                    throw Py.typeError("not enough arguments for format string");
                }
                v = values.get(next++);
            }
            String f = flags.toString();
            String align = f.indexOf('-') >= 0 ? "<" : "";
            String sign = f.indexOf('+') >= 0 ? "+" : f.indexOf(' ') >= 0 ? " " : "";
            String zero = f.indexOf('0') >= 0 && align.isEmpty() ? "0" : "";
            String alt = f.indexOf('#') >= 0 ? "#" : "";
            switch (conv) {
                case 's':
                case 'r':
                case 'a': {
                    String s = conv == 's' ? Py.str(v) : Py.repr(v);
                    String spec = (align.isEmpty() ? ">" : align) + width + precision;
                    out.append(formatString(s, parse(spec)));
                    break;
                }
                case 'd':
                case 'i':
                case 'u':
                case 'x':
                case 'X':
                case 'o': {
                    if (!Py.isNumber(v)) {
                        throw Py.typeError("%" + conv + " format: a" + (conv == 'x' || conv == 'X' || conv == 'o'
                                ? "n integer" : " real number") + " is required, not " + Py.typeName(v));
                    }
                    Object iv = v instanceof Double ? Ints.fromDouble((Double) v) : v;
                    char t = conv == 'i' || conv == 'u' ? 'd' : conv;
                    out.append(format(iv, align + sign + alt + zero + width + t));
                    break;
                }
                case 'e':
                case 'E':
                case 'f':
                case 'F':
                case 'g':
                case 'G': {
                    if (!Py.isNumber(v)) {
                        throw Py.typeError("must be real number, not " + Py.typeName(v));
                    }
                    out.append(formatFloat(Py.toDouble(v), parse(align + sign + alt + zero + width
                            + (precision.isEmpty() ? ".6" : precision) + conv), "float"));
                    break;
                }
                case 'c': {
                    String s = v instanceof String ? (String) v : new String(Character.toChars(Py.toInt(v)));
                    out.append(formatString(s, parse((align.isEmpty() ? ">" : align) + width)));
                    break;
                }
                default:
                    throw Py.valueError("unsupported format character '" + conv + "' (0x"
                            + Integer.toHexString(conv) + ") at index " + (i));
            }
            if (start < 0) {
                break;
            }
        }
        if (mapping == null && next < values.size()) {
            throw Py.typeError("not all arguments converted during string formatting");
        }
        return out.toString();
    }
}
