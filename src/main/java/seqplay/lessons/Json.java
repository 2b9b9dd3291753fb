package seqplay.lessons;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import seqplay.format.PyFloat;

/**
 * A strict JSON reader (RFC 8259) that remembers where each value starts, so that lesson checks can point at the
 * line and column of a bad value, not only at a syntax error.
 *
 * <p>Values: objects are {@link Obj} (members in file order), arrays {@link Arr}, strings {@link Str}, numbers
 * {@link Num} (a double, correctly rounded, plus the literal text), {@code true}/{@code false} {@link Bool} and
 * {@code null} {@link Null}. Nothing lenient is accepted: no comments, no trailing commas, no single quotes, no
 * duplicate keys, no leading zeros or {@code +}, no raw control characters in strings, no lone surrogate escapes,
 * nothing after the top-level value.
 *
 * <pre>{@code
 * Json.Value v = Json.parse("{\"seed\": 42}", "lesson.json");
 * ((Json.Obj) v).get("seed")          // Num 42 at 1:10
 * Json.parse("{\"a\": 1,}", "x.json") // LessonError  x.json:1:9: expected a string key after ',' but found '}'
 * }</pre>
 */
public final class Json {
    private Json() {
    }

    /** A parsed value and where it starts in its file. */
    public sealed interface Value permits Obj, Arr, Str, Num, Bool, Null {
        int line();

        int column();

        /** {@code object}, {@code array}, {@code string}, {@code number}, {@code boolean} or {@code null}. */
        String kind();
    }

    /** An object; {@link #members} keeps file order, {@link #keyPositions} where each key was written. */
    public record Obj(Map<String, Value> members, Map<String, int[]> keyPositions, int line, int column)
            implements Value {
        public Value get(String key) {
            return members.get(key);
        }

        public String kind() {
            return "object";
        }
    }

    public record Arr(List<Value> items, int line, int column) implements Value {
        public String kind() {
            return "array";
        }
    }

    public record Str(String value, int line, int column) implements Value {
        public String kind() {
            return "string";
        }
    }

    /** A number; {@code text} is the literal as written (tells {@code 3} from {@code 3.0}). */
    public record Num(double value, String text, int line, int column) implements Value {
        public String kind() {
            return "number";
        }

        /** The literal as written; a record's own toString would bring the JDK's double printing into the browser
         * builds. */
        @Override
        public String toString() {
            return "Num[" + text + " at " + line + ":" + column + "]";
        }

        /** Whether it was written as an integer literal (no fraction, no exponent). */
        public boolean isIntegerLiteral() {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '.' || c == 'e' || c == 'E') {
                    return false;
                }
            }
            return true;
        }
    }

    public record Bool(boolean value, int line, int column) implements Value {
        public String kind() {
            return "boolean";
        }
    }

    public record Null(int line, int column) implements Value {
        public String kind() {
            return "null";
        }
    }

    /** Parses a whole document; {@code file} names it in errors. */
    public static Value parse(String text, String file) {
        Reader r = new Reader(text, file);
        if (text.length() > 0 && text.charAt(0) == '\uFEFF') {
            r.pos = 1; // a UTF-8 byte-order mark some editors write
        }
        r.skipSpace();
        if (r.pos >= text.length()) {
            throw r.error("expected a JSON value but the file is empty");
        }
        Value v = r.value(0);
        r.skipSpace();
        if (r.pos < text.length()) {
            throw r.error("unexpected " + r.describeHere() + " after the end of the JSON value");
        }
        return v;
    }

    /** Nesting deeper than this is rejected (a lesson file never needs it; it keeps the reader's stack small). */
    static final int MAX_DEPTH = 64;

    private static final class Reader {
        final String s;
        final String file;
        int pos;
        int line = 1;
        int lineStart;

        Reader(String s, String file) {
            this.s = s;
            this.file = file;
        }

        int col() {
            return pos - lineStart + 1;
        }

        LessonError error(String message) {
            return new LessonError(file, line, col(), message);
        }

        LessonError errorAt(int atLine, int atCol, String message) {
            return new LessonError(file, atLine, atCol, message);
        }

        String describeHere() {
            if (pos >= s.length()) {
                return "end of file";
            }
            return describe(s.charAt(pos));
        }

        static String describe(char c) {
            if (c < 0x20) {
                return "control character U+" + hex4(c);
            }
            return "'" + c + "'";
        }

        void skipSpace() {
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == ' ' || c == '\t' || c == '\r') {
                    pos++;
                } else if (c == '\n') {
                    pos++;
                    line++;
                    lineStart = pos;
                } else if (c == '/' && pos + 1 < s.length() && (s.charAt(pos + 1) == '/' || s.charAt(pos + 1) == '*')) {
                    throw error("comments are not allowed in JSON");
                } else {
                    return;
                }
            }
        }

        Value value(int depth) {
            if (depth > MAX_DEPTH) {
                throw error("nesting deeper than " + MAX_DEPTH + " levels");
            }
            if (pos >= s.length()) {
                throw error("expected a JSON value but found end of file");
            }
            char c = s.charAt(pos);
            int l = line;
            int cl = col();
            switch (c) {
                case '{':
                    return object(depth);
                case '[':
                    return array(depth);
                case '"':
                    return new Str(string(), l, cl);
                case 't':
                    literal("true");
                    return new Bool(true, l, cl);
                case 'f':
                    literal("false");
                    return new Bool(false, l, cl);
                case 'n':
                    literal("null");
                    return new Null(l, cl);
                case '\'':
                    throw error("strings must use double quotes (\"), not single quotes");
                default:
                    if (c == '-' || (c >= '0' && c <= '9')) {
                        return number();
                    }
                    throw error("expected a JSON value but found " + describe(c));
            }
        }

        void literal(String word) {
            if (!s.startsWith(word, pos)) {
                int end = pos;
                while (end < s.length() && Character.isLetterOrDigit(s.charAt(end))) {
                    end++;
                }
                throw error("unknown word '" + s.substring(pos, Math.max(end, pos + 1))
                        + "' (JSON knows true, false and null)");
            }
            pos += word.length();
            if (pos < s.length() && Character.isLetterOrDigit(s.charAt(pos))) {
                throw error("unexpected " + describeHere() + " after '" + word + "'");
            }
        }

        Obj object(int depth) {
            int l = line;
            int cl = col();
            pos++; // {
            Map<String, Value> members = new LinkedHashMap<>();
            Map<String, int[]> keys = new LinkedHashMap<>();
            skipSpace();
            if (pos < s.length() && s.charAt(pos) == '}') {
                pos++;
                return new Obj(members, keys, l, cl);
            }
            while (true) {
                skipSpace();
                if (pos >= s.length() || s.charAt(pos) != '"') {
                    String after = members.isEmpty() ? "'{'" : "','";
                    if (pos < s.length() && s.charAt(pos) == '}') {
                        throw error("trailing comma before '}' is not allowed");
                    }
                    throw error("expected a string key after " + after + " but found " + describeHere());
                }
                int kl = line;
                int kc = col();
                String key = string();
                if (members.containsKey(key)) {
                    throw errorAt(kl, kc, "duplicate key \"" + key + "\"");
                }
                skipSpace();
                if (pos >= s.length() || s.charAt(pos) != ':') {
                    throw error("expected ':' after the key \"" + key + "\" but found " + describeHere());
                }
                pos++;
                skipSpace();
                members.put(key, value(depth + 1));
                keys.put(key, new int[] {kl, kc});
                skipSpace();
                if (pos < s.length() && s.charAt(pos) == ',') {
                    pos++;
                    continue;
                }
                if (pos < s.length() && s.charAt(pos) == '}') {
                    pos++;
                    return new Obj(members, keys, l, cl);
                }
                throw error("expected ',' or '}' after an object member but found " + describeHere());
            }
        }

        Arr array(int depth) {
            int l = line;
            int cl = col();
            pos++; // [
            List<Value> items = new ArrayList<>();
            skipSpace();
            if (pos < s.length() && s.charAt(pos) == ']') {
                pos++;
                return new Arr(items, l, cl);
            }
            while (true) {
                skipSpace();
                if (pos < s.length() && s.charAt(pos) == ']') {
                    throw error("trailing comma before ']' is not allowed");
                }
                items.add(value(depth + 1));
                skipSpace();
                if (pos < s.length() && s.charAt(pos) == ',') {
                    pos++;
                    continue;
                }
                if (pos < s.length() && s.charAt(pos) == ']') {
                    pos++;
                    return new Arr(items, l, cl);
                }
                throw error("expected ',' or ']' after an array item but found " + describeHere());
            }
        }

        String string() {
            int startLine = line;
            int startCol = col();
            pos++; // opening quote
            StringBuilder sb = new StringBuilder();
            while (true) {
                if (pos >= s.length()) {
                    throw errorAt(startLine, startCol, "unterminated string");
                }
                char c = s.charAt(pos);
                if (c == '"') {
                    pos++;
                    return sb.toString();
                }
                if (c == '\n') {
                    throw error("unterminated string (a string cannot span lines; write \\n)");
                }
                if (c < 0x20) {
                    throw error(describe(c) + " inside a string must be escaped");
                }
                if (c == '\\') {
                    escape(sb);
                    continue;
                }
                sb.append(c);
                pos++;
            }
        }

        void escape(StringBuilder sb) {
            int escCol = col();
            pos++; // backslash
            if (pos >= s.length()) {
                throw errorAt(line, escCol, "unterminated string");
            }
            char e = s.charAt(pos++);
            switch (e) {
                case '"': sb.append('"'); return;
                case '\\': sb.append('\\'); return;
                case '/': sb.append('/'); return;
                case 'b': sb.append('\b'); return;
                case 'f': sb.append('\f'); return;
                case 'n': sb.append('\n'); return;
                case 'r': sb.append('\r'); return;
                case 't': sb.append('\t'); return;
                case 'u':
                    break;
                default:
                    throw errorAt(line, escCol, "invalid escape '\\" + e + "' (JSON allows \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)");
            }
            char u = hexEscape(escCol);
            if (Character.isHighSurrogate(u)) {
                int lowCol = col();
                if (pos + 1 < s.length() && s.charAt(pos) == '\\' && s.charAt(pos + 1) == 'u') {
                    pos += 2;
                    char low = hexEscape(lowCol);
                    if (Character.isLowSurrogate(low)) {
                        sb.append(u).append(low);
                        return;
                    }
                }
                throw errorAt(line, escCol, "lone surrogate \\u" + hex4(u) + " (a high surrogate must be followed by a low one)");
            }
            if (Character.isLowSurrogate(u)) {
                throw errorAt(line, escCol, "lone surrogate \\u" + hex4(u));
            }
            sb.append(u);
        }

        char hexEscape(int escCol) {
            if (pos + 4 > s.length()) {
                throw errorAt(line, escCol, "\\u must be followed by four hexadecimal digits");
            }
            int v = 0;
            for (int i = 0; i < 4; i++) {
                int d = Character.digit(s.charAt(pos + i), 16);
                if (d < 0) {
                    throw errorAt(line, escCol, "\\u must be followed by four hexadecimal digits");
                }
                v = v * 16 + d;
            }
            pos += 4;
            return (char) v;
        }

        Num number() {
            int l = line;
            int cl = col();
            int start = pos;
            if (s.charAt(pos) == '-') {
                pos++;
            }
            if (pos >= s.length() || !isDigit(s.charAt(pos))) {
                throw error("expected a digit after '-'");
            }
            if (s.charAt(pos) == '0') {
                pos++;
                if (pos < s.length() && isDigit(s.charAt(pos))) {
                    throw errorAt(l, cl, "numbers cannot have leading zeros");
                }
            } else {
                while (pos < s.length() && isDigit(s.charAt(pos))) {
                    pos++;
                }
            }
            if (pos < s.length() && s.charAt(pos) == '.') {
                pos++;
                if (pos >= s.length() || !isDigit(s.charAt(pos))) {
                    throw error("expected a digit after the decimal point");
                }
                while (pos < s.length() && isDigit(s.charAt(pos))) {
                    pos++;
                }
            }
            if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
                pos++;
                if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                    pos++;
                }
                if (pos >= s.length() || !isDigit(s.charAt(pos))) {
                    throw error("expected a digit in the exponent");
                }
                while (pos < s.length() && isDigit(s.charAt(pos))) {
                    pos++;
                }
            }
            if (pos < s.length() && (Character.isLetter(s.charAt(pos)) || s.charAt(pos) == '.')) {
                throw error("unexpected " + describeHere() + " in a number");
            }
            String text = s.substring(start, pos);
            return new Num(PyFloat.parse(text), text, l, cl);
        }

        static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }
    }

    static String hex4(int c) {
        String h = Integer.toHexString(c).toUpperCase();
        return "0000".substring(h.length()) + h;
    }

    // ---- writing -----------------------------------------------------------------------------------------------

    /**
     * A JSON string literal that is also safe inside a classic {@code <script>} and a JavaScript source: ASCII
     * only ({@code \}{@code uXXXX} for the rest, so the page's encoding cannot matter), {@code <} escaped (no
     * {@code </script>} or {@code <!--} can close the script), U+2028/U+2029 escaped.
     */
    public static String quote(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                default:
                    if (c < 0x20 || c > 0x7e || c == '<' || c == '>' || c == '&') {
                        sb.append("\\u").append(hex4(c).toLowerCase());
                    } else {
                        sb.append(c);
                    }
            }
        }
        return sb.append('"').toString();
    }
}
