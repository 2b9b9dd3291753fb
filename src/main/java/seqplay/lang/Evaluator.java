package seqplay.lang;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import seqplay.errors.PyException;
import seqplay.lang.runtime.Args;
import seqplay.lang.runtime.Builtins;
import seqplay.lang.runtime.Op;
import seqplay.lang.runtime.OutsideSubset;
import seqplay.lang.runtime.Py;
import seqplay.lang.runtime.PyDict;
import seqplay.lang.runtime.PyList;
import seqplay.lang.runtime.PyModule;
import seqplay.lang.runtime.PyObject;
import seqplay.lang.runtime.PySet;
import seqplay.lang.runtime.PySlice;
import seqplay.lang.runtime.PyTuple;
import seqplay.lang.runtime.Suggestions;
import seqplay.lang.syntax.Expr;
import seqplay.lang.syntax.Span;

/**
 * Evaluates expressions against a run's global namespace. Expressions are evaluated by plain Java recursion (the
 * parser bounds their depth); only statements need to be resumable.
 *
 * <p>Every operation that can fail is wrapped so that a {@link PyException} leaves as a {@link Raised} located at
 * the innermost expression that raised it, as CPython's tracebacks locate the failing instruction.
 */
final class Evaluator {
    /** Names bound by comprehensions, which have their own scope in Python 3. */
    static final class Scope {
        final Map<String, Object> names = new HashMap<>();
        final Scope parent;

        Scope(Scope parent) {
            this.parent = parent;
        }
    }

    private final Map<String, Object> globals;
    private final Map<String, Object> builtins;

    Evaluator(Map<String, Object> globals, Map<String, Object> builtins) {
        this.globals = globals;
        this.builtins = builtins;
    }

    Map<String, Object> globals() {
        return globals;
    }

    // ---- locating errors ----------------------------------------------------------------------------------

    static Raised locate(PyException e, Expr node) {
        return new Raised(e, node.span(), anchors(node));
    }

    static Raised locate(PyException e, Span span) {
        return new Raised(e, span, null);
    }

    /** CPython 3.12 marks the operator of a failing {@code a + b} and the brackets of a failing {@code x[i]}. */
    static Reports.Anchors anchors(Expr node) {
        Span s = node.span();
        if (s.line() != s.endLine()) {
            return null;
        }
        if (node instanceof Expr.BinOp) {
            Span op = ((Expr.BinOp) node).opSpan();
            return new Reports.Anchors(op.column() - s.column(), op.endColumn() - s.column());
        }
        if (node instanceof Expr.Subscript) {
            Span value = ((Expr.Subscript) node).value().span();
            if (value.endLine() != s.line()) {
                return null;
            }
            // The '[' follows the value (possibly after spaces); the anchor runs to the closing ']'.
            return new Reports.Anchors(value.endColumn() - s.column(), s.endColumn() - s.column());
        }
        return null;
    }

    // ---- names --------------------------------------------------------------------------------------------

    Object lookup(String name, Scope scope, Span span) {
        for (Scope s = scope; s != null; s = s.parent) {
            Object v = s.names.get(name);
            if (v != null) {
                return v;
            }
        }
        Object v = globals.get(name);
        if (v == null) {
            v = builtins.get(name);
        }
        if (v == null) {
            throw nameError(name, span);
        }
        return v;
    }

    Raised nameError(String name, Span span) {
        String message = "name '" + name + "' is not defined";
        String suggestion = Suggestions.suggest(name, new ArrayList<>(globals.keySet()));
        if (suggestion == null) {
            suggestion = Suggestions.suggest(name, new ArrayList<>(builtins.keySet()));
        }
        if (suggestion != null) {
            message += ". Did you mean: '" + suggestion + "'?";
        }
        String hint = "lang.name_undefined";
        String module = conventionalModule(name);
        if (module != null) {
            hint = "lang.name_module";
        } else if (isUnsupportedBuiltin(name)) {
            hint = "lang.name_unsupported_builtin";
        }
        return new Raised(new PyException("NameError", message, hint), span, null, name,
                module == null ? "" : module);
    }

    /** Names learners usually get from an import line, and that line. */
    static String conventionalModule(String name) {
        switch (name) {
            case "np": return "import numpy as np";
            case "pd": return "import pandas as pd";
            case "tf": return "import tensorflow as tf";
            case "keras": return "from tensorflow import keras";
            case "plt": return "import matplotlib.pyplot as plt";
            case "layers": return "from tensorflow.keras import layers";
            case "Sequential": return "from tensorflow.keras.models import Sequential";
            case "Dense": return "from tensorflow.keras.layers import Dense";
            case "Input": return "from tensorflow.keras.layers import Input";
            case "to_categorical": return "from tensorflow.keras.utils import to_categorical";
            case "math": return "import math";
            case "random": return "import random";
            default: return null;
        }
    }

    private static boolean isUnsupportedBuiltin(String name) {
        switch (name) {
            case "exec":
            case "eval":
            case "compile":
            case "globals":
            case "locals":
            case "vars":
            case "exit":
            case "quit":
            case "help":
            case "super":
            case "property":
            case "staticmethod":
            case "classmethod":
            case "memoryview":
            case "bytearray":
            case "bytes":
            case "frozenset":
            case "complex":
            case "breakpoint":
            case "__import__":
                return true;
            default:
                return false;
        }
    }

    // ---- expressions --------------------------------------------------------------------------------------

    Object eval(Expr e, Scope scope) {
        if (e instanceof Expr.Constant) {
            return ((Expr.Constant) e).value();
        }
        if (e instanceof Expr.Name) {
            return lookup(((Expr.Name) e).id(), scope, e.span());
        }
        if (e instanceof Expr.Attribute) {
            Expr.Attribute a = (Expr.Attribute) e;
            Object obj = eval(a.value(), scope);
            try {
                return Py.getAttr(obj, a.attr());
            } catch (PyException x) {
                throw withHintArgs(x, e, a.attr());
            } catch (RuntimeException x) {
                throw new Raised(x, e.span());
            }
        }
        if (e instanceof Expr.Call) {
            return resolve(callNoWait((Expr.Call) e, scope), (Expr.Call) e);
        }
        if (e instanceof Expr.BinOp) {
            Expr.BinOp b = (Expr.BinOp) e;
            Object left = eval(b.left(), scope);
            Object right = eval(b.right(), scope);
            try {
                return Py.binary(b.op(), left, right);
            } catch (PyException x) {
                throw locate(x, e);
            } catch (RuntimeException x) {
                throw new Raised(x, e.span());
            }
        }
        if (e instanceof Expr.UnaryOp) {
            Expr.UnaryOp u = (Expr.UnaryOp) e;
            Object v = eval(u.operand(), scope);
            try {
                if (u.op().equals("not")) {
                    return !Py.truthy(v);
                }
                return Py.unary(u.op(), v);
            } catch (PyException x) {
                throw locate(x, e);
            }
        }
        if (e instanceof Expr.BoolOp) {
            Expr.BoolOp b = (Expr.BoolOp) e;
            Object v = null;
            for (Expr operand : b.values()) {
                v = eval(operand, scope);
                boolean t = truth(v, operand);
                if (b.isAnd() != t) {
                    return v;
                }
            }
            return v;
        }
        if (e instanceof Expr.Compare) {
            return compare((Expr.Compare) e, scope);
        }
        if (e instanceof Expr.IfExp) {
            Expr.IfExp c = (Expr.IfExp) e;
            return truth(eval(c.test(), scope), c.test()) ? eval(c.body(), scope) : eval(c.orelse(), scope);
        }
        if (e instanceof Expr.Subscript) {
            Expr.Subscript s = (Expr.Subscript) e;
            Object obj = eval(s.value(), scope);
            Object key = evalIndex(s.index(), scope);
            try {
                return Py.getItem(obj, key);
            } catch (PyException x) {
                throw locate(x, e);
            } catch (RuntimeException x) {
                throw new Raised(x, e.span());
            }
        }
        if (e instanceof Expr.ListExpr) {
            return new PyList(elements(((Expr.ListExpr) e).elements(), scope));
        }
        if (e instanceof Expr.TupleExpr) {
            return new PyTuple(elements(((Expr.TupleExpr) e).elements(), scope));
        }
        if (e instanceof Expr.SetExpr) {
            PySet set = new PySet();
            for (Object x : elements(((Expr.SetExpr) e).elements(), scope)) {
                try {
                    set.add(x);
                } catch (PyException ex) {
                    throw locate(ex, e);
                }
            }
            return set;
        }
        if (e instanceof Expr.DictExpr) {
            return dict((Expr.DictExpr) e, scope);
        }
        if (e instanceof Expr.FormattedString) {
            return fstring((Expr.FormattedString) e, scope);
        }
        if (e instanceof Expr.Comprehension) {
            return comprehension((Expr.Comprehension) e, scope);
        }
        if (e instanceof Expr.Slice) {
            return evalIndex(e, scope);
        }
        if (e instanceof Expr.Starred) {
            throw locate(new PyException("SyntaxError", "can't use starred expression here"), e);
        }
        throw new IllegalStateException("unknown expression " + e);
    }

    private Raised withHintArgs(PyException x, Expr node, String arg) {
        return new Raised(x, node.span(), anchors(node), arg);
    }

    boolean truth(Object v, Expr where) {
        try {
            return Py.truthy(v);
        } catch (PyException x) {
            throw locate(x, where);
        }
    }

    /** Calls without waiting: a {@link LongTask} result is returned as is. */
    Object callNoWait(Expr.Call c, Scope scope) {
        Object f = eval(c.func(), scope);
        List<Object> positional = new ArrayList<>();
        for (Expr a : c.args()) {
            if (a instanceof Expr.Starred) {
                Object it = eval(((Expr.Starred) a).value(), scope);
                try {
                    positional.addAll(Py.toList(it, calleeName(f) + " argument after * must be an iterable, not "
                            + Py.typeName(it)));
                } catch (PyException x) {
                    throw locate(x, c);
                }
            } else {
                positional.add(eval(a, scope));
            }
        }
        List<String> names = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (Expr.Keyword k : c.keywords()) {
            Object v = eval(k.value(), scope);
            if (k.name() != null) {
                names.add(k.name());
                values.add(v);
                continue;
            }
            if (!(v instanceof PyDict)) {
                throw locate(Py.typeError(calleeName(f) + " argument after ** must be a mapping, not "
                        + Py.typeName(v)), c);
            }
            PyDict d = (PyDict) v;
            for (Object key : d.keys()) {
                if (!(key instanceof String)) {
                    throw locate(Py.typeError("keywords must be strings"), c);
                }
                if (names.contains(key)) {
                    throw locate(Py.typeError(calleeName(f) + " got multiple values for keyword argument '" + key
                            + "'"), c);
                }
                names.add((String) key);
                values.add(d.get(key));
            }
        }
        try {
            return Py.call(f, new Args(positional, names, values));
        } catch (PyException x) {
            throw locate(x, c);
        } catch (Raised r) {
            throw r;
        } catch (RuntimeException | StackOverflowError x) {
            throw new Raised(x, c.span());
        }
    }

    private static String calleeName(Object f) {
        Object name = f instanceof PyObject ? ((PyObject) f).getAttribute("__name__") : null;
        return name instanceof String ? name + "()" : "function";
    }

    /** A long task met inside a bigger expression runs to completion on the spot. */
    Object resolve(Object result, Expr.Call where) {
        if (!(result instanceof LongTask)) {
            return result;
        }
        LongTask task = (LongTask) result;
        try {
            while (!task.step(Integer.MAX_VALUE)) {
                // keep going: nothing can interrupt a nested call
            }
            return Py.wrap(task.result());
        } catch (PyException x) {
            throw locate(x, where);
        } catch (RuntimeException x) {
            throw new Raised(x, where.span());
        }
    }

    private Object compare(Expr.Compare c, Scope scope) {
        Object left = eval(c.left(), scope);
        Object result = Boolean.TRUE;
        for (int i = 0; i < c.ops().size(); i++) {
            Object right = eval(c.comparators().get(i), scope);
            String op = c.ops().get(i);
            try {
                result = compareOne(op, left, right);
            } catch (PyException x) {
                throw locate(x, c);
            }
            if (i < c.ops().size() - 1 && !truth(result, c)) {
                return result;
            }
            left = right;
        }
        return result;
    }

    private static Object compareOne(String op, Object a, Object b) {
        switch (op) {
            case "in":
                return Py.contains(b, a);
            case "not in":
                return !Py.contains(b, a);
            case "is":
                return same(a, b);
            case "is not":
                return !same(a, b);
            default:
                return Py.compare(Op.fromSymbol(op), a, b);
        }
    }

    /** Python's {@code is}: identity, with CPython's shared small ints, bools and None. */
    private static boolean same(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Boolean && b instanceof Boolean) {
            return a.equals(b);
        }
        if (a instanceof Long && b instanceof Long) {
            long x = (Long) a;
            return x == (Long) b && x >= -5 && x <= 256;
        }
        if (a instanceof String && b instanceof String) {
            return a.equals(b) && ((String) a).length() <= 1;
        }
        return false;
    }

    Object evalIndex(Expr index, Scope scope) {
        if (index instanceof Expr.Slice) {
            Expr.Slice s = (Expr.Slice) index;
            return new PySlice(s.lower() == null ? Py.NONE : eval(s.lower(), scope),
                    s.upper() == null ? Py.NONE : eval(s.upper(), scope),
                    s.step() == null ? Py.NONE : eval(s.step(), scope));
        }
        if (index instanceof Expr.TupleExpr) {
            List<Object> items = new ArrayList<>();
            for (Expr x : ((Expr.TupleExpr) index).elements()) {
                items.add(evalIndex(x, scope));
            }
            return new PyTuple(items);
        }
        return eval(index, scope);
    }

    private List<Object> elements(List<Expr> exprs, Scope scope) {
        List<Object> out = new ArrayList<>(exprs.size());
        for (Expr x : exprs) {
            if (x instanceof Expr.Starred) {
                Object it = eval(((Expr.Starred) x).value(), scope);
                try {
                    out.addAll(Py.toList(it, "Value after * must be an iterable, not " + Py.typeName(it)));
                } catch (PyException ex) {
                    throw locate(ex, x);
                }
            } else {
                out.add(eval(x, scope));
            }
        }
        return out;
    }

    private Object dict(Expr.DictExpr d, Scope scope) {
        PyDict out = new PyDict();
        for (int i = 0; i < d.keys().size(); i++) {
            Expr k = d.keys().get(i);
            Expr v = d.values().get(i);
            if (k == null) {
                Object m = eval(v, scope);
                if (!(m instanceof PyDict)) {
                    throw locate(Py.typeError("'" + Py.typeName(m) + "' object is not a mapping"), v);
                }
                PyDict src = (PyDict) m;
                for (Object key : src.keys()) {
                    out.put(key, src.get(key));
                }
                continue;
            }
            Object key = eval(k, scope);
            Object value = eval(v, scope);
            try {
                out.put(key, value);
            } catch (PyException x) {
                throw locate(x, d);
            }
        }
        return out;
    }

    private String fstring(Expr.FormattedString f, Scope scope) {
        StringBuilder sb = new StringBuilder();
        for (Object part : f.parts()) {
            if (part instanceof String) {
                sb.append((String) part);
                continue;
            }
            Expr.Field field = (Expr.Field) part;
            Object v = eval(field.value(), scope);
            if (field.debugText() != null) {
                sb.append(field.debugText());
            }
            String spec = field.spec() == null ? "" : fstring(field.spec(), scope);
            try {
                if (field.conversion() == 'r' || field.conversion() == 'a') {
                    v = field.conversion() == 'a' ? ascii(Py.repr(v)) : Py.repr(v);
                } else if (field.conversion() == 's') {
                    v = Py.str(v);
                }
                sb.append(Py.format(v, spec));
            } catch (PyException x) {
                throw locate(x, field.span());
            } catch (RuntimeException x) {
                throw new Raised(x, field.span());
            }
        }
        return sb.toString();
    }

    static String ascii(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128) {
                sb.append((char) cp);
            } else if (cp <= 0xff) {
                hex(sb.append("\\x"), cp, 2);
            } else if (cp <= 0xffff) {
                hex(sb.append("\\u"), cp, 4);
            } else {
                hex(sb.append("\\U"), cp, 8);
            }
        }
        return sb.toString();
    }

    /**
     * {@code cp} in {@code digits} lower-case hex digits. Not {@code String.format}: in the browser builds it would
     * bring java.util.Formatter and its locale tables, a tenth of the engine's size.
     */
    private static void hex(StringBuilder sb, int cp, int digits) {
        String h = Integer.toHexString(cp);
        for (int k = h.length(); k < digits; k++) {
            sb.append('0');
        }
        sb.append(h);
    }

    private Object comprehension(Expr.Comprehension c, Scope outer) {
        Scope scope = new Scope(outer);
        List<Object> items = new ArrayList<>();
        List<Object> values = c.kind() == Expr.ComprehensionKind.DICT ? new ArrayList<>() : null;
        generate(c, 0, scope, items, values);
        switch (c.kind()) {
            case LIST:
                return new PyList(items);
            case SET: {
                PySet set = new PySet();
                for (Object x : items) {
                    try {
                        set.add(x);
                    } catch (PyException ex) {
                        throw locate(ex, c.elt());
                    }
                }
                return set;
            }
            case DICT: {
                PyDict d = new PyDict();
                for (int i = 0; i < items.size(); i++) {
                    try {
                        d.put(items.get(i), values.get(i));
                    } catch (PyException ex) {
                        throw locate(ex, c.elt());
                    }
                }
                return d;
            }
            default:
                // Generator expressions are evaluated eagerly: lessons only consume them once, right away.
                return new seqplay.lang.runtime.PyIter(GENERATOR, items.iterator());
        }
    }

    private static final seqplay.lang.runtime.PyType GENERATOR =
            seqplay.lang.runtime.PyType.builder("generator", "builtins").build();

    private void generate(Expr.Comprehension c, int clause, Scope scope, List<Object> items, List<Object> values) {
        if (clause == c.clauses().size()) {
            if (items.size() >= Py.MAX_ITEMS) {
                throw locate(new PyException("MemoryError", ""), c);
            }
            items.add(eval(c.elt(), scope));
            if (values != null) {
                values.add(eval(c.value(), scope));
            }
            return;
        }
        Expr.ForClause f = c.clauses().get(clause);
        // The first iterable is evaluated in the enclosing scope, as in Python.
        Object iterable = eval(f.iter(), clause == 0 ? scope.parent : scope);
        Iterator<Object> it;
        try {
            it = Py.iterator(iterable);
        } catch (PyException x) {
            // CPython 3.12 inlines comprehensions: the first iterable fails at the comprehension itself.
            throw clause == 0 ? locate(x, c.span()) : locate(x, f.iter());
        }
        while (it.hasNext()) {
            Object item;
            try {
                item = it.next();
            } catch (PyException x) {
                throw locate(x, f.iter());
            }
            assign(f.target(), item, scope);
            boolean ok = true;
            for (Expr cond : f.conditions()) {
                if (!truth(eval(cond, scope), cond)) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                generate(c, clause + 1, scope, items, values);
            }
        }
    }

    // ---- assignment ---------------------------------------------------------------------------------------

    void assign(Expr target, Object value, Scope scope) {
        if (target instanceof Expr.Name) {
            String id = ((Expr.Name) target).id();
            if (scope != null) {
                scope.names.put(id, value);
            } else {
                globals.put(id, value);
            }
            return;
        }
        if (target instanceof Expr.Attribute) {
            Expr.Attribute a = (Expr.Attribute) target;
            Object obj = eval(a.value(), scope);
            try {
                Py.setAttr(obj, a.attr(), value);
            } catch (PyException x) {
                throw locate(x, target);
            }
            return;
        }
        if (target instanceof Expr.Subscript) {
            Expr.Subscript s = (Expr.Subscript) target;
            Object obj = eval(s.value(), scope);
            Object key = evalIndex(s.index(), scope);
            try {
                Py.setItem(obj, key, value);
            } catch (PyException x) {
                throw locate(x, target);
            } catch (RuntimeException x) {
                throw new Raised(x, target.span());
            }
            return;
        }
        if (target instanceof Expr.TupleExpr || target instanceof Expr.ListExpr) {
            List<Expr> parts = target instanceof Expr.TupleExpr ? ((Expr.TupleExpr) target).elements()
                    : ((Expr.ListExpr) target).elements();
            unpack(target, parts, value, scope);
            return;
        }
        if (target instanceof Expr.Starred) {
            assign(((Expr.Starred) target).value(), value, scope);
            return;
        }
        throw new IllegalStateException("not a target: " + target);
    }

    private void unpack(Expr target, List<Expr> parts, Object value, Scope scope) {
        int star = -1;
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) instanceof Expr.Starred) {
                star = i;
            }
        }
        List<Object> items;
        if (!(value instanceof String) && !(value instanceof PyObject)) {
            throw locate(Py.typeError("cannot unpack non-iterable " + Py.typeName(value) + " object"), target);
        }
        try {
            items = Py.toList(value);
        } catch (PyException x) {
            if (x.type().equals("TypeError") && x.getMessage().endsWith("is not iterable")) {
                throw locate(Py.typeError("cannot unpack non-iterable " + Py.typeName(value) + " object"), target);
            }
            throw locate(x, target);
        }
        int n = parts.size();
        if (star < 0) {
            if (items.size() > n) {
                throw new Raised(new PyException("ValueError", "too many values to unpack (expected " + n + ")",
                        "lang.unpack"), target.span(), null);
            }
            if (items.size() < n) {
                throw new Raised(new PyException("ValueError", "not enough values to unpack (expected " + n
                        + ", got " + items.size() + ")", "lang.unpack"), target.span(), null);
            }
            for (int i = 0; i < n; i++) {
                assign(parts.get(i), items.get(i), scope);
            }
            return;
        }
        if (items.size() < n - 1) {
            throw new Raised(new PyException("ValueError", "not enough values to unpack (expected at least "
                    + (n - 1) + ", got " + items.size() + ")", "lang.unpack"), target.span(), null);
        }
        for (int i = 0; i < star; i++) {
            assign(parts.get(i), items.get(i), scope);
        }
        int after = n - star - 1;
        assign(parts.get(star), new PyList(items.subList(star, items.size() - after)), scope);
        for (int i = 0; i < after; i++) {
            assign(parts.get(star + 1 + i), items.get(items.size() - after + i), scope);
        }
    }

    void delete(Expr target) {
        if (target instanceof Expr.Name) {
            String id = ((Expr.Name) target).id();
            if (globals.remove(id) == null) {
                throw nameError(id, target.span());
            }
            return;
        }
        if (target instanceof Expr.Subscript) {
            Expr.Subscript s = (Expr.Subscript) target;
            Object obj = eval(s.value(), null);
            Object key = evalIndex(s.index(), null);
            try {
                Py.deleteItem(obj, key);
            } catch (PyException x) {
                throw locate(x, target);
            }
            return;
        }
        if (target instanceof Expr.TupleExpr || target instanceof Expr.ListExpr) {
            List<Expr> parts = target instanceof Expr.TupleExpr ? ((Expr.TupleExpr) target).elements()
                    : ((Expr.ListExpr) target).elements();
            for (Expr p : parts) {
                delete(p);
            }
            return;
        }
        if (target instanceof Expr.Attribute) {
            Expr.Attribute a = (Expr.Attribute) target;
            Object obj = eval(a.value(), null);
            throw locate(Py.attributeError("'" + Py.typeName(obj) + "' object attribute '" + a.attr()
                    + "' cannot be deleted"), target);
        }
        throw new IllegalStateException("not a deletable target: " + target);
    }

    // ---- imports ------------------------------------------------------------------------------------------

    void importModule(seqplay.lang.runtime.Modules modules, String name, String asName, Span span) {
        PyModule leaf;
        try {
            leaf = modules.load(name);
        } catch (PyException x) {
            throw new Raised(x, span, null, name);
        }
        if (asName != null) {
            globals.put(asName, leaf);
            return;
        }
        int dot = name.indexOf('.');
        globals.put(dot < 0 ? name : name.substring(0, dot), dot < 0 ? leaf : modules.load(name.substring(0, dot)));
    }

    void importFrom(seqplay.lang.runtime.Modules modules, String module, String name, String asName, Span span) {
        PyModule m;
        try {
            m = modules.load(module);
        } catch (PyException x) {
            throw new Raised(x, span, null, module);
        }
        if (name.equals("*")) {
            for (String n : m.attributeNames()) {
                if (!n.startsWith("_")) {
                    Object v = m.getAttribute(n);
                    if (v != null) {
                        globals.put(n, v);
                    }
                }
            }
            return;
        }
        Object v = m.getAttribute(name);
        if (v == null) {
            String message = "cannot import name '" + name + "' from '" + module + "' (unknown location)";
            String elsewhere = OutsideSubset.attributeHint(m.name(), name);
            if (elsewhere != null) {
                // Python note: real Python imports it; see OutsideSubset for why no "Did you mean" is added.
                throw new Raised(new PyException("ImportError", message, elsewhere), span, null, name, module);
            }
            String suggestion = Suggestions.suggest(name, m.attributeNames());
            if (suggestion != null) {
                message += ". Did you mean: '" + suggestion + "'?";
            }
            throw new Raised(new PyException("ImportError", message, "lang.import_name"), span, null, name, module);
        }
        globals.put(asName != null ? asName : name, v);
    }

    /** The builtins namespace of a run. */
    static Map<String, Object> builtinsFor(Context context) {
        return Builtins.create(context);
    }
}
