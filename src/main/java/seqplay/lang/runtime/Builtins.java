package seqplay.lang.runtime;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import seqplay.errors.PyException;
import seqplay.lang.Context;

/**
 * Python's built-in functions and types for one run: {@code print} writes to the run's output, the rest are
 * pure. Their TypeErrors use CPython 3.12's wording, which differs from function to function (C builtins do not
 * share one argument parser): {@code len() takes exactly one argument (2 given)},
 * {@code range expected at least 1 argument, got 0}.
 */
public final class Builtins {
    private Builtins() {
    }

    private static final Signature ENUMERATE = Signature.parse("%enumerate(iterable, start=0)");
    private static final Signature ROUND = Signature.parse("%round(number, ndigits=None)");
    private static Map<String, Object> shared;

    /** The builtins namespace, in CPython's order (which decides ties between "Did you mean" candidates). */
    public static Map<String, Object> create(Context context) {
        Map<String, Object> b;
        synchronized (Builtins.class) {
            if (shared == null) {
                shared = build();
            }
            b = new LinkedHashMap<>(shared);
        }
        // Only print depends on the run (its output); the rest is shared by all runs.
        b.put("print", new PyFunction("print", true, a -> print(context, a)));
        return b;
    }

    private static Map<String, Object> build() {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("abs", fn("abs", a -> {
            exactlyOne("abs", a);
            Object x = a.get(0);
            if (Py.isNumber(x)) {
                return x instanceof Double ? (Object) Math.abs((Double) x) : Ints.abs(x);
            }
            if (x instanceof PyObject) {
                Object r = ((PyObject) x).unaryOp("abs");
                if (r != Py.NOT_IMPLEMENTED) {
                    return r;
                }
            }
            throw Py.typeError("bad operand type for abs(): '" + Py.typeName(x) + "'");
        }));
        b.put("all", fn("all", a -> {
            exactlyOne("all", a);
            Iterator<Object> it = Py.iterator(a.get(0));
            while (it.hasNext()) {
                if (!Py.truthy(it.next())) {
                    return false;
                }
            }
            return true;
        }));
        b.put("any", fn("any", a -> {
            exactlyOne("any", a);
            Iterator<Object> it = Py.iterator(a.get(0));
            while (it.hasNext()) {
                if (Py.truthy(it.next())) {
                    return true;
                }
            }
            return false;
        }));
        b.put("bin", PyFunction.builtin("!bin(number, /)", a -> radix(a[0], 2, "0b")));
        b.put("callable", fn("callable", a -> {
            exactlyOne("callable", a);
            Object x = a.get(0);
            return x instanceof PyFunction || x instanceof PyMethod || x instanceof PyType
                    || (x instanceof PyObject && !(x instanceof PySequence) && !(x instanceof PyDict)
                    && !(x instanceof PyConstant) && !(x instanceof PyModule) && hasCall((PyObject) x));
        }));
        b.put("chr", fn("chr", a -> {
            exactlyOne("chr", a);
            long v = Py.indexValue(a.get(0), "");
            if (v < 0 || v > 0x10ffff) {
                throw Py.valueError("chr() arg not in range(0x110000)");
            }
            return new String(Character.toChars((int) v));
        }));
        b.put("dir", fn("dir", a -> {
            expected("dir", a, 1, 1);
            Object x = a.get(0);
            List<String> names = x instanceof PyObject ? ((PyObject) x).attributeNames() : Py.typeOf(x).memberNames();
            return new PyList(names);
        }));
        b.put("divmod", fn("divmod", a -> {
            expected("divmod", a, 2, 2);
            Object x = a.get(0);
            Object y = a.get(1);
            if (Py.isNumber(x) && Py.isNumber(y) && (x instanceof Double || y instanceof Double)
                    && Py.toDouble(y) == 0.0) {
                throw Py.zeroDivision("float divmod()"); // CPython's float_divmod names itself
            }
            return PyTuple.of(Py.binary(Op.FLOORDIV, a.get(0), a.get(1)), Py.binary(Op.MOD, a.get(0), a.get(1)));
        }));
        b.put("format", fn("format", a -> {
            expected("format", a, 1, 2);
            String spec = a.size() > 1 ? Py.toStr(a.get(1), "format() argument 2") : "";
            return Py.format(a.get(0), spec);
        }));
        b.put("getattr", fn("getattr", a -> {
            expected("getattr", a, 2, 3);
            String name = attrName(a.get(1));
            if (a.size() == 3) {
                Object o = a.get(0);
                Object v = o instanceof PyObject ? ((PyObject) o).getAttribute(name) : Py.typeOf(o).lookup(o, name);
                return v == null ? a.get(2) : v;
            }
            return Py.getAttr(a.get(0), name);
        }));
        b.put("hasattr", fn("hasattr", a -> {
            expected("hasattr", a, 2, 2);
            Object o = a.get(0);
            String name = attrName(a.get(1));
            return (o instanceof PyObject ? ((PyObject) o).getAttribute(name) : Py.typeOf(o).lookup(o, name)) != null;
        }));
        b.put("hash", fn("hash", a -> {
            exactlyOne("hash", a);
            return Py.hash(a.get(0));
        }));
        b.put("hex", PyFunction.builtin("!hex(number, /)", a -> radix(a[0], 16, "0x")));
        b.put("id", fn("id", a -> {
            exactlyOne("id", a);
            return Long.parseLong(Py.address(a.get(0)).substring(2), 16);
        }));
        b.put("input", fn("input", a -> {
            throw new PyException("NotImplementedError", "input() is not supported in the playground",
                    "lang.input");
        }));
        b.put("isinstance", fn("isinstance", a -> {
            expected("isinstance", a, 2, 2);
            return isInstance(a.get(0), a.get(1));
        }));
        b.put("iter", fn("iter", a -> {
            expected("iter", a, 1, 1);
            Object x = a.get(0);
            if (x instanceof PyIter) {
                return x;
            }
            return new PyIter(BuiltinTypes.LIST_ITERATOR, Py.iterator(x));
        }));
        b.put("len", fn("len", a -> {
            exactlyOne("len", a);
            return (long) Py.len(a.get(0));
        }));
        b.put("max", fn("max", a -> minMax("max", a, Op.GT)));
        b.put("min", fn("min", a -> minMax("min", a, Op.LT)));
        b.put("next", fn("next", a -> {
            expected("next", a, 1, 2);
            Object x = a.get(0);
            if (!(x instanceof Iterator)) {
                throw Py.typeError("'" + Py.typeName(x) + "' object is not an iterator");
            }
            @SuppressWarnings("unchecked")
            Iterator<Object> it = (Iterator<Object>) x;
            if (!it.hasNext()) {
                if (a.size() == 2) {
                    return a.get(1);
                }
                throw new PyException("StopIteration", "");
            }
            return it.next();
        }));
        b.put("oct", PyFunction.builtin("!oct(number, /)", a -> radix(a[0], 8, "0o")));
        b.put("open", fn("open", a -> {
            throw new PyException("NotImplementedError", "open() is not supported in the playground", "lang.open");
        }));
        b.put("ord", fn("ord", a -> {
            exactlyOne("ord", a);
            Object x = a.get(0);
            if (!(x instanceof String)) {
                throw Py.typeError("ord() expected string of length 1, but " + Py.typeName(x) + " found");
            }
            String s = (String) x;
            int n = Strings.length(s);
            if (n != 1) {
                throw Py.typeError("ord() expected a character, but string of length " + n + " found");
            }
            return (long) s.codePointAt(0);
        }));
        b.put("pow", PyFunction.builtin("pow(base, exp, mod=None)", a -> {
            if (a[2] == Py.NONE) {
                return Py.binary(Op.POW, a[0], a[1]);
            }
            if (!Ints.isInt(a[0]) || !Ints.isInt(a[1]) || !Ints.isInt(a[2])) {
                throw Py.typeError("pow() 3rd argument not allowed unless all arguments are integers");
            }
            BigInteger m = Ints.big(a[2]);
            if (m.signum() == 0) {
                throw Py.valueError("pow() 3rd argument cannot be 0");
            }
            BigInteger r = Ints.big(a[0]).modPow(Ints.big(a[1]), m.abs());
            if (m.signum() < 0 && r.signum() != 0) {
                r = r.add(m);
            }
            return Ints.normalize(r);
        }));
        b.put("print", Py.NONE);
        b.put("repr", fn("repr", a -> {
            exactlyOne("repr", a);
            return Py.repr(a.get(0));
        }));
        b.put("round", fn("round", a -> round(a)));
        b.put("setattr", fn("setattr", a -> {
            expected("setattr", a, 3, 3);
            Py.setAttr(a.get(0), attrName(a.get(1)), a.get(2));
            return Py.NONE;
        }));
        b.put("sorted", new PyFunction("sorted", true, a -> {
            expected("sorted", a.positional().size() == 1 ? Args.of(a.get(0)) : a, 1, 1);
            for (String k : a.keywordNames()) {
                if (!k.equals("key") && !k.equals("reverse")) {
                    throw Py.typeError("'" + k + "' is an invalid keyword argument for sort()");
                }
            }
            List<Object> items = Py.toList(a.get(0));
            Object key = a.keyword("key");
            Object reverse = a.keyword("reverse");
            Sorting.sort(items, key == null ? Py.NONE : key, reverse != null && Py.truthy(reverse));
            return new PyList(items);
        }));
        b.put("sum", fn("sum", a -> sum(a)));
        b.put("None", Py.NONE);
        b.put("Ellipsis", Py.ELLIPSIS);
        b.put("NotImplemented", Py.NOT_IMPLEMENTED);
        b.put("False", Boolean.FALSE);
        b.put("True", Boolean.TRUE);
        b.put("bool", typeCall(BuiltinTypes.BOOL, a -> {
            expected("bool", a, 0, 1);
            return a.size() == 0 ? Boolean.FALSE : (Object) Py.truthy(a.get(0));
        }));
        b.put("dict", typeCall(BuiltinTypes.DICT, a -> {
            expected("dict", Args.of(a.positional().toArray()), 0, 1);
            PyDict d = new PyDict();
            if (a.size() == 1) {
                BuiltinTypes.update(d, a.get(0));
            }
            for (int i = 0; i < a.keywordNames().size(); i++) {
                d.put(a.keywordNames().get(i), a.keywordValues().get(i));
            }
            return d;
        }));
        b.put("enumerate", typeCall(BuiltinTypes.ENUMERATE, a -> {
            if (a.size() == 0 && !a.hasKeywords()) {
                throw Py.typeError("enumerate() missing required argument 'iterable'"); // its own vectorcall text
            }
            Object[] v = ENUMERATE.bind(a);
            Iterator<Object> it = Py.iterator(v[0]);
            Object start = v[1];
            if (!Ints.isInt(start)) {
                throw Py.typeError("'" + Py.typeName(start) + "' object cannot be interpreted as an integer");
            }
            return new PyIter(BuiltinTypes.ENUMERATE, new Iterator<>() {
                private Object index = start;

                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public Object next() {
                    Object pair = PyTuple.of(index, it.next());
                    index = Ints.add(index, 1L);
                    return pair;
                }
            });
        }));
        b.put("filter", typeCall(BuiltinTypes.FILTER, a -> {
            expected("filter", a, 2, 2);
            Object f = a.get(0);
            List<Object> out = new ArrayList<>();
            for (Object x : Py.toList(a.get(1))) {
                if (Py.truthy(f == Py.NONE ? x : Py.call(f, Args.of(x)))) {
                    out.add(x);
                }
            }
            return new PyIter(BuiltinTypes.FILTER, out.iterator());
        }));
        b.put("float", typeCall(BuiltinTypes.FLOAT, a -> {
            expected("float", a, 0, 1);
            return a.size() == 0 ? 0.0 : toFloat(a.get(0));
        }));
        b.put("int", typeCall(BuiltinTypes.INT, a -> toInt(a)));
        b.put("list", typeCall(BuiltinTypes.LIST, a -> {
            expected("list", a, 0, 1);
            return a.size() == 0 ? new PyList() : new PyList(Py.toList(a.get(0)));
        }));
        b.put("map", typeCall(BuiltinTypes.MAP, a -> {
            if (a.size() < 2) {
                throw Py.typeError("map() must have at least two arguments.");
            }
            Object f = a.get(0);
            List<Iterator<Object>> its = new ArrayList<>();
            for (int i = 1; i < a.size(); i++) {
                its.add(Py.iterator(a.get(i)));
            }
            return new PyIter(BuiltinTypes.MAP, new Iterator<>() {
                @Override
                public boolean hasNext() {
                    for (Iterator<Object> it : its) {
                        if (!it.hasNext()) {
                            return false;
                        }
                    }
                    return true;
                }

                @Override
                public Object next() {
                    List<Object> args = new ArrayList<>();
                    for (Iterator<Object> it : its) {
                        args.add(it.next());
                    }
                    return Py.call(f, new Args(args, List.of(), List.of()));
                }
            });
        }));
        b.put("object", BuiltinTypes.OBJECT);
        b.put("range", typeCall(BuiltinTypes.RANGE, a -> range(a)));
        b.put("reversed", typeCall(BuiltinTypes.REVERSED, a -> {
            expected("reversed", a, 1, 1);
            Object x = a.get(0);
            if (!(x instanceof PySequence) && !(x instanceof String) && !(x instanceof PyRange)
                    && !(x instanceof PyDict)) {
                throw Py.typeError("'" + Py.typeName(x) + "' object is not reversible");
            }
            List<Object> items = Py.toList(x);
            Collections.reverse(items);
            return new PyIter(BuiltinTypes.REVERSED, items.iterator());
        }));
        b.put("set", typeCall(BuiltinTypes.SET, a -> {
            expected("set", a, 0, 1);
            return a.size() == 0 ? new PySet() : PySet.of(a.get(0));
        }));
        b.put("slice", typeCall(BuiltinTypes.SLICE, a -> {
            expected("slice", a, 1, 3);
            if (a.size() == 1) {
                return new PySlice(Py.NONE, a.get(0), Py.NONE);
            }
            return new PySlice(a.get(0), a.get(1), a.size() == 3 ? a.get(2) : Py.NONE);
        }));
        b.put("str", typeCall(BuiltinTypes.STR, a -> {
            for (String k : a.keywordNames()) {
                if (!k.equals("object")) {
                    throw Py.typeError("'" + k + "' is an invalid keyword argument for str()");
                }
            }
            if (a.size() > 3) {
                throw Py.typeError("str() takes at most 3 arguments (" + a.size() + " given)");
            }
            Object x = a.size() > 0 ? a.get(0) : a.keyword("object");
            return x == null ? "" : Py.str(x);
        }));
        b.put("tuple", typeCall(BuiltinTypes.TUPLE, a -> {
            expected("tuple", a, 0, 1);
            return a.size() == 0 ? PyTuple.EMPTY : new PyTuple(Py.toList(a.get(0)));
        }));
        b.put("type", typeCall(BuiltinTypes.TYPE, a -> {
            if (a.size() != 1 || a.hasKeywords()) {
                throw Py.typeError("type() takes 1 or 3 arguments");
            }
            return Py.typeOf(a.get(0));
        }));
        b.put("zip", typeCall(BuiltinTypes.ZIP, a -> zip(a)));
        return b;
    }

    private static boolean hasCall(PyObject o) {
        try {
            o.call(Args.of());
            return true;
        } catch (PyException e) {
            return !e.getMessage().endsWith("is not callable");
        }
    }

    private static PyFunction fn(String name, PyFunction.Body body) {
        return new PyFunction(name, true, body);
    }

    private static PyType typeCall(PyType type, PyFunction.Body body) {
        // The built-in types are shared by all runs; calling them needs no run state.
        type.installCall(new PyFunction(type.name(), true, body));
        return type;
    }

    private static void noKeywords(String name, Args a) {
        if (a.hasKeywords()) {
            throw Py.typeError(name + "() takes no keyword arguments");
        }
    }

    private static void exactlyOne(String name, Args a) {
        noKeywords(name, a);
        if (a.size() != 1) {
            throw Py.typeError(name + "() takes exactly one argument (" + a.size() + " given)");
        }
    }

    /** The "name expected at least 1 argument, got 0" family. */
    private static void expected(String name, Args a, int min, int max) {
        noKeywords(name, a);
        int n = a.size();
        if (n >= min && n <= max) {
            return;
        }
        String count;
        if (min == max) {
            count = min + " argument" + (min == 1 ? "" : "s");
        } else if (n < min) {
            count = "at least " + min + " argument" + (min == 1 ? "" : "s");
        } else {
            count = "at most " + max + " argument" + (max == 1 ? "" : "s");
        }
        throw Py.typeError(name + " expected " + count + ", got " + n);
    }

    private static String attrName(Object o) {
        if (!(o instanceof String)) {
            throw Py.typeError("attribute name must be string, not '" + Py.typeName(o) + "'");
        }
        return (String) o;
    }

    static boolean isInstance(Object x, Object cls) {
        if (cls instanceof PyTuple) {
            for (Object c : ((PyTuple) cls).items()) {
                if (isInstance(x, c)) {
                    return true;
                }
            }
            return false;
        }
        if (!(cls instanceof PyType)) {
            throw Py.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
        PyType t = (PyType) cls;
        return t == BuiltinTypes.OBJECT || Py.typeOf(x).isSubtypeOf(t);
    }

    private static Object print(Context context, Args a) {
        String sep = " ";
        String end = "\n";
        for (int i = 0; i < a.keywordNames().size(); i++) {
            String k = a.keywordNames().get(i);
            Object v = a.keywordValues().get(i);
            switch (k) {
                case "sep":
                    if (v != Py.NONE && !(v instanceof String)) {
                        throw Py.typeError("sep must be None or a string, not " + Py.typeName(v));
                    }
                    sep = v == Py.NONE ? " " : (String) v;
                    break;
                case "end":
                    if (v != Py.NONE && !(v instanceof String)) {
                        throw Py.typeError("end must be None or a string, not " + Py.typeName(v));
                    }
                    end = v == Py.NONE ? "\n" : (String) v;
                    break;
                case "flush":
                    break;
                case "file":
                    if (v != Py.NONE) {
                        throw new PyException("NotImplementedError",
                                "print(file=...) is not supported in the playground", "lang.open");
                    }
                    break;
                default:
                    throw Py.typeError("'" + k + "' is an invalid keyword argument for print()");
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < a.size(); i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(Py.str(a.get(i)));
        }
        sb.append(end);
        context.output().write(sb.toString());
        return Py.NONE;
    }

    private static Object minMax(String name, Args a, Op better) {
        Object key = Py.NONE;
        Object dflt = null;
        for (int i = 0; i < a.keywordNames().size(); i++) {
            String k = a.keywordNames().get(i);
            if (k.equals("key")) {
                key = a.keywordValues().get(i);
            } else if (k.equals("default")) {
                dflt = a.keywordValues().get(i);
            } else {
                throw Py.typeError("'" + k + "' is an invalid keyword argument for " + name + "()");
            }
        }
        if (a.size() == 0) {
            throw Py.typeError(name + " expected at least 1 argument, got 0");
        }
        List<Object> items;
        if (a.size() == 1) {
            items = Py.toList(a.get(0));
            if (items.isEmpty()) {
                if (dflt != null) {
                    return dflt;
                }
                throw Py.valueError(name + "() iterable argument is empty");
            }
        } else {
            if (dflt != null) {
                throw Py.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
            }
            items = a.positional();
        }
        Object best = items.get(0);
        Object bestKey = key == Py.NONE ? best : Py.call(key, Args.of(best));
        for (int i = 1; i < items.size(); i++) {
            Object x = items.get(i);
            Object k = key == Py.NONE ? x : Py.call(key, Args.of(x));
            if (Py.truthy(Py.compare(better, k, bestKey))) {
                best = x;
                bestKey = k;
            }
        }
        return best;
    }

    /** {@code bin}/{@code oct}/{@code hex}: the sign, the prefix, then the digits ({@code hex(-255)} is -0xff). */
    private static String radix(Object x, int radix, String prefix) {
        if (!Ints.isInt(x)) {
            throw Py.typeError("'" + Py.typeName(x) + "' object cannot be interpreted as an integer");
        }
        BigInteger v = Ints.big(x);
        return (v.signum() < 0 ? "-" : "") + prefix + v.abs().toString(radix);
    }

    private static Object round(Args a) {
        Object[] v = ROUND.bind(a);
        Object x = v[0];
        Object nd = v[1];
        if (x instanceof Double) {
            if (nd == Py.NONE) {
                return Floats.round((Double) x);
            }
            return Floats.round((Double) x, Py.indexValue(nd, ""));
        }
        if (Ints.isInt(x)) {
            if (nd == Py.NONE) {
                return x instanceof Boolean ? (Object) Ints.small(x) : x;
            }
            long n = Py.indexValue(nd, "");
            if (n >= 0) {
                return x instanceof Boolean ? (Object) Ints.small(x) : x;
            }
            BigInteger whole = Ints.big(x);
            // 10^-n > 2|x| once -n passes the bit length of x: every such x rounds to 0 (ties included).
            if (-n > whole.bitLength()) {
                return 0L;
            }
            BigInteger p = BigInteger.TEN.pow((int) -n);
            BigInteger r = seqplay.format.PyFloat.roundHalfEven(whole.abs(), p).multiply(p);
            return Ints.normalize(whole.signum() < 0 ? r.negate() : r);
        }
        if (x instanceof PyObject) {
            Object r = ((PyObject) x).unaryOp("round");
            if (r != Py.NOT_IMPLEMENTED) {
                return r;
            }
        }
        throw Py.typeError("type " + Py.typeName(x) + " doesn't define __round__ method");
    }

    private static Object sum(Args a) {
        noKeywordsExcept(a, "sum", "start");
        if (a.size() == 0) {
            throw Py.typeError("sum() takes at least 1 positional argument (0 given)");
        }
        if (a.size() > 2) {
            throw Py.typeError("sum() takes at most 2 arguments (" + a.size() + " given)");
        }
        Object start = a.size() == 2 ? a.get(1) : a.keyword("start");
        Object result = start == null ? (Object) 0L : start;
        if (result instanceof String) {
            throw Py.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        Iterator<Object> it = Py.iterator(a.get(0));
        // CPython 3.12: exact int fast path, then Neumaier-compensated float summation.
        while (Ints.isInt(result) && !(result instanceof Boolean && start != null) && it.hasNext()) {
            Object item = it.next();
            result = Py.binary(Op.ADD, result, item);
            if (result instanceof Double) {
                break;
            }
        }
        if (result instanceof Double) {
            double f = (Double) result;
            double c = 0.0;
            while (it.hasNext()) {
                Object item = it.next();
                if (item instanceof Double) {
                    double x = (Double) item;
                    double t = f + x;
                    if (Math.abs(f) >= Math.abs(x)) {
                        c = ((f - t) + x) + c;
                    } else {
                        c = ((x - t) + f) + c;
                    }
                    f = t;
                } else if (item instanceof Long || item instanceof Boolean) {
                    f += (double) Ints.small(item);
                } else {
                    if (c != 0.0 && !Double.isInfinite(c) && !Double.isNaN(c)) {
                        f += c;
                    }
                    result = Py.binary(Op.ADD, f, item);
                    while (it.hasNext()) {
                        result = Py.binary(Op.ADD, result, it.next());
                    }
                    return result;
                }
            }
            if (c != 0.0 && !Double.isInfinite(c) && !Double.isNaN(c)) {
                f += c;
            }
            return f;
        }
        while (it.hasNext()) {
            result = Py.binary(Op.ADD, result, it.next());
        }
        return result;
    }

    private static void noKeywordsExcept(Args a, String name, String allowed) {
        for (String k : a.keywordNames()) {
            if (!k.equals(allowed)) {
                throw Py.typeError("'" + k + "' is an invalid keyword argument for " + name + "()");
            }
        }
    }

    private static Object range(Args a) {
        expected("range", a, 1, 3);
        List<Long> v = new ArrayList<>();
        for (Object o : a.positional()) {
            if (o instanceof BigInteger) {
                throw Py.overflow("Python int too large to convert to C ssize_t");
            }
            v.add(Py.indexValue(o, ""));
        }
        if (v.size() == 1) {
            return new PyRange(0, v.get(0), 1);
        }
        return new PyRange(v.get(0), v.get(1), v.size() == 3 ? v.get(2) : 1);
    }

    private static Object zip(Args a) {
        boolean strict = false;
        for (int i = 0; i < a.keywordNames().size(); i++) {
            if (!a.keywordNames().get(i).equals("strict")) {
                throw Py.typeError("'" + a.keywordNames().get(i) + "' is an invalid keyword argument for zip()");
            }
            strict = Py.truthy(a.keywordValues().get(i));
        }
        List<Iterator<Object>> its = new ArrayList<>();
        for (Object o : a.positional()) {
            its.add(Py.iterator(o));
        }
        boolean checkLengths = strict;
        return new PyIter(BuiltinTypes.ZIP, new Iterator<>() {
            private List<Object> pending;
            private boolean done = its.isEmpty();

            private void advance() {
                if (pending != null || done) {
                    return;
                }
                List<Object> row = new ArrayList<>(its.size());
                for (int i = 0; i < its.size(); i++) {
                    if (!its.get(i).hasNext()) {
                        done = true;
                        if (checkLengths) {
                            if (i > 0) {
                                throw Py.valueError("zip() argument " + (i + 1) + " is shorter than argument"
                                        + (i == 1 ? " 1" : "s 1-" + i));
                            }
                            for (int j = 1; j < its.size(); j++) {
                                if (its.get(j).hasNext()) {
                                    throw Py.valueError("zip() argument " + (j + 1) + " is longer than argument"
                                            + (j == 1 ? " 1" : "s 1-" + j));
                                }
                            }
                        }
                        return;
                    }
                    row.add(its.get(i).next());
                }
                pending = row;
            }

            @Override
            public boolean hasNext() {
                advance();
                return pending != null;
            }

            @Override
            public Object next() {
                advance();
                if (pending == null) {
                    throw new NoSuchElementException();
                }
                Object t = new PyTuple(pending);
                pending = null;
                return t;
            }
        });
    }

    private static Object toFloat(Object x) {
        if (x instanceof Double) {
            return x;
        }
        if (Ints.isInt(x)) {
            return Ints.toDouble(x);
        }
        if (x instanceof String) {
            return parseFloat((String) x);
        }
        if (x instanceof PyObject) {
            Object r = ((PyObject) x).unaryOp("float");
            if (r != Py.NOT_IMPLEMENTED) {
                return r;
            }
        }
        throw Py.typeError("float() argument must be a string or a real number, not '" + Py.typeName(x) + "'");
    }

    /** Python's float(str): surrounding whitespace, underscores between digits, inf/nan spellings. */
    public static double parseFloat(String text) {
        return seqplay.format.PyFloat.parse(text);
    }

    private static Object toInt(Args a) {
        for (String k : a.keywordNames()) {
            if (!k.equals("base")) {
                throw Py.typeError("'" + k + "' is an invalid keyword argument for int()");
            }
        }
        if (a.size() > 2) {
            throw Py.typeError("int() takes at most 2 arguments (" + a.size() + " given)");
        }
        Object baseArg = a.size() == 2 ? a.get(1) : a.keyword("base");
        if (a.size() == 0) {
            if (baseArg != null) {
                throw Py.typeError("int() missing string argument");
            }
            return 0L;
        }
        Object x = a.get(0);
        if (baseArg != null) {
            if (!(x instanceof String)) {
                throw Py.typeError("int() can't convert non-string with explicit base");
            }
            long base = Py.indexValue(baseArg, "");
            if (base != 0 && (base < 2 || base > 36)) {
                throw Py.valueError("int() base must be >= 2 and <= 36, or 0");
            }
            return parseInt((String) x, (int) base);
        }
        if (x instanceof Boolean) {
            return Ints.small(x);
        }
        if (Ints.isInt(x)) {
            return x;
        }
        if (x instanceof Double) {
            return Ints.fromDouble((Double) x);
        }
        if (x instanceof String) {
            return parseInt((String) x, 10);
        }
        if (x instanceof PyObject) {
            Object r = ((PyObject) x).unaryOp("int");
            if (r != Py.NOT_IMPLEMENTED) {
                return r;
            }
        }
        throw Py.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + Py.typeName(x) + "'");
    }

    /** Python's int(str, base). */
    public static Object parseInt(String text, int base) {
        String s = text.strip();
        boolean negative = false;
        String body = s;
        if (body.startsWith("+") || body.startsWith("-")) {
            negative = body.startsWith("-");
            body = body.substring(1);
        }
        int b = base;
        String lower = body.toLowerCase(java.util.Locale.ROOT);
        if ((b == 16 || b == 0) && lower.startsWith("0x")) {
            b = 16;
            body = body.substring(2);
        } else if ((b == 8 || b == 0) && lower.startsWith("0o")) {
            b = 8;
            body = body.substring(2);
        } else if ((b == 2 || b == 0) && lower.startsWith("0b")) {
            b = 2;
            body = body.substring(2);
        } else if (b == 0) {
            b = 10;
            if (body.length() > 1 && body.startsWith("0") && !Strings.allZeros(body.replace("_", ""))) {
                throw invalidInt(text, base);
            }
        } else if (body.startsWith("_")) {
            throw invalidInt(text, base);
        }
        if (body.isEmpty() || body.startsWith("_") && !(b != 10 && body.length() > 1) || body.endsWith("_")
                || body.contains("__")) {
            if (!(body.startsWith("_") && base == 0 && body.length() > 1 && !body.endsWith("_")
                    && !body.contains("__"))) {
                throw invalidInt(text, base);
            }
        }
        String digits = body.replace("_", "");
        if (digits.isEmpty()) {
            throw invalidInt(text, base);
        }
        for (int i = 0; i < digits.length(); i++) {
            if (Character.digit(digits.charAt(i), b) < 0 || digits.charAt(i) > 'z') {
                throw invalidInt(text, base);
            }
        }
        if (digits.length() > Ints.MAX_STR_DIGITS && Integer.bitCount(b) != 1) {
            throw Py.valueError("Exceeds the limit (" + Ints.MAX_STR_DIGITS + " digits) for integer string conversion: "
                    + "value has " + digits.length() + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        BigInteger v = new BigInteger(digits, b);
        return Ints.normalize(negative ? v.negate() : v);
    }

    private static PyException invalidInt(String text, int base) {
        return Py.valueError("invalid literal for int() with base " + base + ": " + Py.repr(text));
    }
}
