package seqplay.lang.runtime;

/** {@code str.format}: replacement fields {@code {}}, {@code {0}}, {@code {name}}, {@code {x.attr}}, {@code {x[0]}}. */
final class StrFormat {
    private StrFormat() {
    }

    static String format(String template, PyTuple args, PyDict kwargs) {
        int[] auto = {0};
        return render(template, args, kwargs, auto, 0);
    }

    private static String render(String t, PyTuple args, PyDict kwargs, int[] auto, int depth) {
        if (depth > 2) {
            throw Py.valueError("Max string recursion exceeded");
        }
        StringBuilder out = new StringBuilder();
        int n = t.length();
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (c == '}') {
                if (i + 1 < n && t.charAt(i + 1) == '}') {
                    out.append('}');
                    i++;
                    continue;
                }
                throw Py.valueError("Single '}' encountered in format string");
            }
            if (c != '{') {
                out.append(c);
                continue;
            }
            if (i + 1 < n && t.charAt(i + 1) == '{') {
                out.append('{');
                i++;
                continue;
            }
            int level = 1;
            int j = i + 1;
            while (j < n && level > 0) {
                char d = t.charAt(j);
                if (d == '{') {
                    level++;
                } else if (d == '}') {
                    level--;
                }
                j++;
            }
            if (level > 0) {
                throw Py.valueError("expected '}' before end of string");
            }
            String field = t.substring(i + 1, j - 1);
            i = j - 1;
            String spec = "";
            char conversion = 0;
            int colon = indexOutsideBrackets(field, ':');
            if (colon >= 0) {
                spec = field.substring(colon + 1);
                field = field.substring(0, colon);
            }
            int bang = indexOutsideBrackets(field, '!');
            if (bang >= 0) {
                String conv = field.substring(bang + 1);
                if (conv.length() != 1 || "rsa".indexOf(conv.charAt(0)) < 0) {
                    throw Py.valueError(conv.isEmpty() ? "end of string while looking for conversion specifier"
                            : "Unknown conversion specifier " + conv);
                }
                conversion = conv.charAt(0);
                field = field.substring(0, bang);
            }
            Object value = lookup(field, args, kwargs, auto);
            if (conversion == 'r' || conversion == 'a') {
                value = Py.repr(value);
            } else if (conversion == 's') {
                value = Py.str(value);
            }
            if (spec.indexOf('{') >= 0) {
                spec = render(spec, args, kwargs, auto, depth + 1);
            }
            out.append(Py.format(value, spec));
        }
        return out.toString();
    }

    private static int indexOutsideBrackets(String s, char target) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == target && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static Object lookup(String field, PyTuple args, PyDict kwargs, int[] auto) {
        int end = 0;
        while (end < field.length() && field.charAt(end) != '.' && field.charAt(end) != '[') {
            end++;
        }
        String head = field.substring(0, end);
        Object value;
        if (head.isEmpty()) {
            if (auto[0] < 0) {
                throw Py.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            value = positional(args, auto[0]++);
        } else if (head.chars().allMatch(Character::isDigit)) {
            if (auto[0] > 0) {
                throw Py.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            auto[0] = -1;
            value = positional(args, Integer.parseInt(head));
        } else {
            value = kwargs.get(head);
            if (value == null) {
                throw Py.keyError(head);
            }
        }
        int i = end;
        while (i < field.length()) {
            if (field.charAt(i) == '.') {
                int j = i + 1;
                while (j < field.length() && field.charAt(j) != '.' && field.charAt(j) != '[') {
                    j++;
                }
                value = Py.getAttr(value, field.substring(i + 1, j));
                i = j;
            } else {
                int close = field.indexOf(']', i);
                if (close < 0) {
                    throw Py.valueError("Missing ']' in format string");
                }
                String key = field.substring(i + 1, close);
                Object k = !key.isEmpty() && key.chars().allMatch(Character::isDigit) ? (Object) Long.parseLong(key)
                        : key;
                value = Py.getItem(value, k);
                i = close + 1;
            }
        }
        return value;
    }

    private static Object positional(PyTuple args, int index) {
        if (index >= args.size()) {
            throw Py.indexError("Replacement index " + index + " out of range for positional args tuple");
        }
        return args.get(index);
    }
}
