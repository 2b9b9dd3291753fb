package seqplay.lang.runtime;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Python's str semantics on Java strings: code-point indexing, repr quoting, {@code +}, {@code *}, {@code %}. */
final class Strings {
    private Strings() {
    }

    /** {@code repr(s)}: single quotes unless the text has a single quote and no double quote. */
    static String repr(String s) {
        return seqplay.format.PyStrings.repr(s);
    }

    private static String hex(int v, int digits) {
        String h = Integer.toHexString(v);
        StringBuilder sb = new StringBuilder();
        for (int i = h.length(); i < digits; i++) {
            sb.append('0');
        }
        return sb.append(h).toString();
    }

    /** Python's str.isprintable for one code point (Unicode categories Cc Cf Cs Co Cn Zl Zp Zs are not). */
    static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        int t = Character.getType(cp);
        return t != Character.CONTROL && t != Character.FORMAT && t != Character.SURROGATE
                && t != Character.PRIVATE_USE && t != Character.UNASSIGNED && t != Character.LINE_SEPARATOR
                && t != Character.PARAGRAPH_SEPARATOR && t != Character.SPACE_SEPARATOR;
    }

    private static boolean simple(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The code points of {@code s} as one-character strings. */
    static List<String> chars(String s) {
        List<String> out = new ArrayList<>(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            out.add(s.substring(i, i + n));
            i += n;
        }
        return out;
    }

    static int length(String s) {
        return simple(s) ? s.length() : s.codePointCount(0, s.length());
    }

    static Iterator<Object> iterator(String s) {
        List<Object> out = new ArrayList<>(chars(s));
        return out.iterator();
    }

    static Object getItem(String s, Object key) {
        List<String> cs = simple(s) ? null : chars(s);
        int n = cs == null ? s.length() : cs.size();
        if (key instanceof PySlice) {
            long[] sl = ((PySlice) key).indices(n);
            if (sl[2] == 1 && cs == null) {
                return sl[3] == 0 ? "" : s.substring((int) sl[0], (int) (sl[0] + sl[3]));
            }
            StringBuilder sb = new StringBuilder();
            for (long k = 0, i = sl[0]; k < sl[3]; k++, i += sl[2]) {
                sb.append(cs == null ? String.valueOf(s.charAt((int) i)) : cs.get((int) i));
            }
            return sb.toString();
        }
        if (!Ints.isInt(key)) {
            throw Py.typeError("string indices must be integers, not '" + Py.typeName(key) + "'");
        }
        long i = Py.indexValue(key, "");
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Py.indexError("string index out of range");
        }
        return cs == null ? String.valueOf(s.charAt((int) i)) : cs.get((int) i);
    }

    static Object binary(Op op, String a, Object b) {
        switch (op) {
            case ADD:
                if (b instanceof String) {
                    return a + b;
                }
                if (b instanceof PyObject) {
                    return Py.NOT_IMPLEMENTED;
                }
                throw Py.typeError("can only concatenate str (not \"" + Py.typeName(b) + "\") to str");
            case MUL:
                if (!Ints.isInt(b)) {
                    if (b instanceof PyObject) {
                        return Py.NOT_IMPLEMENTED;
                    }
                    throw Py.typeError("can't multiply sequence by non-int of type '" + Py.typeName(b) + "'");
                }
                long n = Py.indexValue(b, "");
                if (n <= 0) {
                    return "";
                }
                if (n * a.length() > Py.MAX_ITEMS) {
                    throw new seqplay.errors.PyException("MemoryError", "");
                }
                return a.repeat((int) n);
            case MOD:
                return Formatter.percent(a, b);
            default:
                return Py.NOT_IMPLEMENTED;
        }
    }
}
