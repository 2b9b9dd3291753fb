package seqplay.lang.runtime;

import java.util.ArrayList;
import java.util.List;
import seqplay.format.PyFloat;

/**
 * The parameter list of a Java function exposed to Python, written as Python would write it, and the binding of
 * call arguments to it with CPython's exact TypeError texts.
 *
 * <pre>{@code
 * Signature s = Signature.parse("to_categorical(x, num_classes=None)");
 * Object[] a = s.bind(args);          // a[0] = x, a[1] = num_classes (Py.NONE when not passed)
 * // to_categorical(y, num_class=3)  ->  TypeError: to_categorical() got an unexpected keyword argument 'num_class'
 * }</pre>
 *
 * <p>Supported: positional-or-keyword parameters with or without defaults, {@code /} (positional-only before it),
 * {@code *args}, {@code *} then keyword-only parameters, {@code **kwargs}. Defaults are Python literals: None,
 * True, False, ints, floats, quoted strings, {@code ()}. A method's signature names {@code self} first and is
 * qualified by its class ({@code "Sequential.fit(self, x=None, ...)"}): CPython counts {@code self} in its
 * messages ({@code Sequential.add() takes 2 positional arguments but 3 were given}) and so do we.
 *
 * <p>{@link #bind} returns one slot per parameter in declaration order: {@code *args} as a {@link PyTuple},
 * {@code **kwargs} as a {@link PyDict}, missing optional parameters as their default.
 */
public final class Signature {
    private static final Object REQUIRED = new Object();

    private final String qualname;
    private boolean builtin;
    /** Argument Clinic with keywords ({@code %}), PyArg_ParseTuple ({@code ~}), or 0: see {@link #checkBuiltin}. */
    private char cStyle;
    private final List<String> names = new ArrayList<>();
    private final List<Object> defaults = new ArrayList<>();
    private int positionalOnly;
    private int positional;
    private int varargsIndex = -1;
    private int kwonlyStart;
    private int kwonlyCount;
    private int varkwIndex = -1;

    private Signature(String qualname) {
        this.qualname = qualname;
    }

    /** Parses {@code "name(a, b=1, *args, c, d=None, **kwargs)"}. */
    public static Signature parse(String text) {
        int open = text.indexOf('(');
        int close = text.lastIndexOf(')');
        if (open <= 0 || close < open) {
            throw new IllegalArgumentException("not a signature: " + text);
        }
        char first = text.charAt(0);
        boolean builtin = first == '!' || first == '%' || first == '~';
        Signature s = new Signature(text.substring(builtin ? 1 : 0, open).strip());
        s.builtin = builtin;
        s.cStyle = first == '%' || first == '~' ? first : 0;
        List<String> params = splitParams(text.substring(open + 1, close));
        boolean keywordOnly = false;
        int slashAt = -1;
        for (String raw : params) {
            String p = raw.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (p.equals("/")) {
                slashAt = s.names.size();
            } else if (p.equals("*")) {
                keywordOnly = true;
                s.kwonlyStart = s.names.size();
            } else if (p.startsWith("**")) {
                s.varkwIndex = s.names.size();
                s.names.add(p.substring(2));
                s.defaults.add(REQUIRED);
            } else if (p.startsWith("*")) {
                keywordOnly = true;
                s.varargsIndex = s.names.size();
                s.names.add(p.substring(1));
                s.defaults.add(REQUIRED);
                s.kwonlyStart = s.names.size();
            } else {
                int eq = p.indexOf('=');
                String name = eq < 0 ? p : p.substring(0, eq).strip();
                Object def = eq < 0 ? REQUIRED : literal(p.substring(eq + 1).strip());
                if (keywordOnly) {
                    s.kwonlyCount++;
                } else {
                    s.positional++;
                    if (def == REQUIRED && s.positional > 1 && s.defaults.get(s.positional - 2) != REQUIRED) {
                        throw new IllegalArgumentException("non-default parameter follows default: " + text);
                    }
                }
                s.names.add(name);
                s.defaults.add(def);
            }
        }
        if (!keywordOnly) {
            s.kwonlyStart = s.names.size();
        }
        s.positionalOnly = Math.max(slashAt, 0);
        return s;
    }

    private static List<String> splitParams(String body) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(body.substring(start, i));
                start = i + 1;
            }
        }
        out.add(body.substring(start));
        return out;
    }

    private static Object literal(String text) {
        switch (text) {
            case "None":
                return Py.NONE;
            case "True":
                return Boolean.TRUE;
            case "False":
                return Boolean.FALSE;
            case "()":
                return PyTuple.EMPTY;
            case "...":
                return Py.ELLIPSIS;
            default:
                break;
        }
        if (text.length() >= 2 && (text.charAt(0) == '\'' || text.charAt(0) == '"')) {
            return text.substring(1, text.length() - 1);
        }
        if (isInteger(text)) {
            return Long.parseLong(text);
        }
        return PyFloat.parse(text); // correctly rounded on every target (TeaVM's parseDouble is not)
    }

    /** The qualified name used in messages, e.g. {@code Sequential.fit}. */
    public String qualname() {
        return qualname;
    }

    /** Parameter names in declaration order (including {@code *args} and {@code **kwargs} names). */
    public List<String> names() {
        return List.copyOf(names);
    }

    /** The slot of parameter {@code name} in the array {@link #bind} returns. */
    public int index(String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException(qualname + " has no parameter " + name);
        }
        return i;
    }

    /** Binds call arguments to the parameters, raising CPython's TypeError for every mismatch. */
    public Object[] bind(Args args) {
        Object[] slots = new Object[names.size()];
        int given = args.size();
        if (builtin) {
            checkBuiltin(args);
        }
        int copied = Math.min(given, positional);
        for (int i = 0; i < copied; i++) {
            slots[i] = args.get(i);
        }
        if (varargsIndex >= 0) {
            List<Object> extra = new ArrayList<>();
            for (int i = positional; i < given; i++) {
                extra.add(args.get(i));
            }
            slots[varargsIndex] = new PyTuple(extra);
        }
        PyDict kwargs = varkwIndex >= 0 ? new PyDict() : null;
        List<String> keywordNames = args.keywordNames();
        for (int k = 0; k < keywordNames.size(); k++) {
            String name = keywordNames.get(k);
            Object value = args.keywordValues().get(k);
            int slot = keywordSlot(name);
            if (slot < 0) {
                if (kwargs != null) {
                    kwargs.put(name, value);
                    continue;
                }
                int posOnly = names.indexOf(name);
                if (posOnly >= 0 && posOnly < positionalOnly) {
                    throw Py.typeError(qualname + "() got some positional-only arguments passed as keyword arguments: '"
                            + name + "'");
                }
                throw Py.typeError(qualname + "() got an unexpected keyword argument '" + name + "'");
            }
            if (slots[slot] != null) {
                throw Py.typeError(qualname + "() got multiple values for argument '" + name + "'");
            }
            slots[slot] = value;
        }
        if (given > positional && varargsIndex < 0) {
            throw tooManyPositional(given, slots);
        }
        int firstDefault = positional;
        while (firstDefault > 0 && defaults.get(firstDefault - 1) != REQUIRED) {
            firstDefault--;
        }
        List<String> missing = new ArrayList<>();
        for (int i = given; i < firstDefault; i++) {
            if (slots[i] == null) {
                missing.add("'" + names.get(i) + "'");
            }
        }
        if (!missing.isEmpty()) {
            throw missing("positional", missing);
        }
        for (int i = 0; i < positional; i++) {
            if (slots[i] == null) {
                slots[i] = defaults.get(i);
            }
        }
        for (int i = kwonlyStart; i < kwonlyStart + kwonlyCount; i++) {
            if (slots[i] == null) {
                if (defaults.get(i) == REQUIRED) {
                    missing.add("'" + names.get(i) + "'");
                } else {
                    slots[i] = defaults.get(i);
                }
            }
        }
        if (!missing.isEmpty()) {
            throw missing("keyword-only", missing);
        }
        if (kwargs != null) {
            slots[varkwIndex] = kwargs;
        }
        return slots;
    }

    /**
     * C-implemented builtins word arity errors differently from Python functions
     * ({@code list.append() takes exactly one argument (0 given)}); a signature written with a leading
     * {@code !} ({@code "!list.append(self, object, /)"}) uses those texts; {@code %} gives Argument Clinic's
     * texts for builtins taking keywords ({@code "%round(number, ndigits=None)"}, see
     * {@link #checkClinicKeywords}) and {@code ~} PyArg_ParseTuple's ({@code "~str.find(self, sub, start=None,
     * end=None, /)"}: {@code find() takes at least 1 argument (0 given)}).
     */
    private void checkBuiltin(Args args) {
        int selfOffset = !names.isEmpty() && names.get(0).equals("self") ? 1 : 0;
        int userGiven = args.size() - selfOffset;
        int userPositional = positional - selfOffset;
        int required = 0;
        for (int i = selfOffset; i < positional; i++) {
            if (defaults.get(i) == REQUIRED) {
                required++;
            }
        }
        if (cStyle == '%') {
            checkClinicKeywords(args, selfOffset, userGiven, userPositional);
            return;
        }
        if (cStyle == '~') {
            // PyArg_ParseTuple("O|OO:find"): str.find() takes at least 1 argument (0 given)
            String shortName = qualname.substring(qualname.lastIndexOf('.') + 1);
            if (args.hasKeywords()) {
                throw Py.typeError(qualname + "() takes no keyword arguments");
            }
            if (userGiven < required || userGiven > userPositional) {
                int bound = userGiven < required ? required : userPositional;
                String how = required == userPositional ? "exactly" : userGiven < required ? "at least" : "at most";
                throw Py.typeError(shortName + "() takes " + how + " " + bound + " argument" + (bound == 1 ? "" : "s")
                        + " (" + userGiven + " given)");
            }
            return;
        }
        if (args.hasKeywords() && kwonlyCount == 0 && varkwIndex < 0 && positionalOnly >= positional) {
            throw Py.typeError(qualname + "() takes no keyword arguments");
        }
        if (varargsIndex >= 0) {
            return;
        }
        if (userPositional == 0 && userGiven > 0) {
            throw Py.typeError(qualname + "() takes no arguments (" + userGiven + " given)");
        }
        boolean singleArgument = userPositional == 1 && required == 1;
        if (singleArgument) {
            if (userGiven != 1 && !args.hasKeywords()) {
                throw Py.typeError(qualname + "() takes exactly one argument (" + userGiven + " given)");
            }
            return;
        }
        if (userGiven < required || userGiven > userPositional) {
            // Argument Clinic's wording, with the bare method name: "get expected at least 1 argument, got 0".
            String shortName = qualname.substring(qualname.lastIndexOf('.') + 1);
            String count;
            if (required == userPositional) {
                count = required + " argument" + (required == 1 ? "" : "s");
            } else if (userGiven < required) {
                count = "at least " + required + " argument" + (required == 1 ? "" : "s");
            } else {
                count = "at most " + userPositional + " argument" + (userPositional == 1 ? "" : "s");
            }
            throw Py.typeError(shortName + " expected " + count + ", got " + userGiven);
        }
    }

    /**
     * Argument Clinic's {@code _PyArg_UnpackKeywords} wording (C builtins that take keywords, named without their
     * class): {@code round() takes at most 2 arguments (3 given)}, {@code sort() takes no positional arguments},
     * {@code argument for split() given by name ('sep') and position (1)},
     * {@code round() missing required argument 'number' (pos 1)}, {@code 'x' is an invalid keyword argument for
     * split()}, in CPython's order of checks.
     */
    private void checkClinicKeywords(Args args, int selfOffset, int nargs, int maxpos) {
        String shortName = qualname.substring(qualname.lastIndexOf('.') + 1) + "()";
        List<String> keywordNames = args.keywordNames();
        int nkw = keywordNames.size();
        int maxargs = maxpos + kwonlyCount;
        if (nargs + nkw > maxargs) {
            throw Py.typeError(shortName + " takes at most " + maxargs + " " + (nargs == 0 ? "keyword " : "")
                    + "argument" + (maxargs == 1 ? "" : "s") + " (" + (nargs + nkw) + " given)");
        }
        int minpos = 0;
        while (selfOffset + minpos < positional && defaults.get(selfOffset + minpos) == REQUIRED) {
            minpos++;
        }
        if (nargs > maxpos) {
            if (maxpos == 0) {
                throw Py.typeError(shortName + " takes no positional arguments");
            }
            throw Py.typeError(shortName + " takes " + (minpos < maxpos ? "at most" : "exactly") + " " + maxpos
                    + " positional argument" + (maxpos == 1 ? "" : "s") + " (" + nargs + " given)");
        }
        for (String name : keywordNames) {
            int slot = keywordSlot(name);
            if (slot >= 0 && slot < args.size()) {
                throw Py.typeError("argument for " + shortName + " given by name ('" + name + "') and position ("
                        + (slot - selfOffset + 1) + ")");
            }
        }
        for (int i = selfOffset + nargs; i < selfOffset + minpos; i++) {
            if (!keywordNames.contains(names.get(i)) || i < positionalOnly) {
                throw Py.typeError(shortName + " missing required argument '" + names.get(i) + "' (pos "
                        + (i - selfOffset + 1) + ")");
            }
        }
        for (String name : keywordNames) {
            if (keywordSlot(name) < 0 && varkwIndex < 0) {
                throw Py.typeError("'" + name + "' is an invalid keyword argument for " + shortName);
            }
        }
    }

    private int keywordSlot(String name) {
        for (int i = positionalOnly; i < positional; i++) {
            if (names.get(i).equals(name)) {
                return i;
            }
        }
        for (int i = kwonlyStart; i < kwonlyStart + kwonlyCount; i++) {
            if (names.get(i).equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private RuntimeException tooManyPositional(int given, Object[] slots) {
        int kwonlyGiven = 0;
        for (int i = kwonlyStart; i < kwonlyStart + kwonlyCount; i++) {
            if (slots[i] != null) {
                kwonlyGiven++;
            }
        }
        int defcount = 0;
        for (int i = 0; i < positional; i++) {
            if (defaults.get(i) != REQUIRED) {
                defcount++;
            }
        }
        String sig;
        boolean plural;
        if (defcount > 0) {
            plural = true;
            sig = "from " + (positional - defcount) + " to " + positional;
        } else {
            plural = positional != 1;
            sig = String.valueOf(positional);
        }
        String kwonlySig = "";
        if (kwonlyGiven > 0) {
            kwonlySig = " positional argument" + (given != 1 ? "s" : "") + " (and " + kwonlyGiven
                    + " keyword-only argument" + (kwonlyGiven != 1 ? "s" : "") + ")";
        }
        return Py.typeError(qualname + "() takes " + sig + " positional argument" + (plural ? "s" : "") + " but "
                + given + kwonlySig + " " + (given == 1 && kwonlyGiven == 0 ? "was" : "were") + " given");
    }

    private RuntimeException missing(String kind, List<String> names) {
        int n = names.size();
        String list;
        if (n == 1) {
            list = names.get(0);
        } else if (n == 2) {
            list = names.get(0) + " and " + names.get(1);
        } else {
            list = String.join(", ", names.subList(0, n - 2)) + ", " + names.get(n - 2) + ", and " + names.get(n - 1);
        }
        return Py.typeError(qualname + "() missing " + n + " required " + kind + " argument" + (n == 1 ? "" : "s")
                + ": " + list);
    }

    @Override
    public String toString() {
        return qualname + names;
    }

    /** {@code text.matches("-?[0-9]+")} without java.util.regex in the browser build. */
    private static boolean isInteger(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        if (text.length() == start) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
