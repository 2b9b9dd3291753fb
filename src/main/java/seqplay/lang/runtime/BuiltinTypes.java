package seqplay.lang.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/** The classes of Python's built-in values and their methods ({@code str.split}, {@code list.append}...). */
public final class BuiltinTypes {
    private BuiltinTypes() {
    }

    private static final String B = "builtins";

    public static final PyType TYPE = PyType.builder("type", B).build();
    public static final PyType OBJECT = PyType.builder("object", B).build();
    public static final PyType NONE_TYPE = PyType.builder("NoneType", B).build();
    public static final PyType NOT_IMPLEMENTED_TYPE = PyType.builder("NotImplementedType", B).build();
    public static final PyType ELLIPSIS_TYPE = PyType.builder("ellipsis", B).build();
    public static final PyType FUNCTION = PyType.builder("function", B).build();
    public static final PyType BUILTIN_FUNCTION = PyType.builder("builtin_function_or_method", B).build();
    public static final PyType METHOD = PyType.builder("method", B).build();
    public static final PyType MODULE = PyType.builder("module", B).build();
    public static final PyType SLICE = PyType.builder("slice", B).build();
    public static final PyType ZIP = PyType.builder("zip", B).build();
    public static final PyType ENUMERATE = PyType.builder("enumerate", B).build();
    public static final PyType MAP = PyType.builder("map", B).build();
    public static final PyType FILTER = PyType.builder("filter", B).build();
    public static final PyType REVERSED = PyType.builder("list_reverseiterator", B).build();
    public static final PyType LIST_ITERATOR = PyType.builder("list_iterator", B).build();
    public static final PyType DICT_KEYS = PyType.builder("dict_keys", B).build();
    public static final PyType DICT_VALUES = PyType.builder("dict_values", B).build();
    public static final PyType DICT_ITEMS = PyType.builder("dict_items", B).build();

    public static final PyType INT = PyType.builder("int", B, Object.class)
            .property("real", self -> self instanceof Boolean ? (Object) Ints.small(self) : self)
            .property("imag", self -> 0L)
            .builtinMethod("conjugate", "!int.conjugate(self)", (self, a) -> self instanceof Boolean
                    ? (Object) Ints.small(self) : self)
            .builtinMethod("bit_length", "!int.bit_length(self)", (self, a) -> (long) Ints.big(self).abs().bitLength())
            .builtinMethod("is_integer", "!int.is_integer(self)", (self, a) -> true)
            .build();

    public static final PyType BOOL = PyType.builder("bool", B, Object.class).base(INT).build();

    public static final PyType FLOAT = PyType.builder("float", B, Double.class)
            .property("real", self -> self)
            .property("imag", self -> 0.0)
            .builtinMethod("conjugate", "!float.conjugate(self)", (self, a) -> self)
            .builtinMethod("is_integer", "!float.is_integer(self)",
                    (self, a) -> !Double.isInfinite(self) && self == Math.floor(self))
            .build();

    public static final PyType STR = PyType.builder("str", B, String.class)
            .builtinMethod("upper", "!str.upper(self)", (s, a) -> s.toUpperCase(Locale.ROOT))
            .builtinMethod("lower", "!str.lower(self)", (s, a) -> s.toLowerCase(Locale.ROOT))
            .builtinMethod("title", "!str.title(self)", (s, a) -> title(s))
            .builtinMethod("capitalize", "!str.capitalize(self)", (s, a) -> s.isEmpty() ? s
                    : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1).toLowerCase(Locale.ROOT))
            .builtinMethod("swapcase", "!str.swapcase(self)", (s, a) -> swapcase(s))
            .builtinMethod("strip", "!str.strip(self, chars=None, /)", (s, a) -> strip(s, a[1], true, true))
            .builtinMethod("lstrip", "!str.lstrip(self, chars=None, /)", (s, a) -> strip(s, a[1], true, false))
            .builtinMethod("rstrip", "!str.rstrip(self, chars=None, /)", (s, a) -> strip(s, a[1], false, true))
            .builtinMethod("split", "%str.split(self, sep=None, maxsplit=-1)", (s, a) -> split(s, a[1], a[2]))
            .builtinMethod("rsplit", "%str.rsplit(self, sep=None, maxsplit=-1)", (s, a) -> rsplit(s, a[1], a[2]))
            .builtinMethod("splitlines", "%str.splitlines(self, keepends=False)",
                    (s, a) -> splitlines(s, Py.truthy(a[1])))
            .builtinMethod("join", "!str.join(self, iterable, /)", (s, a) -> join(s, a[1]))
            .builtinMethod("replace", "!str.replace(self, old, new, count=-1, /)",
                    (s, a) -> replace(s, Py.toStr(a[1], "replace() argument 1"),
                            Py.toStr(a[2], "replace() argument 2"), Py.indexValue(a[3], "")))
            .builtinMethod("startswith", "~str.startswith(self, prefix, start=None, end=None, /)",
                    (s, a) -> affix(s, a[1], true, a[2], a[3]))
            .builtinMethod("endswith", "~str.endswith(self, suffix, start=None, end=None, /)",
                    (s, a) -> affix(s, a[1], false, a[2], a[3]))
            .builtinMethod("find", "~str.find(self, sub, start=None, end=None, /)",
                    (s, a) -> (long) find(s, a[1], a[2], a[3], false))
            .builtinMethod("rfind", "~str.rfind(self, sub, start=None, end=None, /)",
                    (s, a) -> (long) find(s, a[1], a[2], a[3], true))
            .builtinMethod("index", "~str.index(self, sub, start=None, end=None, /)",
                    (s, a) -> found(find(s, a[1], a[2], a[3], false)))
            .builtinMethod("rindex", "~str.rindex(self, sub, start=None, end=None, /)",
                    (s, a) -> found(find(s, a[1], a[2], a[3], true)))
            .builtinMethod("count", "~str.count(self, sub, start=None, end=None, /)",
                    (s, a) -> count(s, a[1], a[2], a[3]))
            .builtinMethod("partition", "!str.partition(self, sep, /)", (s, a) -> partition(s, a[1], false))
            .builtinMethod("rpartition", "!str.rpartition(self, sep, /)", (s, a) -> partition(s, a[1], true))
            .builtinMethod("removeprefix", "!str.removeprefix(self, prefix, /)", (s, a) -> {
                String p = Py.toStr(a[1], "removeprefix() argument");
                return s.startsWith(p) ? s.substring(p.length()) : s;
            })
            .builtinMethod("removesuffix", "!str.removesuffix(self, suffix, /)", (s, a) -> {
                String p = Py.toStr(a[1], "removesuffix() argument");
                return s.endsWith(p) && !p.isEmpty() ? s.substring(0, s.length() - p.length()) : s;
            })
            .builtinMethod("center", "!str.center(self, width, fillchar=' ', /)", (s, a) -> justify(s, a, '^'))
            .builtinMethod("ljust", "!str.ljust(self, width, fillchar=' ', /)", (s, a) -> justify(s, a, '<'))
            .builtinMethod("rjust", "!str.rjust(self, width, fillchar=' ', /)", (s, a) -> justify(s, a, '>'))
            .builtinMethod("zfill", "!str.zfill(self, width, /)", (s, a) -> zfill(s, Py.indexValue(a[1], "")))
            .builtinMethod("isdigit", "!str.isdigit(self)", (s, a) -> all(s, Character::isDigit))
            .builtinMethod("isnumeric", "!str.isnumeric(self)", (s, a) -> all(s, Character::isDigit))
            .builtinMethod("isdecimal", "!str.isdecimal(self)", (s, a) -> all(s, Character::isDigit))
            .builtinMethod("isalpha", "!str.isalpha(self)", (s, a) -> all(s, Character::isLetter))
            .builtinMethod("isalnum", "!str.isalnum(self)", (s, a) -> all(s, Character::isLetterOrDigit))
            .builtinMethod("isspace", "!str.isspace(self)", (s, a) -> all(s, Character::isWhitespace))
            .builtinMethod("isupper", "!str.isupper(self)",
                    (s, a) -> !s.equals(s.toLowerCase(Locale.ROOT)) && s.equals(s.toUpperCase(Locale.ROOT)))
            .builtinMethod("islower", "!str.islower(self)",
                    (s, a) -> !s.equals(s.toUpperCase(Locale.ROOT)) && s.equals(s.toLowerCase(Locale.ROOT)))
            .builtinMethod("format", "str.format(self, *args, **kwargs)",
                    (s, a) -> StrFormat.format(s, (PyTuple) a[1], (PyDict) a[2]))
            .build();

    public static final PyType LIST = PyType.builder("list", B, PyList.class)
            .builtinMethod("append", "!list.append(self, object, /)", (l, a) -> {
                l.append(a[1]);
                return Py.NONE;
            })
            .builtinMethod("extend", "!list.extend(self, iterable, /)", (l, a) -> {
                l.items().addAll(Py.toList(a[1]));
                return Py.NONE;
            })
            .builtinMethod("insert", "!list.insert(self, index, object, /)", (l, a) -> {
                long i = Py.indexValue(a[1], "");
                int n = l.size();
                if (i < 0) {
                    i = Math.max(0, i + n);
                }
                l.items().add((int) Math.min(i, n), a[2]);
                return Py.NONE;
            })
            .builtinMethod("pop", "!list.pop(self, index=-1, /)", (l, a) -> {
                if (l.size() == 0) {
                    throw Py.indexError("pop from empty list");
                }
                long i = Py.indexValue(a[1], "");
                if (i < 0) {
                    i += l.size();
                }
                if (i < 0 || i >= l.size()) {
                    throw Py.indexError("pop index out of range");
                }
                return l.items().remove((int) i);
            })
            .builtinMethod("remove", "!list.remove(self, value, /)", (l, a) -> {
                for (int i = 0; i < l.size(); i++) {
                    if (Py.sameOrEqual(l.get(i), a[1])) {
                        l.items().remove(i);
                        return Py.NONE;
                    }
                }
                throw Py.valueError("list.remove(x): x not in list");
            })
            .builtinMethod("index", "!list.index(self, value, start=0, stop=9223372036854775807, /)",
                    (l, a) -> index(l, a[1], a[2], a[3]))
            .builtinMethod("count", "!list.count(self, value, /)", (l, a) -> count(l, a[1]))
            .builtinMethod("sort", "%list.sort(self, *, key=None, reverse=False)", (l, a) -> {
                Sorting.sort(l.items(), a[1], Py.truthy(a[2]));
                return Py.NONE;
            })
            .builtinMethod("reverse", "!list.reverse(self)", (l, a) -> {
                Collections.reverse(l.items());
                return Py.NONE;
            })
            .builtinMethod("copy", "!list.copy(self)", (l, a) -> new PyList(l.items()))
            .builtinMethod("clear", "!list.clear(self)", (l, a) -> {
                l.items().clear();
                return Py.NONE;
            })
            .build();

    public static final PyType TUPLE = PyType.builder("tuple", B, PyTuple.class)
            .builtinMethod("index", "!tuple.index(self, value, start=0, stop=9223372036854775807, /)",
                    (t, a) -> index(t, a[1], a[2], a[3]))
            .builtinMethod("count", "!tuple.count(self, value, /)", (t, a) -> count(t, a[1]))
            .build();

    public static final PyType DICT = PyType.builder("dict", B, PyDict.class)
            .builtinMethod("keys", "!dict.keys(self)", (d, a) -> new DictView(DICT_KEYS, d))
            .builtinMethod("values", "!dict.values(self)", (d, a) -> new DictView(DICT_VALUES, d))
            .builtinMethod("items", "!dict.items(self)", (d, a) -> new DictView(DICT_ITEMS, d))
            .builtinMethod("get", "!dict.get(self, key, default=None, /)", (d, a) -> {
                Object v = d.get(a[1]);
                return v == null ? a[2] : v;
            })
            .builtinMethod("pop", "!dict.pop(self, key, default=..., /)", (d, a) -> {
                Object v = d.remove(a[1]);
                if (v == null) {
                    if (a[2] == Py.ELLIPSIS) {
                        throw Py.keyError(a[1]);
                    }
                    return a[2];
                }
                return v;
            })
            .builtinMethod("setdefault", "!dict.setdefault(self, key, default=None, /)", (d, a) -> {
                Object v = d.get(a[1]);
                if (v == null) {
                    d.put(a[1], a[2]);
                    return a[2];
                }
                return v;
            })
            .builtinMethod("update", "dict.update(self, other=(), **kwargs)", (d, a) -> {
                update(d, a[1]);
                for (java.util.Map.Entry<String, Object> e : Py.kwargs(a[2]).entrySet()) {
                    d.put(e.getKey(), e.getValue());
                }
                return Py.NONE;
            })
            .builtinMethod("copy", "!dict.copy(self)", (d, a) -> {
                PyDict out = new PyDict();
                update(out, d);
                return out;
            })
            .builtinMethod("clear", "!dict.clear(self)", (d, a) -> {
                d.clear();
                return Py.NONE;
            })
            .build();

    public static final PyType SET = PyType.builder("set", B, PySet.class)
            .builtinMethod("add", "!set.add(self, object, /)", (s, a) -> {
                s.add(a[1]);
                return Py.NONE;
            })
            .builtinMethod("discard", "!set.discard(self, object, /)", (s, a) -> {
                s.discard(a[1]);
                return Py.NONE;
            })
            .builtinMethod("remove", "!set.remove(self, object, /)", (s, a) -> {
                if (!s.discard(a[1])) {
                    throw Py.keyError(a[1]);
                }
                return Py.NONE;
            })
            .builtinMethod("update", "set.update(self, *others)", (s, a) -> {
                for (Object other : ((PyTuple) a[1]).items()) {
                    for (Object x : Py.toList(other)) {
                        s.add(x);
                    }
                }
                return Py.NONE;
            })
            .builtinMethod("union", "set.union(self, *others)", (s, a) -> {
                PySet out = PySet.of(s);
                for (Object other : ((PyTuple) a[1]).items()) {
                    for (Object x : Py.toList(other)) {
                        out.add(x);
                    }
                }
                return out;
            })
            .builtinMethod("intersection", "!set.intersection(self, other, /)",
                    (s, a) -> s.binaryOp(Op.AND, PySet.of(a[1]), false))
            .builtinMethod("difference", "!set.difference(self, other, /)",
                    (s, a) -> s.binaryOp(Op.SUB, PySet.of(a[1]), false))
            .builtinMethod("issubset", "!set.issubset(self, other, /)",
                    (s, a) -> s.binaryOp(Op.LE, PySet.of(a[1]), false))
            .builtinMethod("copy", "!set.copy(self)", (s, a) -> PySet.of(s))
            .build();

    public static final PyType RANGE = PyType.builder("range", B, PyRange.class)
            .property("start", r -> r.start())
            .property("stop", r -> r.stop())
            .property("step", r -> r.step())
            .builtinMethod("index", "!range.index(self, value, /)", (r, a) -> {
                List<Object> items = Py.toList(r);
                for (int i = 0; i < items.size(); i++) {
                    if (Py.sameOrEqual(items.get(i), a[1])) {
                        return (long) i;
                    }
                }
                throw Py.valueError(Py.repr(a[1]) + " is not in range");
            })
            .builtinMethod("count", "!range.count(self, value, /)", (r, a) -> r.contains(a[1]) ? 1L : 0L)
            .build();

    // ---- helpers ------------------------------------------------------------------------------------------

    private interface CharTest {
        boolean test(int cp);
    }

    private static boolean all(String s, CharTest t) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!t.test(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean prevCased = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(prevCased ? Character.toLowerCase(c) : Character.toUpperCase(c));
            prevCased = Character.isLetter(c);
        }
        return sb.toString();
    }

    private static String swapcase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
        }
        return sb.toString();
    }

    private static boolean isPySpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000b' || c == '\f'
                || c == '\u001c' || c == '\u001d' || c == '\u001e' || c == '\u001f' || c == '\u0085'
                || Character.isSpaceChar(c);
    }

    private static String strip(String s, Object chars, boolean left, boolean right) {
        String set = chars == Py.NONE ? null : Py.toStr(chars, "strip arg");
        int a = 0;
        int b = s.length();
        while (left && a < b && (set == null ? isPySpace(s.charAt(a)) : set.indexOf(s.charAt(a)) >= 0)) {
            a++;
        }
        while (right && b > a && (set == null ? isPySpace(s.charAt(b - 1)) : set.indexOf(s.charAt(b - 1)) >= 0)) {
            b--;
        }
        return s.substring(a, b);
    }

    private static PyList split(String s, Object sepArg, Object maxArg) {
        long max = Py.indexValue(maxArg, "");
        PyList out = new PyList();
        if (sepArg == Py.NONE) {
            int i = 0;
            int n = s.length();
            while (true) {
                while (i < n && isPySpace(s.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                if (max >= 0 && out.size() >= max) {
                    out.append(s.substring(i)); // the rest keeps its trailing whitespace, as in CPython
                    break;
                }
                int j = i;
                while (j < n && !isPySpace(s.charAt(j))) {
                    j++;
                }
                out.append(s.substring(i, j));
                i = j;
            }
            return out;
        }
        if (!(sepArg instanceof String)) {
            throw Py.typeError("must be str or None, not " + Py.typeName(sepArg));
        }
        String sep = (String) sepArg;
        if (sep.isEmpty()) {
            throw Py.valueError("empty separator");
        }
        int i = 0;
        while (true) {
            int j = s.indexOf(sep, i);
            if (j < 0 || (max >= 0 && out.size() >= max)) {
                out.append(s.substring(i));
                return out;
            }
            out.append(s.substring(i, j));
            i = j + sep.length();
        }
    }

    private static PyList splitlines(String s, boolean keepends) {
        PyList out = new PyList();
        int start = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                int end = i;
                i++;
                if (c == '\r' && i < s.length() && s.charAt(i) == '\n') {
                    i++;
                }
                out.append(s.substring(start, keepends ? i : end));
                start = i;
            } else {
                i++;
            }
        }
        if (start < s.length()) {
            out.append(s.substring(start));
        }
        return out;
    }

    private static String join(String sep, Object iterable) {
        List<Object> items = Py.toList(iterable, "can only join an iterable");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            Object x = items.get(i);
            if (!(x instanceof String)) {
                throw Py.typeError("sequence item " + i + ": expected str instance, " + Py.typeName(x) + " found");
            }
            if (i > 0) {
                sb.append(sep);
            }
            sb.append((String) x);
        }
        return sb.toString();
    }

    private static String replace(String s, String old, String with, long count) {
        if (count < 0) {
            if (old.isEmpty()) {
                StringBuilder sb = new StringBuilder(with);
                for (String c : Strings.chars(s)) {
                    sb.append(c).append(with);
                }
                return sb.toString();
            }
            return s.replace(old, with);
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        long done = 0;
        while (done < count && !old.isEmpty()) {
            int j = s.indexOf(old, i);
            if (j < 0) {
                break;
            }
            sb.append(s, i, j).append(with);
            i = j + old.length();
            done++;
        }
        return sb.append(s.substring(i)).toString();
    }

    /**
     * The code-unit range of {@code s[start:end]} for the str methods taking optional {@code start}/{@code end}
     * (slice rules: negative counts from the end, None is open), or null when {@code start} is past the end, where
     * those methods find nothing (not even the empty string).
     */
    private static int[] range(String s, Object start, Object end) {
        int n = Strings.length(s);
        long a = start == Py.NONE ? 0 : sliceIndex(start);
        long b = end == Py.NONE ? n : sliceIndex(end);
        if (b > n) {
            b = n;
        } else if (b < 0) {
            b = Math.max(0, b + n);
        }
        if (a < 0) {
            a = Math.max(0, a + n);
        }
        if (a > n) {
            return null;
        }
        return new int[] {offset(s, (int) a), offset(s, (int) Math.max(a, b))};
    }

    private static long sliceIndex(Object o) {
        if (o instanceof java.math.BigInteger) {
            return ((java.math.BigInteger) o).signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
        }
        return Py.indexValue(o, "slice indices must be integers or None or have an __index__ method");
    }

    /** The code-unit offset of code point {@code cp} (strings with characters beyond the BMP). */
    private static int offset(String s, int cp) {
        int i = 0;
        for (int k = 0; k < cp && i < s.length(); k++) {
            i += Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length() ? 2 : 1;
        }
        return i;
    }

    /** {@code str.find}/{@code rfind}: the code-point index of {@code sub} in {@code s[start:end]}, or -1. */
    private static int find(String s, Object subArg, Object start, Object end, boolean last) {
        String sub = Py.toStr(subArg, "");
        int[] r = range(s, start, end);
        if (r == null) {
            return -1;
        }
        int i = last ? s.lastIndexOf(sub, r[1] - sub.length()) : s.indexOf(sub, r[0]);
        if (i < r[0] || i + sub.length() > r[1]) {
            return -1;
        }
        return codePointIndex(s, i);
    }

    private static long found(int index) {
        if (index < 0) {
            throw Py.valueError("substring not found");
        }
        return index;
    }

    private static boolean affix(String s, Object arg, boolean prefix, Object start, Object end) {
        String name = prefix ? "startswith" : "endswith";
        List<Object> candidates;
        if (arg instanceof PyTuple) {
            candidates = ((PyTuple) arg).items();
            for (Object o : candidates) {
                if (!(o instanceof String)) {
                    throw Py.typeError("tuple for " + name + " must only contain str, not " + Py.typeName(o));
                }
            }
        } else if (arg instanceof String) {
            candidates = List.of(arg);
        } else {
            throw Py.typeError(name + " first arg must be str or a tuple of str, not " + Py.typeName(arg));
        }
        int[] r = range(s, start, end);
        if (r == null) {
            return false;
        }
        String part = s.substring(r[0], r[1]);
        for (Object o : candidates) {
            if (prefix ? part.startsWith((String) o) : part.endsWith((String) o)) {
                return true;
            }
        }
        return false;
    }

    private static int codePointIndex(String s, int charIndex) {
        return charIndex < 0 ? -1 : s.codePointCount(0, charIndex);
    }

    private static long count(String s, Object subArg, Object start, Object end) {
        String sub = Py.toStr(subArg, "");
        int[] r = range(s, start, end);
        if (r == null) {
            return 0;
        }
        if (sub.isEmpty()) {
            return Strings.length(s.substring(r[0], r[1])) + 1;
        }
        long n = 0;
        int i = r[0];
        while ((i = s.indexOf(sub, i)) >= 0 && i + sub.length() <= r[1]) {
            n++;
            i += sub.length();
        }
        return n;
    }

    /** {@code str.partition}/{@code rpartition}: (before, sep, after) around the first (last) {@code sep}. */
    private static PyTuple partition(String s, Object sepArg, boolean last) {
        String sep = Py.toStr(sepArg, "");
        if (sep.isEmpty()) {
            throw Py.valueError("empty separator");
        }
        int i = last ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (i < 0) {
            return last ? PyTuple.of("", "", s) : PyTuple.of(s, "", "");
        }
        return PyTuple.of(s.substring(0, i), sep, s.substring(i + sep.length()));
    }

    /** {@code str.rsplit}: {@code split} from the right, which differs only when {@code maxsplit} stops it. */
    private static PyList rsplit(String s, Object sepArg, Object maxArg) {
        long max = Py.indexValue(maxArg, "");
        if (max < 0) {
            return split(s, sepArg, maxArg);
        }
        List<Object> out = new ArrayList<>();
        if (sepArg == Py.NONE) {
            int j = s.length();
            while (true) {
                while (j > 0 && isPySpace(s.charAt(j - 1))) {
                    j--;
                }
                if (j == 0) {
                    break;
                }
                if (out.size() >= max) {
                    out.add(s.substring(0, j)); // the rest keeps its leading whitespace, as in CPython
                    break;
                }
                int i = j;
                while (i > 0 && !isPySpace(s.charAt(i - 1))) {
                    i--;
                }
                out.add(s.substring(i, j));
                j = i;
            }
        } else {
            if (!(sepArg instanceof String)) {
                throw Py.typeError("must be str or None, not " + Py.typeName(sepArg));
            }
            String sep = (String) sepArg;
            if (sep.isEmpty()) {
                throw Py.valueError("empty separator");
            }
            int j = s.length();
            while (true) {
                int i = out.size() < max ? s.lastIndexOf(sep, j - sep.length()) : -1;
                if (i < 0) {
                    out.add(s.substring(0, j));
                    break;
                }
                out.add(s.substring(i + sep.length(), j));
                j = i;
            }
        }
        Collections.reverse(out);
        return new PyList(out);
    }

    private static String justify(String s, Object[] a, char align) {
        long width = Py.indexValue(a[1], "");
        String fill = Py.toStr(a[2], "fillchar");
        if (Strings.length(fill) != 1) {
            throw Py.typeError("The fill character must be exactly one character long");
        }
        int len = Strings.length(s);
        if (width <= len) {
            return s;
        }
        int total = (int) (width - len);
        int left = align == '<' ? 0 : align == '>' ? total : total / 2 + (total & (int) width & 1);
        return fill.repeat(left) + s + fill.repeat(total - left);
    }

    private static String zfill(String s, long width) {
        int len = Strings.length(s);
        if (width <= len) {
            return s;
        }
        String zeros = "0".repeat((int) (width - len));
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            return s.charAt(0) + zeros + s.substring(1);
        }
        return zeros + s;
    }

    private static long index(PySequence seq, Object value, Object startArg, Object stopArg) {
        String message = "slice indices must be integers or have an __index__ method";
        int n = seq.size();
        long start = startArg instanceof java.math.BigInteger ? (((java.math.BigInteger) startArg).signum() < 0 ? 0 : n)
                : Py.indexValue(startArg, message);
        long stop = stopArg instanceof java.math.BigInteger ? (((java.math.BigInteger) stopArg).signum() < 0 ? 0 : n)
                : Py.indexValue(stopArg, message);
        if (start < 0) {
            start = Math.max(0, start + n);
        }
        if (stop < 0) {
            stop = Math.max(0, stop + n);
        }
        for (int i = (int) Math.min(start, n); i < Math.min(stop, n); i++) {
            if (Py.sameOrEqual(seq.get(i), value)) {
                return i;
            }
        }
        if (seq instanceof PyTuple) {
            throw Py.valueError("tuple.index(x): x not in tuple");
        }
        throw Py.valueError(Py.repr(value) + " is not in list");
    }

    private static long count(PySequence seq, Object value) {
        long n = 0;
        for (Object x : seq.items()) {
            if (Py.sameOrEqual(x, value)) {
                n++;
            }
        }
        return n;
    }

    /** {@code dict.update(other)}: another dict, or an iterable of key/value pairs. */
    static void update(PyDict d, Object other) {
        if (other instanceof PyDict) {
            PyDict o = (PyDict) other;
            for (Object k : o.keys()) {
                d.put(k, o.get(k));
            }
            return;
        }
        int i = 0;
        for (Object pair : Py.toList(other)) {
            List<Object> kv;
            try {
                kv = Py.toList(pair);
            } catch (seqplay.errors.PyException e) {
                throw Py.typeError("cannot convert dictionary update sequence element #" + i + " to a sequence");
            }
            if (kv.size() != 2) {
                throw Py.valueError("dictionary update sequence element #" + i + " has length " + kv.size()
                        + "; 2 is required");
            }
            d.put(kv.get(0), kv.get(1));
            i++;
        }
    }

    /** {@code d.keys()}, {@code d.values()}, {@code d.items()}: live views printed as {@code dict_keys([...])}. */
    static final class DictView implements PyObject {
        private final PyType type;
        private final PyDict dict;

        DictView(PyType type, PyDict dict) {
            this.type = type;
            this.dict = dict;
        }

        @Override
        public PyType type() {
            return type;
        }

        private List<Object> items() {
            if (type == DICT_KEYS) {
                return dict.keys();
            }
            if (type == DICT_VALUES) {
                return dict.values();
            }
            List<Object> out = new ArrayList<>();
            for (Object k : dict.keys()) {
                out.add(PyTuple.of(k, dict.get(k)));
            }
            return out;
        }

        @Override
        public Iterator<Object> iterator() {
            return SizeGuard.over(items(), dict, "dictionary changed size during iteration");
        }

        @Override
        public int length() {
            return dict.size();
        }

        @Override
        public boolean truthy() {
            return dict.size() > 0;
        }

        @Override
        public boolean contains(Object item) {
            if (type == DICT_KEYS) {
                return dict.containsKey(item);
            }
            return PyObject.super.contains(item);
        }

        @Override
        public String repr() {
            return type.name() + "(" + new PyList(items()).repr() + ")";
        }
    }
}
