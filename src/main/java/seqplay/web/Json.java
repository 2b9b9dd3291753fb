package seqplay.web;

import seqplay.format.PyFloat;

/**
 * A small JSON writer for the worker protocol: objects and arrays written in order, strings escaped, numbers
 * that are not finite written as {@code null} (JSON has no NaN).
 *
 * <p>Doubles are written with Python's {@code repr} ({@link PyFloat#repr}): the shortest digits that read back as
 * the same double, computed by the project's own code, so a number crosses to the page bit for bit on every
 * target ({@code Double.toString} is not correctly rounded in TeaVM). Values a learner reads are formatted by the
 * interpreter, never by this class. Large number arrays do not go through JSON at all: see
 * {@link EventQueue#array(Json, double[])}.
 *
 * <pre>{@code
 * new Json().beginObject().name("type").value("output").name("text").value("hi\n").endObject().toString()
 * // {"type":"output","text":"hi\n"}
 * }</pre>
 */
public final class Json {
    private final StringBuilder sb = new StringBuilder();
    private boolean needComma;

    public Json beginObject() {
        comma();
        sb.append('{');
        needComma = false;
        return this;
    }

    public Json endObject() {
        sb.append('}');
        needComma = true;
        return this;
    }

    public Json beginArray() {
        comma();
        sb.append('[');
        needComma = false;
        return this;
    }

    public Json endArray() {
        sb.append(']');
        needComma = true;
        return this;
    }

    public Json name(String name) {
        comma();
        string(name);
        sb.append(':');
        needComma = false;
        return this;
    }

    public Json value(String s) {
        comma();
        if (s == null) {
            sb.append("null");
        } else {
            string(s);
        }
        needComma = true;
        return this;
    }

    public Json value(double d) {
        comma();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            // JSON has no nan or inf, and a diverged fit logs them: the glue turns this back into the number.
            sb.append(Double.isNaN(d) ? "{\"$num\":\"NaN\"}" : d > 0 ? "{\"$num\":\"Infinity\"}"
                    : "{\"$num\":\"-Infinity\"}");
        } else if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            sb.append((long) d); // integral values print without ".0", as in JavaScript
            if (d == 0 && 1 / d < 0) {
                sb.setLength(sb.length() - 1);
                sb.append("-0");
            }
        } else {
            sb.append(PyFloat.repr(d)); // "1e-07", "0.1": valid JSON numbers
        }
        needComma = true;
        return this;
    }

    public Json value(int i) {
        comma();
        sb.append(i);
        needComma = true;
        return this;
    }

    public Json value(boolean b) {
        comma();
        sb.append(b);
        needComma = true;
        return this;
    }

    /** Inserts already-encoded JSON (an event another writer built). */
    public Json raw(String json) {
        comma();
        sb.append(json);
        needComma = true;
        return this;
    }

    private void comma() {
        if (needComma) {
            sb.append(',');
        }
    }

    private void string(String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                case '\b': sb.append("\\b"); break;
                case '\f': sb.append("\\f"); break;
                default:
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        String hex = Integer.toHexString(c);
                        sb.append("\\u");
                        for (int k = hex.length(); k < 4; k++) {
                            sb.append('0');
                        }
                        sb.append(hex);
                    } else {
                        sb.append(c);
                    }
            }
        }
        sb.append('"');
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
